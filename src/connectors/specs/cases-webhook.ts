// GENERATED FILE: do not edit by hand.
// Written by the connector generator (generator/connectors/) from its inputs:
// catalog/cases-webhook.json.
// Regenerate with: npx projen generate
import { ConnectorSpec } from '../../engine/spec';
import { CATALOG } from './catalog';
import { HTTP_AUTH_GROUP } from './groups/http-auth';
import { TLS_GROUP } from './groups/tls';
import { OAUTH_CLIENT_CREDENTIALS_GROUP } from './groups/oauth-client-credentials';
import { AUTH_SCHEMES_GROUP } from './groups/auth-schemes';

/**
 * What Kibana accepts in a `.cases-webhook` connector, per version, as the rule engine (src/engine/)
 * reads it. Versions: Kibana 8.4 and later (evidence: elastic/kibana#131762,
 * x-pack/platform/plugins/shared/stack_connectors/server/connector_types/cases_webhook/index.ts at
 * 167598a).
 */
export const CASES_WEBHOOK_CONNECTOR_SPEC: ConnectorSpec = {
  typeId: '.cases-webhook',
  subject: 'connector',
  catalog: CATALOG,
  versions: [{ since: '8.4' }],
  strict: true,
  config: [
    { key: 'createIncidentUrl', type: 'string', required: true, url: true },
    { key: 'createIncidentMethod', type: 'enum', values: ['post', 'put'], defaults: [{ value: 'post' }], send: true },
    { key: 'createIncidentJson', type: 'string', required: true },
    { key: 'createIncidentResponseKey', type: 'string', required: true },
    {
      key: 'getIncidentMethod',
      property: 'readIncidentMethod',
      type: 'enum',
      values: ['get', 'post'],
      versions: [{ since: '8.17.0' }],
      defaults: [{ value: 'get' }],
    },
    { key: 'getIncidentUrl', property: 'readIncidentUrl', type: 'string', required: true },
    { key: 'getIncidentJson', property: 'readIncidentJson', type: 'string', versions: [{ since: '8.17.0' }] },
    {
      key: 'getIncidentResponseExternalTitleKey',
      property: 'readIncidentResponseExternalTitleKey',
      type: 'string',
      required: true,
    },
    { key: 'viewIncidentUrl', type: 'string', required: true },
    { key: 'updateIncidentUrl', type: 'string', required: true },
    {
      key: 'updateIncidentMethod',
      type: 'enum',
      values: ['post', 'patch', 'put'],
      defaults: [{ value: 'put' }],
      send: true,
    },
    { key: 'updateIncidentJson', type: 'string', required: true },
    { key: 'createCommentUrl', type: 'string' },
    {
      key: 'createCommentMethod',
      type: 'enum',
      values: ['post', 'put', 'patch'],
      defaults: [{ value: 'put' }],
      send: true,
    },
    { key: 'createCommentJson', type: 'string' },
  ],
  secrets: [],
  groups: [
    {
      group: HTTP_AUTH_GROUP,
      overrides: {
        'config.authType': {
          values: ['webhook-authentication-basic', 'webhook-authentication-ssl', 'http-authentication-query-param'],
          versions: [{ since: '8.15.0' }],
          defaults: [{ value: 'webhook-authentication-basic', versions: [{ since: '9.4.0' }] }],
          send: true,
        },
      },
    },
    {
      group: TLS_GROUP,
      overrides: {
        'config.certType': { versions: [{ since: '8.15.0' }] },
        'config.ca': { versions: [{ since: '8.15.0' }] },
        'config.verificationMode': { versions: [{ since: '8.15.0' }] },
        'secrets.crt': { versions: [{ since: '8.15.0' }] },
        'secrets.key': { versions: [{ since: '8.15.0' }] },
        'secrets.pfx': { versions: [{ since: '8.15.0' }] },
      },
    },
    { group: OAUTH_CLIENT_CREDENTIALS_GROUP },
    { group: AUTH_SCHEMES_GROUP },
  ],
  rules: [
    {
      kind: 'when',
      when: [{ path: 'config.hasAuth', op: 'equals', values: [true] }],
      requireAnyOf: ['secrets.user', 'secrets.crt', 'secrets.pfx', 'secrets.clientSecret', 'secrets.secretHeaders'],
    },
  ],
};
