// GENERATED FILE: do not edit by hand.
// Built by @cdktf/provider-generator from generator/provider-schema.json (elastic/elasticstack).
// Regenerate with: npx projen generate:provider
// https://registry.terraform.io/providers/elastic/elasticstack/0.16.3/docs/data-sources/kibana_action_connector
// generated from terraform resource schema

import { Construct } from 'constructs';
import * as cdktf from 'cdktf';

// Configuration

export interface DataElasticstackKibanaActionConnectorConfig extends cdktf.TerraformMetaArguments {
  /**
  * Connector type id to filter on.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/elastic/elasticstack/0.16.3/docs/data-sources/kibana_action_connector#connector_type_id DataElasticstackKibanaActionConnector#connector_type_id}
  */
  readonly connectorTypeId?: string;
  /**
  * Name of the connector to find.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/elastic/elasticstack/0.16.3/docs/data-sources/kibana_action_connector#name DataElasticstackKibanaActionConnector#name}
  */
  readonly name: string;
  /**
  * Kibana space to search; "default" when unset.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/elastic/elasticstack/0.16.3/docs/data-sources/kibana_action_connector#space_id DataElasticstackKibanaActionConnector#space_id}
  */
  readonly spaceId?: string;
  /**
  * kibana_connection block
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/elastic/elasticstack/0.16.3/docs/data-sources/kibana_action_connector#kibana_connection DataElasticstackKibanaActionConnector#kibana_connection}
  */
  readonly kibanaConnection?: DataElasticstackKibanaActionConnectorKibanaConnection;
}
export interface DataElasticstackKibanaActionConnectorKibanaConnection {
  /**
  * API key for Kibana (the encoded form).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/elastic/elasticstack/0.16.3/docs/data-sources/kibana_action_connector#api_key DataElasticstackKibanaActionConnector#api_key}
  */
  readonly apiKey?: string;
  /**
  * Bearer token for Kibana.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/elastic/elasticstack/0.16.3/docs/data-sources/kibana_action_connector#bearer_token DataElasticstackKibanaActionConnector#bearer_token}
  */
  readonly bearerToken?: string;
  /**
  * Paths of CA certificate files used to verify Kibana's TLS certificate.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/elastic/elasticstack/0.16.3/docs/data-sources/kibana_action_connector#ca_certs DataElasticstackKibanaActionConnector#ca_certs}
  */
  readonly caCerts?: string[];
  /**
  * Kibana URLs; only the first one is used.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/elastic/elasticstack/0.16.3/docs/data-sources/kibana_action_connector#endpoints DataElasticstackKibanaActionConnector#endpoints}
  */
  readonly endpoints?: string[];
  /**
  * Skip verification of Kibana's TLS certificate.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/elastic/elasticstack/0.16.3/docs/data-sources/kibana_action_connector#insecure DataElasticstackKibanaActionConnector#insecure}
  */
  readonly insecure?: boolean | cdktf.IResolvable;
  /**
  * Password for basic authentication to Kibana.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/elastic/elasticstack/0.16.3/docs/data-sources/kibana_action_connector#password DataElasticstackKibanaActionConnector#password}
  */
  readonly password?: string;
  /**
  * Username for basic authentication to Kibana.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/elastic/elasticstack/0.16.3/docs/data-sources/kibana_action_connector#username DataElasticstackKibanaActionConnector#username}
  */
  readonly username?: string;
}

