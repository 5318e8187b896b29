// GENERATED FILE: do not edit by hand.
// Built by @cdktf/provider-generator from generator/provider-schema.json (elastic/elasticstack).
// Regenerate with: npx projen generate:provider
// https://registry.terraform.io/providers/elastic/elasticstack/0.16.3/docs
// generated from terraform resource schema

import { Construct } from 'constructs';
import * as cdktf from 'cdktf';

// Configuration

export interface ElasticstackProviderConfig {
  /**
  * Alias name
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/elastic/elasticstack/0.16.3/docs#alias ElasticstackProvider#alias}
  */
  readonly alias?: string;
  /**
  * elasticsearch block
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/elastic/elasticstack/0.16.3/docs#elasticsearch ElasticstackProvider#elasticsearch}
  */
  readonly elasticsearch?: ElasticstackProviderElasticsearch;
  /**
  * fleet block
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/elastic/elasticstack/0.16.3/docs#fleet ElasticstackProvider#fleet}
  */
  readonly fleet?: ElasticstackProviderFleet;
  /**
  * kibana block
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/elastic/elasticstack/0.16.3/docs#kibana ElasticstackProvider#kibana}
  */
  readonly kibana?: ElasticstackProviderKibana;
}
export interface ElasticstackProviderElasticsearch {
  /**
  * API key for Elasticsearch.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/elastic/elasticstack/0.16.3/docs#api_key ElasticstackProvider#api_key}
  */
  readonly apiKey?: string;
  /**
  * Bearer token for Elasticsearch.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/elastic/elasticstack/0.16.3/docs#bearer_token ElasticstackProvider#bearer_token}
  */
  readonly bearerToken?: string;
  /**
  * PEM-encoded CA certificate.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/elastic/elasticstack/0.16.3/docs#ca_data ElasticstackProvider#ca_data}
  */
  readonly caData?: string;
  /**
  * Path of a PEM-encoded CA certificate file.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/elastic/elasticstack/0.16.3/docs#ca_file ElasticstackProvider#ca_file}
  */
  readonly caFile?: string;
  /**
  * SHA-256 fingerprint of the CA certificate (64 hex characters).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/elastic/elasticstack/0.16.3/docs#ca_fingerprint ElasticstackProvider#ca_fingerprint}
  */
  readonly caFingerprint?: string;
  /**
  * PEM-encoded client certificate.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/elastic/elasticstack/0.16.3/docs#cert_data ElasticstackProvider#cert_data}
  */
  readonly certData?: string;
  /**
  * Path of a PEM-encoded client certificate file.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/elastic/elasticstack/0.16.3/docs#cert_file ElasticstackProvider#cert_file}
  */
  readonly certFile?: string;
  /**
  * Elasticsearch URLs.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/elastic/elasticstack/0.16.3/docs#endpoints ElasticstackProvider#endpoints}
  */
  readonly endpoints?: string[];
  /**
  * Value of the ES-Client-Authentication header.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/elastic/elasticstack/0.16.3/docs#es_client_authentication ElasticstackProvider#es_client_authentication}
  */
  readonly esClientAuthentication?: string;
  /**
  * Extra HTTP headers sent with every request.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/elastic/elasticstack/0.16.3/docs#headers ElasticstackProvider#headers}
  */
  readonly headers?: { [key: string]: string };
  /**
  * Skip verification of the TLS certificate.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/elastic/elasticstack/0.16.3/docs#insecure ElasticstackProvider#insecure}
  */
  readonly insecure?: boolean | cdktf.IResolvable;
  /**
  * PEM-encoded client private key.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/elastic/elasticstack/0.16.3/docs#key_data ElasticstackProvider#key_data}
  */
  readonly keyData?: string;
  /**
  * Path of a PEM-encoded client private key file.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/elastic/elasticstack/0.16.3/docs#key_file ElasticstackProvider#key_file}
  */
  readonly keyFile?: string;
  /**
  * Password for basic authentication.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/elastic/elasticstack/0.16.3/docs#password ElasticstackProvider#password}
  */
  readonly password?: string;
  /**
  * Username for basic authentication.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/elastic/elasticstack/0.16.3/docs#username ElasticstackProvider#username}
  */
  readonly username?: string;
}

