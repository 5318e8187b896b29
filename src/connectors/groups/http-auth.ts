// GENERATED FILE: do not edit by hand.
// Written by the connector generator (generator/connectors/) from its inputs:
// catalog/groups/http-auth.json.
// Regenerate with: npx projen generate
import { GroupSpec } from '../../engine/spec';
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
   * Kibana 8.10.0 and later (evidence: unsettled).
   *
   * Values that need another Kibana: `webhook-oauth2-client-credentials` Kibana 9.2.0 and later
   * (evidence: unsettled); `http-authentication-query-param` Kibana's main branch (in no release this
   * library was checked against) (evidence: unsettled).
   *
   * Kibana's default depends on the version or on other fields: 'webhook-authentication-basic' (Kibana's
   * main branch (in no release this library was checked against), when config.hasAuth is true). When
   * unset, the construct sends the default of the target Kibana (context key `kibanaVersion`, else the
   * newest), so that Terraform sees no drift.
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

/** The `http-auth` group's fields and rules, as the rule engine (src/engine/) reads them. */
export const HTTP_AUTH_GROUP: GroupSpec = {
  name: 'http-auth',
  config: [
    { key: 'headers', type: 'stringMap' },
    { key: 'hasAuth', type: 'boolean', defaults: [{ value: true }], send: true },
    {
      key: 'authType',
      type: 'enum',
      values: [
        'webhook-authentication-basic',
        'webhook-authentication-ssl',
        'webhook-oauth2-client-credentials',
        'http-authentication-query-param',
      ],
      versions: [{ since: '8.10.0' }],
      valueVersions: {
        'webhook-oauth2-client-credentials': [{ since: '9.2.0' }],
        'http-authentication-query-param': [{ since: 'unreleased' }],
      },
      defaults: [
        {
          value: 'webhook-authentication-basic',
          versions: [{ since: 'unreleased' }],
          when: [{ path: 'config.hasAuth', op: 'equals', values: [true] }],
        },
      ],
      send: true,
    },
  ],
  secrets: [
    { key: 'user', type: 'string' },
    { key: 'password', type: 'string' },
  ],
  rules: [
    { kind: 'when', when: [{ path: 'config.hasAuth', op: 'equals', values: [false] }], forbid: ['config.authType'] },
    {
      kind: 'when',
      when: [
        { path: 'config.hasAuth', op: 'equals', values: [true] },
        { path: 'config.authType', op: 'equals', values: ['webhook-authentication-basic'] },
      ],
      require: ['secrets.user', 'secrets.password'],
    },
  ],
};
