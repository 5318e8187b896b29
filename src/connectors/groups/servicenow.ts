// GENERATED FILE: do not edit by hand.
// Written by the connector generator (generator/connectors/) from its inputs:
// catalog/groups/servicenow.json.
// Regenerate with: npx projen generate
/**
 * Configuration fields of the `servicenow` group, shared by the connector types that include it: The
 * ServiceNow instance address and its credentials, a user name and password or OAuth with a signed
 * JWT, as the ServiceNow ITSM, SecOps and ITOM connectors share them.
 */
export interface ServicenowConfig {
  /**
   * Address of the ServiceNow instance.
   *
   * Must be an absolute http(s) URL.
   */
  readonly apiUrl: string;
  /**
   * Whether to authenticate with OAuth (JWT) instead of a user name and password.
   *
   * Kibana 8.3.0 and later (evidence: elastic/kibana#131084 v8.3.0, elastic/kibana#130826,
   * src/platform/packages/shared/kbn-connector-schemas/servicenow/schemas/v1.ts at 4c59e9d).
   *
   * When unset, the construct sends Kibana's default explicitly, so that Terraform sees no drift.
   * @default false
   */
  readonly isOAuth?: boolean;
  /**
   * Value of the ServiceNow user identifier field, for OAuth.
   *
   * Kibana 8.3.0 and later (evidence: elastic/kibana#131084 v8.3.0, elastic/kibana#130826,
   * src/platform/packages/shared/kbn-connector-schemas/servicenow/schemas/v1.ts at 4c59e9d).
   * @default - none
   */
  readonly userIdentifierValue?: string;
  /**
   * Client id of the ServiceNow OAuth application.
   *
   * Kibana 8.3.0 and later (evidence: elastic/kibana#131084 v8.3.0, elastic/kibana#130826,
   * src/platform/packages/shared/kbn-connector-schemas/servicenow/schemas/v1.ts at 4c59e9d).
   * @default - none
   */
  readonly clientId?: string;
  /**
   * Key id of the JWT verifier map, for OAuth.
   *
   * Kibana 8.3.0 and later (evidence: elastic/kibana#131084 v8.3.0, elastic/kibana#130826,
   * src/platform/packages/shared/kbn-connector-schemas/servicenow/schemas/v1.ts at 4c59e9d).
   * @default - none
   */
  readonly jwtKeyId?: string;
}

/**
 * Secrets fields of the `servicenow` group, shared by the connector types that include it: The
 * ServiceNow instance address and its credentials, a user name and password or OAuth with a signed
 * JWT, as the ServiceNow ITSM, SecOps and ITOM connectors share them.
 */
export interface ServicenowSecrets {
  /**
   * ServiceNow user name, for basic authentication.
   * @default - none
   */
  readonly username?: string;
  /**
   * ServiceNow password, for basic authentication.
   * @default - none
   */
  readonly password?: string;
  /**
   * Client secret of the OAuth application.
   *
   * Kibana 8.3.0 and later (evidence: elastic/kibana#131084 v8.3.0, elastic/kibana#130826,
   * src/platform/packages/shared/kbn-connector-schemas/servicenow/schemas/v1.ts at 4c59e9d).
   * @default - none
   */
  readonly clientSecret?: string;
  /**
   * PEM private key that signs the JWT, for OAuth.
   *
   * Kibana 8.3.0 and later (evidence: elastic/kibana#131084 v8.3.0, elastic/kibana#130826,
   * src/platform/packages/shared/kbn-connector-schemas/servicenow/schemas/v1.ts at 4c59e9d).
   * @default - none
   */
  readonly privateKey?: string;
  /**
   * Passphrase of the private key.
   *
   * Kibana 8.3.0 and later (evidence: elastic/kibana#131084 v8.3.0, elastic/kibana#130826,
   * src/platform/packages/shared/kbn-connector-schemas/servicenow/schemas/v1.ts at 4c59e9d).
   * @default - none
   */
  readonly privateKeyPassword?: string;
}