export function elasticstackProviderElasticsearchToTerraform(struct?: ElasticstackProviderElasticsearch): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    api_key: cdktf.stringToTerraform(struct!.apiKey),
    bearer_token: cdktf.stringToTerraform(struct!.bearerToken),
    ca_data: cdktf.stringToTerraform(struct!.caData),
    ca_file: cdktf.stringToTerraform(struct!.caFile),
    ca_fingerprint: cdktf.stringToTerraform(struct!.caFingerprint),
    cert_data: cdktf.stringToTerraform(struct!.certData),
    cert_file: cdktf.stringToTerraform(struct!.certFile),
    endpoints: cdktf.listMapper(cdktf.stringToTerraform, false)(struct!.endpoints),
    es_client_authentication: cdktf.stringToTerraform(struct!.esClientAuthentication),
    headers: cdktf.hashMapper(cdktf.stringToTerraform)(struct!.headers),
    insecure: cdktf.booleanToTerraform(struct!.insecure),
    key_data: cdktf.stringToTerraform(struct!.keyData),
    key_file: cdktf.stringToTerraform(struct!.keyFile),
    password: cdktf.stringToTerraform(struct!.password),
    username: cdktf.stringToTerraform(struct!.username),
  }
}


export function elasticstackProviderElasticsearchToHclTerraform(struct?: ElasticstackProviderElasticsearch): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    api_key: {
      value: cdktf.stringToHclTerraform(struct!.apiKey),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    bearer_token: {
      value: cdktf.stringToHclTerraform(struct!.bearerToken),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    ca_data: {
      value: cdktf.stringToHclTerraform(struct!.caData),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    ca_file: {
      value: cdktf.stringToHclTerraform(struct!.caFile),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    ca_fingerprint: {
      value: cdktf.stringToHclTerraform(struct!.caFingerprint),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    cert_data: {
      value: cdktf.stringToHclTerraform(struct!.certData),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    cert_file: {
      value: cdktf.stringToHclTerraform(struct!.certFile),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    endpoints: {
      value: cdktf.listMapperHcl(cdktf.stringToHclTerraform, false)(struct!.endpoints),
      isBlock: false,
      type: "list",
      storageClassType: "stringList",
    },
    es_client_authentication: {
      value: cdktf.stringToHclTerraform(struct!.esClientAuthentication),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    headers: {
      value: cdktf.hashMapperHcl(cdktf.stringToHclTerraform)(struct!.headers),
      isBlock: false,
      type: "map",
      storageClassType: "stringMap",
    },
    insecure: {
      value: cdktf.booleanToHclTerraform(struct!.insecure),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
    key_data: {
      value: cdktf.stringToHclTerraform(struct!.keyData),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    key_file: {
      value: cdktf.stringToHclTerraform(struct!.keyFile),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    password: {
      value: cdktf.stringToHclTerraform(struct!.password),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    username: {
      value: cdktf.stringToHclTerraform(struct!.username),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export interface ElasticstackProviderFleet {
  /**
  * API key for Fleet.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/elastic/elasticstack/0.16.3/docs#api_key ElasticstackProvider#api_key}
  */
  readonly apiKey?: string;
  /**
  * Bearer token for Fleet.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/elastic/elasticstack/0.16.3/docs#bearer_token ElasticstackProvider#bearer_token}
  */
  readonly bearerToken?: string;
  /**
  * Paths of CA certificate files.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/elastic/elasticstack/0.16.3/docs#ca_certs ElasticstackProvider#ca_certs}
  */
  readonly caCerts?: string[];
  /**
  * Fleet (Kibana) URL.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/elastic/elasticstack/0.16.3/docs#endpoint ElasticstackProvider#endpoint}
  */
  readonly endpoint?: string;
  /**
  * Skip verification of the TLS certificate.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/elastic/elasticstack/0.16.3/docs#insecure ElasticstackProvider#insecure}
  */
  readonly insecure?: boolean | cdktf.IResolvable;
  /**
  * Password for basic authentication.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/elastic/elasticstack/0.16.3/docs#password ElasticstackProvider#password}
  */
  readonly password?: string;
  /**
  * Username for basic authentication.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/elastic/elasticstack/0.16.3/docs#username ElasticstackProvider#username}
  */
  readonly username?: string;
}

export function elasticstackProviderFleetToTerraform(struct?: ElasticstackProviderFleet): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    api_key: cdktf.stringToTerraform(struct!.apiKey),
    bearer_token: cdktf.stringToTerraform(struct!.bearerToken),
    ca_certs: cdktf.listMapper(cdktf.stringToTerraform, false)(struct!.caCerts),
    endpoint: cdktf.stringToTerraform(struct!.endpoint),
    insecure: cdktf.booleanToTerraform(struct!.insecure),
    password: cdktf.stringToTerraform(struct!.password),
    username: cdktf.stringToTerraform(struct!.username),
  }
}


export function elasticstackProviderFleetToHclTerraform(struct?: ElasticstackProviderFleet): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    api_key: {
      value: cdktf.stringToHclTerraform(struct!.apiKey),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    bearer_token: {
      value: cdktf.stringToHclTerraform(struct!.bearerToken),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    ca_certs: {
      value: cdktf.listMapperHcl(cdktf.stringToHclTerraform, false)(struct!.caCerts),
      isBlock: false,
      type: "list",
      storageClassType: "stringList",
    },
    endpoint: {
      value: cdktf.stringToHclTerraform(struct!.endpoint),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    insecure: {
      value: cdktf.booleanToHclTerraform(struct!.insecure),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
    password: {
      value: cdktf.stringToHclTerraform(struct!.password),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    username: {
      value: cdktf.stringToHclTerraform(struct!.username),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export interface ElasticstackProviderKibana {
  /**
  * API key for Kibana (the encoded form).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/elastic/elasticstack/0.16.3/docs#api_key ElasticstackProvider#api_key}
  */
  readonly apiKey?: string;
  /**
  * Bearer token for Kibana.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/elastic/elasticstack/0.16.3/docs#bearer_token ElasticstackProvider#bearer_token}
  */
  readonly bearerToken?: string;
  /**
  * Paths of CA certificate files used to verify Kibana's TLS certificate.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/elastic/elasticstack/0.16.3/docs#ca_certs ElasticstackProvider#ca_certs}
  */
  readonly caCerts?: string[];
  /**
  * Kibana URLs; only the first one is used.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/elastic/elasticstack/0.16.3/docs#endpoints ElasticstackProvider#endpoints}
  */
  readonly endpoints?: string[];
  /**
  * Skip verification of Kibana's TLS certificate.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/elastic/elasticstack/0.16.3/docs#insecure ElasticstackProvider#insecure}
  */
  readonly insecure?: boolean | cdktf.IResolvable;
  /**
  * Password for basic authentication to Kibana.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/elastic/elasticstack/0.16.3/docs#password ElasticstackProvider#password}
  */
  readonly password?: string;
  /**
  * Username for basic authentication to Kibana.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/elastic/elasticstack/0.16.3/docs#username ElasticstackProvider#username}
  */
  readonly username?: string;
}

export function elasticstackProviderKibanaToTerraform(struct?: ElasticstackProviderKibana): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    api_key: cdktf.stringToTerraform(struct!.apiKey),
    bearer_token: cdktf.stringToTerraform(struct!.bearerToken),
    ca_certs: cdktf.listMapper(cdktf.stringToTerraform, false)(struct!.caCerts),
    endpoints: cdktf.listMapper(cdktf.stringToTerraform, false)(struct!.endpoints),
    insecure: cdktf.booleanToTerraform(struct!.insecure),
    password: cdktf.stringToTerraform(struct!.password),
    username: cdktf.stringToTerraform(struct!.username),
  }
}


export function elasticstackProviderKibanaToHclTerraform(struct?: ElasticstackProviderKibana): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    api_key: {
      value: cdktf.stringToHclTerraform(struct!.apiKey),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    bearer_token: {
      value: cdktf.stringToHclTerraform(struct!.bearerToken),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    ca_certs: {
      value: cdktf.listMapperHcl(cdktf.stringToHclTerraform, false)(struct!.caCerts),
      isBlock: false,
      type: "list",
      storageClassType: "stringList",
    },
    endpoints: {
      value: cdktf.listMapperHcl(cdktf.stringToHclTerraform, false)(struct!.endpoints),
      isBlock: false,
      type: "list",
      storageClassType: "stringList",
    },
    insecure: {
      value: cdktf.booleanToHclTerraform(struct!.insecure),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
    password: {
      value: cdktf.stringToHclTerraform(struct!.password),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    username: {
      value: cdktf.stringToHclTerraform(struct!.username),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}


/**
* Represents a {@link https://registry.terraform.io/providers/elastic/elasticstack/0.16.3/docs elasticstack}
*/
export class ElasticstackProvider extends cdktf.TerraformProvider {

  // =================
  // STATIC PROPERTIES
  // =================
  public static readonly tfResourceType = "elasticstack";

  // ==============
  // STATIC Methods
  // ==============
  /**
  * Generates CDKTF code for importing a ElasticstackProvider resource upon running "cdktf plan <stack-name>"
  * @param scope The scope in which to define this construct
  * @param importToId The construct id used in the generated config for the ElasticstackProvider to import
  * @param importFromId The id of the existing ElasticstackProvider that should be imported. Refer to the {@link https://registry.terraform.io/providers/elastic/elasticstack/0.16.3/docs#import import section} in the documentation of this resource for the id to use
  * @param provider? Optional instance of the provider where the ElasticstackProvider to import is found
  */
  public static generateConfigForImport(scope: Construct, importToId: string, importFromId: string, provider?: cdktf.TerraformProvider) {
        return new cdktf.ImportableResource(scope, importToId, { terraformResourceType: "elasticstack", importId: importFromId, provider });
      }

  // ===========
  // INITIALIZER
  // ===========

  /**
  * Create a new {@link https://registry.terraform.io/providers/elastic/elasticstack/0.16.3/docs elasticstack} Resource
  *
  * @param scope The scope in which to define this construct
  * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
  * @param options ElasticstackProviderConfig = {}
  */
  public constructor(scope: Construct, id: string, config: ElasticstackProviderConfig = {}) {
    super(scope, id, {
      terraformResourceType: 'elasticstack',
      terraformGeneratorMetadata: {
        providerName: 'elasticstack',
        providerVersion: '0.16.3'
      },
      terraformProviderSource: 'registry.terraform.io/elastic/elasticstack'
    });
    this._alias = config.alias;
    this._elasticsearch = config.elasticsearch;
    this._fleet = config.fleet;
    this._kibana = config.kibana;
  }

  // ==========
  // ATTRIBUTES
  // ==========

  // alias - computed: false, optional: true, required: false
  private _alias?: string; 
  public get alias() {
    return this._alias;
  }
  public set alias(value: string | undefined) {
    this._alias = value;
  }
  public resetAlias() {
    this._alias = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get aliasInput() {
    return this._alias;
  }

  // elasticsearch - computed: false, optional: true, required: false
  private _elasticsearch?: ElasticstackProviderElasticsearch; 
  public get elasticsearch() {
    return this._elasticsearch;
  }
  public set elasticsearch(value: ElasticstackProviderElasticsearch | undefined) {
    this._elasticsearch = value;
  }
  public resetElasticsearch() {
    this._elasticsearch = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get elasticsearchInput() {
    return this._elasticsearch;
  }

  // fleet - computed: false, optional: true, required: false
  private _fleet?: ElasticstackProviderFleet; 
  public get fleet() {
    return this._fleet;
  }
  public set fleet(value: ElasticstackProviderFleet | undefined) {
    this._fleet = value;
  }
  public resetFleet() {
    this._fleet = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get fleetInput() {
    return this._fleet;
  }

  // kibana - computed: false, optional: true, required: false
  private _kibana?: ElasticstackProviderKibana; 
  public get kibana() {
    return this._kibana;
  }
  public set kibana(value: ElasticstackProviderKibana | undefined) {
    this._kibana = value;
  }
  public resetKibana() {
    this._kibana = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get kibanaInput() {
    return this._kibana;
  }

  // =========
  // SYNTHESIS
  // =========

  protected synthesizeAttributes(): { [name: string]: any } {
    return {
      alias: cdktf.stringToTerraform(this._alias),
      elasticsearch: elasticstackProviderElasticsearchToTerraform(this._elasticsearch),
      fleet: elasticstackProviderFleetToTerraform(this._fleet),
      kibana: elasticstackProviderKibanaToTerraform(this._kibana),
    };
  }

  protected synthesizeHclAttributes(): { [name: string]: any } {
    const attrs = {
      alias: {
        value: cdktf.stringToHclTerraform(this._alias),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      elasticsearch: {
        value: elasticstackProviderElasticsearchToHclTerraform(this._elasticsearch),
        isBlock: true,
        type: "list",
        storageClassType: "ElasticstackProviderElasticsearchList",
      },
      fleet: {
        value: elasticstackProviderFleetToHclTerraform(this._fleet),
        isBlock: true,
        type: "list",
        storageClassType: "ElasticstackProviderFleetList",
      },
      kibana: {
        value: elasticstackProviderKibanaToHclTerraform(this._kibana),
        isBlock: true,
        type: "list",
        storageClassType: "ElasticstackProviderKibanaList",
      },
    };

    // remove undefined attributes
    return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined ))
  }
}
