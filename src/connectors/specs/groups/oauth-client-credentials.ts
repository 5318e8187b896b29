// GENERATED FILE: do not edit by hand.
// Written by the connector generator (generator/connectors/) from its inputs:
// catalog/groups/oauth-client-credentials.json.
// Regenerate with: npx projen generate
import { GroupSpec } from '../../../engine/spec';

/**
 * The `oauth-client-credentials` group's fields and rules, as the rule engine (src/engine/) reads
 * them.
 */
export const OAUTH_CLIENT_CREDENTIALS_GROUP: GroupSpec = {
  name: 'oauth-client-credentials',
  config: [
    { key: 'accessTokenUrl', type: 'string', url: true, versions: [{ since: '9.2.0' }] },
    { key: 'clientId', type: 'string', versions: [{ since: '9.2.0' }] },
    { key: 'scope', type: 'string', versions: [{ since: '9.2.0' }] },
    { key: 'additionalFields', type: 'string', versions: [{ since: '9.2.0' }] },
  ],
  secrets: [
    { key: 'clientSecret', type: 'string', versions: [{ since: '9.2.0' }] },
  ],
  rules: [
    {
      kind: 'when',
      when: [
        { path: 'config.hasAuth', op: 'equals', values: [true] },
        { path: 'config.authType', op: 'equals', values: ['webhook-oauth2-client-credentials'] },
      ],
      require: ['config.accessTokenUrl', 'config.clientId'],
      versions: [{ since: '9.2.0' }],
    },
    {
      kind: 'when',
      when: [
        { path: 'config.hasAuth', op: 'equals', values: [true] },
        { path: 'config.authType', op: 'equals', values: ['webhook-oauth2-client-credentials'] },
      ],
      require: ['secrets.clientSecret'],
      versions: [{ since: '9.2.0' }],
      runtimeOnly: true,
    },
    {
      kind: 'value',
      path: 'config.additionalFields',
      is: 'jsonObjectText',
      example: '{"audience":"api"}',
      versions: [{ since: '9.2.0' }],
    },
  ],
};