export function dataElasticstackKibanaActionConnectorKibanaConnectionToTerraform(struct?: DataElasticstackKibanaActionConnectorKibanaConnectionOutputReference | DataElasticstackKibanaActionConnectorKibanaConnection): any {
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


export function dataElasticstackKibanaActionConnectorKibanaConnectionToHclTerraform(struct?: DataElasticstackKibanaActionConnectorKibanaConnectionOutputReference | DataElasticstackKibanaActionConnectorKibanaConnection): any {
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

export class DataElasticstackKibanaActionConnectorKibanaConnectionOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false, 0);
  }

  public get internalValue(): DataElasticstackKibanaActionConnectorKibanaConnection | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._apiKey !== undefined) {
      hasAnyValues = true;
      internalValueResult.apiKey = this._apiKey;
    }
    if (this._bearerToken !== undefined) {
      hasAnyValues = true;
      internalValueResult.bearerToken = this._bearerToken;
    }
    if (this._caCerts !== undefined) {
      hasAnyValues = true;
      internalValueResult.caCerts = this._caCerts;
    }
    if (this._endpoints !== undefined) {
      hasAnyValues = true;
      internalValueResult.endpoints = this._endpoints;
    }
    if (this._insecure !== undefined) {
      hasAnyValues = true;
      internalValueResult.insecure = this._insecure;
    }
    if (this._password !== undefined) {
      hasAnyValues = true;
      internalValueResult.password = this._password;
    }
    if (this._username !== undefined) {
      hasAnyValues = true;
      internalValueResult.username = this._username;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DataElasticstackKibanaActionConnectorKibanaConnection | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this._apiKey = undefined;
      this._bearerToken = undefined;
      this._caCerts = undefined;
      this._endpoints = undefined;
      this._insecure = undefined;
      this._password = undefined;
      this._username = undefined;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this._apiKey = value.apiKey;
      this._bearerToken = value.bearerToken;
      this._caCerts = value.caCerts;
      this._endpoints = value.endpoints;
      this._insecure = value.insecure;
      this._password = value.password;
      this._username = value.username;
    }
  }

  // api_key - computed: false, optional: true, required: false
  private _apiKey?: string; 
  public get apiKey() {
    return this.getStringAttribute('api_key');
  }
  public set apiKey(value: string) {
    this._apiKey = value;
  }
  public resetApiKey() {
    this._apiKey = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get apiKeyInput() {
    return this._apiKey;
  }

  // bearer_token - computed: false, optional: true, required: false
  private _bearerToken?: string; 
  public get bearerToken() {
    return this.getStringAttribute('bearer_token');
  }
  public set bearerToken(value: string) {
    this._bearerToken = value;
  }
  public resetBearerToken() {
    this._bearerToken = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get bearerTokenInput() {
    return this._bearerToken;
  }

  // ca_certs - computed: false, optional: true, required: false
  private _caCerts?: string[]; 
  public get caCerts() {
    return this.getListAttribute('ca_certs');
  }
  public set caCerts(value: string[]) {
    this._caCerts = value;
  }
  public resetCaCerts() {
    this._caCerts = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get caCertsInput() {
    return this._caCerts;
  }

  // endpoints - computed: false, optional: true, required: false
  private _endpoints?: string[]; 
  public get endpoints() {
    return this.getListAttribute('endpoints');
  }
  public set endpoints(value: string[]) {
    this._endpoints = value;
  }
  public resetEndpoints() {
    this._endpoints = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get endpointsInput() {
    return this._endpoints;
  }

  // insecure - computed: false, optional: true, required: false
  private _insecure?: boolean | cdktf.IResolvable; 
  public get insecure() {
    return this.getBooleanAttribute('insecure');
  }
  public set insecure(value: boolean | cdktf.IResolvable) {
    this._insecure = value;
  }
  public resetInsecure() {
    this._insecure = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get insecureInput() {
    return this._insecure;
  }

  // password - computed: false, optional: true, required: false
  private _password?: string; 
  public get password() {
    return this.getStringAttribute('password');
  }
  public set password(value: string) {
    this._password = value;
  }
  public resetPassword() {
    this._password = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get passwordInput() {
    return this._password;
  }

  // username - computed: false, optional: true, required: false
  private _username?: string; 
  public get username() {
    return this.getStringAttribute('username');
  }
  public set username(value: string) {
    this._username = value;
  }
  public resetUsername() {
    this._username = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get usernameInput() {
    return this._username;
  }
}

/**
* Represents a {@link https://registry.terraform.io/providers/elastic/elasticstack/0.16.3/docs/data-sources/kibana_action_connector elasticstack_kibana_action_connector}
*/
export class DataElasticstackKibanaActionConnector extends cdktf.TerraformDataSource {

  // =================
  // STATIC PROPERTIES
  // =================
  public static readonly tfResourceType = "elasticstack_kibana_action_connector";

  // ==============
  // STATIC Methods
  // ==============
  /**
  * Generates CDKTF code for importing a DataElasticstackKibanaActionConnector resource upon running "cdktf plan <stack-name>"
  * @param scope The scope in which to define this construct
  * @param importToId The construct id used in the generated config for the DataElasticstackKibanaActionConnector to import
  * @param importFromId The id of the existing DataElasticstackKibanaActionConnector that should be imported. Refer to the {@link https://registry.terraform.io/providers/elastic/elasticstack/0.16.3/docs/data-sources/kibana_action_connector#import import section} in the documentation of this resource for the id to use
  * @param provider? Optional instance of the provider where the DataElasticstackKibanaActionConnector to import is found
  */
  public static generateConfigForImport(scope: Construct, importToId: string, importFromId: string, provider?: cdktf.TerraformProvider) {
        return new cdktf.ImportableResource(scope, importToId, { terraformResourceType: "elasticstack_kibana_action_connector", importId: importFromId, provider });
      }

  // ===========
  // INITIALIZER
  // ===========

  /**
  * Create a new {@link https://registry.terraform.io/providers/elastic/elasticstack/0.16.3/docs/data-sources/kibana_action_connector elasticstack_kibana_action_connector} Data Source
  *
  * @param scope The scope in which to define this construct
  * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
  * @param options DataElasticstackKibanaActionConnectorConfig
  */
  public constructor(scope: Construct, id: string, config: DataElasticstackKibanaActionConnectorConfig) {
    super(scope, id, {
      terraformResourceType: 'elasticstack_kibana_action_connector',
      terraformGeneratorMetadata: {
        providerName: 'elasticstack',
        providerVersion: '0.16.3'
      },
      provider: config.provider,
      dependsOn: config.dependsOn,
      count: config.count,
      lifecycle: config.lifecycle,
      provisioners: config.provisioners,
      connection: config.connection,
      forEach: config.forEach
    });
    this._connectorTypeId = config.connectorTypeId;
    this._name = config.name;
    this._spaceId = config.spaceId;
    this._kibanaConnection.internalValue = config.kibanaConnection;
  }

  // ==========
  // ATTRIBUTES
  // ==========

  // config - computed: true, optional: false, required: false
  public get config() {
    return this.getStringAttribute('config');
  }

  // connector_id - computed: true, optional: false, required: false
  public get connectorId() {
    return this.getStringAttribute('connector_id');
  }

  // connector_type_id - computed: true, optional: true, required: false
  private _connectorTypeId?: string; 
  public get connectorTypeId() {
    return this.getStringAttribute('connector_type_id');
  }
  public set connectorTypeId(value: string) {
    this._connectorTypeId = value;
  }
  public resetConnectorTypeId() {
    this._connectorTypeId = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get connectorTypeIdInput() {
    return this._connectorTypeId;
  }

  // id - computed: true, optional: false, required: false
  public get id() {
    return this.getStringAttribute('id');
  }

  // is_deprecated - computed: true, optional: false, required: false
  public get isDeprecated() {
    return this.getBooleanAttribute('is_deprecated');
  }

  // is_missing_secrets - computed: true, optional: false, required: false
  public get isMissingSecrets() {
    return this.getBooleanAttribute('is_missing_secrets');
  }

  // is_preconfigured - computed: true, optional: false, required: false
  public get isPreconfigured() {
    return this.getBooleanAttribute('is_preconfigured');
  }

  // name - computed: false, optional: false, required: true
  private _name?: string; 
  public get name() {
    return this.getStringAttribute('name');
  }
  public set name(value: string) {
    this._name = value;
  }
  // Temporarily expose input value. Use with caution.
  public get nameInput() {
    return this._name;
  }

  // space_id - computed: true, optional: true, required: false
  private _spaceId?: string; 
  public get spaceId() {
    return this.getStringAttribute('space_id');
  }
  public set spaceId(value: string) {
    this._spaceId = value;
  }
  public resetSpaceId() {
    this._spaceId = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get spaceIdInput() {
    return this._spaceId;
  }

  // kibana_connection - computed: false, optional: true, required: false
  private _kibanaConnection = new DataElasticstackKibanaActionConnectorKibanaConnectionOutputReference(this, "kibana_connection");
  public get kibanaConnection() {
    return this._kibanaConnection;
  }
  public putKibanaConnection(value: DataElasticstackKibanaActionConnectorKibanaConnection) {
    this._kibanaConnection.internalValue = value;
  }
  public resetKibanaConnection() {
    this._kibanaConnection.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get kibanaConnectionInput() {
    return this._kibanaConnection.internalValue;
  }

  // =========
  // SYNTHESIS
  // =========

  protected synthesizeAttributes(): { [name: string]: any } {
    return {
      connector_type_id: cdktf.stringToTerraform(this._connectorTypeId),
      name: cdktf.stringToTerraform(this._name),
      space_id: cdktf.stringToTerraform(this._spaceId),
      kibana_connection: dataElasticstackKibanaActionConnectorKibanaConnectionToTerraform(this._kibanaConnection.internalValue),
    };
  }

  protected synthesizeHclAttributes(): { [name: string]: any } {
    const attrs = {
      connector_type_id: {
        value: cdktf.stringToHclTerraform(this._connectorTypeId),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      name: {
        value: cdktf.stringToHclTerraform(this._name),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      space_id: {
        value: cdktf.stringToHclTerraform(this._spaceId),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      kibana_connection: {
        value: dataElasticstackKibanaActionConnectorKibanaConnectionToHclTerraform(this._kibanaConnection.internalValue),
        isBlock: true,
        type: "list",
        storageClassType: "DataElasticstackKibanaActionConnectorKibanaConnectionList",
      },
    };

    // remove undefined attributes
    return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined ))
  }
}
