// GENERATED FILE: do not edit by hand.
// Built by @cdktf/provider-generator from generator/provider-schema.json (elastic/elasticstack).
// Regenerate with: npx projen generate:provider
// https://registry.terraform.io/providers/elastic/elasticstack/0.16.3/docs/resources/kibana_action_connector
// generated from terraform resource schema

import { Construct } from 'constructs';
import * as cdktf from 'cdktf';

// Configuration

export interface KibanaActionConnectorConfig extends cdktf.TerraformMetaArguments {
  /**
  * Connector configuration as a JSON object string.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/elastic/elasticstack/0.16.3/docs/resources/kibana_action_connector#config KibanaActionConnector#config}
  */
  readonly config?: string;
  /**
  * Connector identifier (a UUID). Kibana generates one when unset. Setting it needs Elastic Stack 8.8 or later; changing it replaces the connector.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/elastic/elasticstack/0.16.3/docs/resources/kibana_action_connector#connector_id KibanaActionConnector#connector_id}
  */
  readonly connectorId?: string;
  /**
  * Connector type id, for example .index or .slack; changing it replaces the connector.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/elastic/elasticstack/0.16.3/docs/resources/kibana_action_connector#connector_type_id KibanaActionConnector#connector_type_id}
  */
  readonly connectorTypeId: string;
  /**
  * Display name of the connector.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/elastic/elasticstack/0.16.3/docs/resources/kibana_action_connector#name KibanaActionConnector#name}
  */
  readonly name: string;
  /**
  * Connector secrets as a JSON object string.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/elastic/elasticstack/0.16.3/docs/resources/kibana_action_connector#secrets KibanaActionConnector#secrets}
  */
  readonly secrets?: string;
  /**
  * Connector secrets as a JSON object string, write-only (never stored in state). Needs Terraform 1.11.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/elastic/elasticstack/0.16.3/docs/resources/kibana_action_connector#secrets_wo KibanaActionConnector#secrets_wo}
  */
  readonly secretsWo?: string;
  /**
  * Change this value to send secrets_wo again.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/elastic/elasticstack/0.16.3/docs/resources/kibana_action_connector#secrets_wo_version KibanaActionConnector#secrets_wo_version}
  */
  readonly secretsWoVersion?: string;
  /**
  * Kibana space of the connector. Defaults to "default"; changing it replaces the connector.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/elastic/elasticstack/0.16.3/docs/resources/kibana_action_connector#space_id KibanaActionConnector#space_id}
  */
  readonly spaceId?: string;
  /**
  * Operation timeouts.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/elastic/elasticstack/0.16.3/docs/resources/kibana_action_connector#timeouts KibanaActionConnector#timeouts}
  */
  readonly timeouts?: KibanaActionConnectorTimeouts;
  /**
  * kibana_connection block
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/elastic/elasticstack/0.16.3/docs/resources/kibana_action_connector#kibana_connection KibanaActionConnector#kibana_connection}
  */
  readonly kibanaConnection?: KibanaActionConnectorKibanaConnection;
}
export interface KibanaActionConnectorTimeouts {
  /**
  * How long a create may take, as a duration string such as "30s" or "2h45m". Default 20m.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/elastic/elasticstack/0.16.3/docs/resources/kibana_action_connector#create KibanaActionConnector#create}
  */
  readonly create?: string;
  /**
  * How long a delete may take. Default 20m.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/elastic/elasticstack/0.16.3/docs/resources/kibana_action_connector#delete KibanaActionConnector#delete}
  */
  readonly delete?: string;
  /**
  * How long a read may take. Default 5m.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/elastic/elasticstack/0.16.3/docs/resources/kibana_action_connector#read KibanaActionConnector#read}
  */
  readonly read?: string;
  /**
  * How long an update may take. Default 20m.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/elastic/elasticstack/0.16.3/docs/resources/kibana_action_connector#update KibanaActionConnector#update}
  */
  readonly update?: string;
}

