// GENERATED FILE: do not edit by hand.
// Written by the connector generator (generator/connectors/) from its inputs:
// catalog/webhook.json.
// Regenerate with: npx projen generate
import { ConnectorSpec } from '../../engine/spec';
import { CATALOG } from './catalog';
import { HTTP_AUTH_GROUP } from './groups/http-auth';
import { TLS_GROUP } from './groups/tls';
import { OAUTH_CLIENT_CREDENTIALS_GROUP } from './groups/oauth-client-credentials';
import { AUTH_SCHEMES_GROUP } from './groups/auth-schemes';

/**
 * What Kibana accepts in a `.webhook` connector, per version, as the rule engine (src/engine/) reads
 * it. Versions: Kibana 7.x and later (evidence:
 * x-pack/plugins/stack_connectors/server/connector_types/webhook/index.ts at 04e8ba1,
 * x-pack/platform/plugins/shared/stack_connectors/server/connector_types/webhook/index.ts at 027ff21).
 */
export const WEBHOOK_CONNECTOR_SPEC: ConnectorSpec = {
  typeId: '.webhook',
  subject: 'connector',
  catalog: CATALOG,
  versions: [{ since: '7.x' }],
  strict: true,
  config: [
    { key: 'url', type: 'string', required: true, url: true },
    {
      key: 'method',
      type: 'enum',
      values: ['post', 'put', 'patch', 'get', 'delete'],
      valueVersions: { patch: [{ since: '9.3.0' }], get: [{ since: '9.3.0' }], delete: [{ since: '9.3.0' }] },
      defaults: [{ value: 'post' }],
      send: true,
    },
  ],
  secrets: [],
  params: [
    { key: 'body', type: 'string' },
  ],
  groups: [
    { group: HTTP_AUTH_GROUP },
    { group: TLS_GROUP },
    { group: OAUTH_CLIENT_CREDENTIALS_GROUP },
    { group: AUTH_SCHEMES_GROUP },
  ],
  rules: [
    {
      kind: 'when',
      when: [{ path: 'config.hasAuth', op: 'equals', values: [false] }],
      forbid: ['config.authType'],
      versions: [{ since: '8.10.0' }],
    },
  ],
};
