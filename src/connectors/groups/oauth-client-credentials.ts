// GENERATED FILE: do not edit by hand.
// Written by the connector generator (generator/connectors/) from its inputs:
// catalog/groups/oauth-client-credentials.json.
// Regenerate with: npx projen generate
/**
 * Configuration fields of the `oauth-client-credentials` group, shared by the connector types that
 * include it: The OAuth 2.0 client-credentials scheme (`authType` webhook-oauth2-client-credentials).
 */
export interface OauthClientCredentialsConfig {
  /**
   * Token endpoint for the OAuth 2.0 client-credentials scheme.
   *
   * Must be an absolute http(s) URL.
   *
   * Kibana 9.2.0 and later (evidence: elastic/kibana#218442, elastic/kibana#238367,
   * src/platform/packages/shared/kbn-connector-schemas/common/auth/schemas/v1.ts at 4428bc1, unsettled).
   * @default - none
   */
  readonly accessTokenUrl?: string;
  /**
   * OAuth 2.0 client id for the client-credentials scheme.
   *
   * Kibana 9.2.0 and later (evidence: elastic/kibana#218442, elastic/kibana#238367,
   * src/platform/packages/shared/kbn-connector-schemas/common/auth/schemas/v1.ts at 4428bc1, unsettled).
   * @default - none
   */
  readonly clientId?: string;
  /**
   * OAuth 2.0 scope to request.
   *
   * Kibana 9.2.0 and later (evidence: elastic/kibana#218442, elastic/kibana#238367,
   * src/platform/packages/shared/kbn-connector-schemas/common/auth/schemas/v1.ts at 4428bc1, unsettled).
   * @default - none
   */
  readonly scope?: string;
  /**
   * Extra fields for the OAuth 2.0 token request, as JSON text of a non-empty object, such as
   * '{"audience":"api"}'.
   *
   * Kibana 9.2.0 and later (evidence: elastic/kibana#218442, elastic/kibana#238367,
   * src/platform/packages/shared/kbn-connector-schemas/common/auth/schemas/v1.ts at 4428bc1, unsettled).
   * @default - none
   */
  readonly additionalFields?: string;
}

/**
 * Secrets fields of the `oauth-client-credentials` group, shared by the connector types that include
 * it: The OAuth 2.0 client-credentials scheme (`authType` webhook-oauth2-client-credentials).
 */
export interface OauthClientCredentialsSecrets {
  /**
   * OAuth 2.0 client secret for the client-credentials scheme.
   *
   * Kibana 9.2.0 and later (evidence: elastic/kibana#218442, elastic/kibana#238367,
   * src/platform/packages/shared/kbn-connector-schemas/common/auth/schemas/v1.ts at 4428bc1, unsettled).
   * @default - none
   */
  readonly clientSecret?: string;
}
