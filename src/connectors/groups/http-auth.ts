// GENERATED FILE: do not edit by hand.
// Written by the connector generator (generator/connectors/) from its inputs:
// catalog/groups/http-auth.json.
// Regenerate with: npx projen generate
import { WebhookAuthType } from '../enums';

/**
 * Configuration fields of the `http-auth` group, shared by the connector types that include it: HTTP
 * headers, the credentials switch (`hasAuth`, `authType`) and basic authentication, as Kibana's
 * webhook-style connectors share them.
 */
export interface HttpAuthConfig {
  /**
   * Extra HTTP headers sent with every request.
   * @default - none
   */
  readonly headers?: { [key: string]: string };
  /**
   * Whether the request carries credentials. Set to false for an unauthenticated endpoint.
   *
   * When unset, the construct sends Kibana's default explicitly, so that Terraform sees no drift.
   * @default true
   */
  readonly hasAuth?: boolean;
  /**
   * Authentication scheme. Leave unset when `hasAuth` is false; when `hasAuth` is true and it is unset,
   * Kibana's newest schema stores `webhook-authentication-basic`.
   *
   * Kibana 8.10.0 and later (evidence: elastic/kibana#163899 v8.10.0, elastic/kibana#163983 v8.10.0,
   * x-pack/plugins/stack_connectors/server/connector_types/webhook/index.ts at 04e8ba1).
   *
   * Values that need another Kibana: `webhook-oauth2-client-credentials` Kibana 9.2.0 and later
   * (evidence: elastic/kibana#218442, elastic/kibana#238367, elastic/kibana#236109,
   * src/platform/packages/shared/kbn-connector-schemas/common/auth/constants.ts at 76746b5, unsettled);
   * `http-authentication-query-param` Kibana 9.4.0 and later (evidence:
   * src/platform/packages/shared/kbn-connector-schemas/common/auth/constants.ts at 76746b5,
   * src/platform/packages/shared/kbn-connector-schemas/common/auth/constants.ts at 11b9bae,
   * src/platform/packages/shared/kbn-connector-schemas/common/auth/schemas/v1.ts at 4428bc1,
   * src/platform/packages/shared/kbn-connector-schemas/common/auth/schemas/v1.ts at 11b9bae,
   * elastic/kibana#252702 v9.4.0, elastic/kibana#258291 v9.4.0, unsettled).
   *
   * Kibana's default depends on the version or on other fields: 'webhook-authentication-basic' (Kibana 9.4.0
   * and later, when config.hasAuth is true). When unset, the construct sends the default of the target
   * Kibana (context key `kibanaVersion`, else the newest), so that Terraform sees no drift.
   * @default - Kibana's default for the target version (see above)
   */
  readonly authType?: WebhookAuthType;
}

/**
 * Secrets fields of the `http-auth` group, shared by the connector types that include it: HTTP
 * headers, the credentials switch (`hasAuth`, `authType`) and basic authentication, as Kibana's
 * webhook-style connectors share them.
 */
export interface HttpAuthSecrets {
  /**
   * User name for basic authentication.
   * @default - none
   */
  readonly user?: string;
  /**
   * Password for basic authentication, or the passphrase of the client certificate.
   * @default - none
   */
  readonly password?: string;
}