export function kibanaActionConnectorTimeoutsToTerraform(struct?: KibanaActionConnectorTimeouts | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    create: cdktf.stringToTerraform(struct!.create),
    delete: cdktf.stringToTerraform(struct!.delete),
    read: cdktf.stringToTerraform(struct!.read),
    update: cdktf.stringToTerraform(struct!.update),
  }
}


export function kibanaActionConnectorTimeoutsToHclTerraform(struct?: KibanaActionConnectorTimeouts | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    create: {
      value: cdktf.stringToHclTerraform(struct!.create),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    delete: {
      value: cdktf.stringToHclTerraform(struct!.delete),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    read: {
      value: cdktf.stringToHclTerraform(struct!.read),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    update: {
      value: cdktf.stringToHclTerraform(struct!.update),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class KibanaActionConnectorTimeoutsOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktf.IResolvable;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): KibanaActionConnectorTimeouts | cdktf.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._create !== undefined) {
      hasAnyValues = true;
      internalValueResult.create = this._create;
    }
    if (this._delete !== undefined) {
      hasAnyValues = true;
      internalValueResult.delete = this._delete;
    }
    if (this._read !== undefined) {
      hasAnyValues = true;
      internalValueResult.read = this._read;
    }
    if (this._update !== undefined) {
      hasAnyValues = true;
      internalValueResult.update = this._update;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: KibanaActionConnectorTimeouts | cdktf.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._create = undefined;
      this._delete = undefined;
      this._read = undefined;
      this._update = undefined;
    }
    else if (cdktf.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._create = value.create;
      this._delete = value.delete;
      this._read = value.read;
      this._update = value.update;
    }
  }

  // create - computed: false, optional: true, required: false
  private _create?: string; 
  public get create() {
    return this.getStringAttribute('create');
  }
  public set create(value: string) {
    this._create = value;
  }
  public resetCreate() {
    this._create = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get createInput() {
    return this._create;
  }

  // delete - computed: false, optional: true, required: false
  private _delete?: string; 
  public get delete() {
    return this.getStringAttribute('delete');
  }
  public set delete(value: string) {
    this._delete = value;
  }
  public resetDelete() {
    this._delete = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get deleteInput() {
    return this._delete;
  }

  // read - computed: false, optional: true, required: false
  private _read?: string; 
  public get read() {
    return this.getStringAttribute('read');
  }
  public set read(value: string) {
    this._read = value;
  }
  public resetRead() {
    this._read = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get readInput() {
    return this._read;
  }

  // update - computed: false, optional: true, required: false
  private _update?: string; 
  public get update() {
    return this.getStringAttribute('update');
  }
  public set update(value: string) {
    this._update = value;
  }
  public resetUpdate() {
    this._update = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get updateInput() {
    return this._update;
  }
}
export interface KibanaActionConnectorKibanaConnection {
  /**
  * API key for Kibana (the encoded form).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/elastic/elasticstack/0.16.3/docs/resources/kibana_action_connector#api_key KibanaActionConnector#api_key}
  */
  readonly apiKey?: string;
  /**
  * Bearer token for Kibana.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/elastic/elasticstack/0.16.3/docs/resources/kibana_action_connector#bearer_token KibanaActionConnector#bearer_token}
  */
  readonly bearerToken?: string;
  /**
  * Paths of CA certificate files used to verify Kibana's TLS certificate.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/elastic/elasticstack/0.16.3/docs/resources/kibana_action_connector#ca_certs KibanaActionConnector#ca_certs}
  */
  readonly caCerts?: string[];
  /**
  * Kibana URLs; only the first one is used.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/elastic/elasticstack/0.16.3/docs/resources/kibana_action_connector#endpoints KibanaActionConnector#endpoints}
  */
  readonly endpoints?: string[];
  /**
  * Skip verification of Kibana's TLS certificate.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/elastic/elasticstack/0.16.3/docs/resources/kibana_action_connector#insecure KibanaActionConnector#insecure}
  */
  readonly insecure?: boolean | cdktf.IResolvable;
  /**
  * Password for basic authentication to Kibana.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/elastic/elasticstack/0.16.3/docs/resources/kibana_action_connector#password KibanaActionConnector#password}
  */
  readonly password?: string;
  /**
  * Username for basic authentication to Kibana.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/elastic/elasticstack/0.16.3/docs/resources/kibana_action_connector#username KibanaActionConnector#username}
  */
  readonly username?: string;
}

export function kibanaActionConnectorKibanaConnectionToTerraform(struct?: KibanaActionConnectorKibanaConnectionOutputReference | KibanaActionConnectorKibanaConnection): any {
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


export function kibanaActionConnectorKibanaConnectionToHclTerraform(struct?: KibanaActionConnectorKibanaConnectionOutputReference | KibanaActionConnectorKibanaConnection): any {
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

export class KibanaActionConnectorKibanaConnectionOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false, 0);
  }

  public get internalValue(): KibanaActionConnectorKibanaConnection | undefined {
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

  public set internalValue(value: KibanaActionConnectorKibanaConnection | undefined) {
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
* Represents a {@link https://registry.terraform.io/providers/elastic/elasticstack/0.16.3/docs/resources/kibana_action_connector elasticstack_kibana_action_connector}
*/
export class KibanaActionConnector extends cdktf.TerraformResource {

  // =================
  // STATIC PROPERTIES
  // =================
  public static readonly tfResourceType = "elasticstack_kibana_action_connector";

  // ==============
  // STATIC Methods
  // ==============
  /**
  * Generates CDKTF code for importing a KibanaActionConnector resource upon running "cdktf plan <stack-name>"
  * @param scope The scope in which to define this construct
  * @param importToId The construct id used in the generated config for the KibanaActionConnector to import
  * @param importFromId The id of the existing KibanaActionConnector that should be imported. Refer to the {@link https://registry.terraform.io/providers/elastic/elasticstack/0.16.3/docs/resources/kibana_action_connector#import import section} in the documentation of this resource for the id to use
  * @param provider? Optional instance of the provider where the KibanaActionConnector to import is found
  */
  public static generateConfigForImport(scope: Construct, importToId: string, importFromId: string, provider?: cdktf.TerraformProvider) {
        return new cdktf.ImportableResource(scope, importToId, { terraformResourceType: "elasticstack_kibana_action_connector", importId: importFromId, provider });
      }

  // ===========
  // INITIALIZER
  // ===========

  /**
  * Create a new {@link https://registry.terraform.io/providers/elastic/elasticstack/0.16.3/docs/resources/kibana_action_connector elasticstack_kibana_action_connector} Resource
  *
  * @param scope The scope in which to define this construct
  * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
  * @param options KibanaActionConnectorConfig
  */
  public constructor(scope: Construct, id: string, config: KibanaActionConnectorConfig) {
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
    this._config = config.config;
    this._connectorId = config.connectorId;
    this._connectorTypeId = config.connectorTypeId;
    this._name = config.name;
    this._secrets = config.secrets;
    this._secretsWo = config.secretsWo;
    this._secretsWoVersion = config.secretsWoVersion;
    this._spaceId = config.spaceId;
    this._timeouts.internalValue = config.timeouts;
    this._kibanaConnection.internalValue = config.kibanaConnection;
  }

  // ==========
  // ATTRIBUTES
  // ==========

  // config - computed: true, optional: true, required: false
  private _config?: string; 
  public get config() {
    return this.getStringAttribute('config');
  }
  public set config(value: string) {
    this._config = value;
  }
  public resetConfig() {
    this._config = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get configInput() {
    return this._config;
  }

  // connector_id - computed: true, optional: true, required: false
  private _connectorId?: string; 
  public get connectorId() {
    return this.getStringAttribute('connector_id');
  }
  public set connectorId(value: string) {
    this._connectorId = value;
  }
  public resetConnectorId() {
    this._connectorId = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get connectorIdInput() {
    return this._connectorId;
  }

  // connector_type_id - computed: false, optional: false, required: true
  private _connectorTypeId?: string; 
  public get connectorTypeId() {
    return this.getStringAttribute('connector_type_id');
  }
  public set connectorTypeId(value: string) {
    this._connectorTypeId = value;
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

  // secrets - computed: false, optional: true, required: false
  private _secrets?: string; 
  public get secrets() {
    return this.getStringAttribute('secrets');
  }
  public set secrets(value: string) {
    this._secrets = value;
  }
  public resetSecrets() {
    this._secrets = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get secretsInput() {
    return this._secrets;
  }

  // secrets_wo - computed: false, optional: true, required: false
  private _secretsWo?: string; 
  public get secretsWo() {
    return this.getStringAttribute('secrets_wo');
  }
  public set secretsWo(value: string) {
    this._secretsWo = value;
  }
  public resetSecretsWo() {
    this._secretsWo = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get secretsWoInput() {
    return this._secretsWo;
  }

  // secrets_wo_version - computed: false, optional: true, required: false
  private _secretsWoVersion?: string; 
  public get secretsWoVersion() {
    return this.getStringAttribute('secrets_wo_version');
  }
  public set secretsWoVersion(value: string) {
    this._secretsWoVersion = value;
  }
  public resetSecretsWoVersion() {
    this._secretsWoVersion = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get secretsWoVersionInput() {
    return this._secretsWoVersion;
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

  // timeouts - computed: false, optional: true, required: false
  private _timeouts = new KibanaActionConnectorTimeoutsOutputReference(this, "timeouts");
  public get timeouts() {
    return this._timeouts;
  }
  public putTimeouts(value: KibanaActionConnectorTimeouts) {
    this._timeouts.internalValue = value;
  }
  public resetTimeouts() {
    this._timeouts.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get timeoutsInput() {
    return this._timeouts.internalValue;
  }

  // kibana_connection - computed: false, optional: true, required: false
  private _kibanaConnection = new KibanaActionConnectorKibanaConnectionOutputReference(this, "kibana_connection");
  public get kibanaConnection() {
    return this._kibanaConnection;
  }
  public putKibanaConnection(value: KibanaActionConnectorKibanaConnection) {
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
      config: cdktf.stringToTerraform(this._config),
      connector_id: cdktf.stringToTerraform(this._connectorId),
      connector_type_id: cdktf.stringToTerraform(this._connectorTypeId),
      name: cdktf.stringToTerraform(this._name),
      secrets: cdktf.stringToTerraform(this._secrets),
      secrets_wo: cdktf.stringToTerraform(this._secretsWo),
      secrets_wo_version: cdktf.stringToTerraform(this._secretsWoVersion),
      space_id: cdktf.stringToTerraform(this._spaceId),
      timeouts: kibanaActionConnectorTimeoutsToTerraform(this._timeouts.internalValue),
      kibana_connection: kibanaActionConnectorKibanaConnectionToTerraform(this._kibanaConnection.internalValue),
    };
  }

  protected synthesizeHclAttributes(): { [name: string]: any } {
    const attrs = {
      config: {
        value: cdktf.stringToHclTerraform(this._config),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      connector_id: {
        value: cdktf.stringToHclTerraform(this._connectorId),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
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
      secrets: {
        value: cdktf.stringToHclTerraform(this._secrets),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      secrets_wo: {
        value: cdktf.stringToHclTerraform(this._secretsWo),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      secrets_wo_version: {
        value: cdktf.stringToHclTerraform(this._secretsWoVersion),
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
      timeouts: {
        value: kibanaActionConnectorTimeoutsToHclTerraform(this._timeouts.internalValue),
        isBlock: true,
        type: "struct",
        storageClassType: "KibanaActionConnectorTimeouts",
      },
      kibana_connection: {
        value: kibanaActionConnectorKibanaConnectionToHclTerraform(this._kibanaConnection.internalValue),
        isBlock: true,
        type: "list",
        storageClassType: "KibanaActionConnectorKibanaConnectionList",
      },
    };

    // remove undefined attributes
    return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined ))
  }
}
