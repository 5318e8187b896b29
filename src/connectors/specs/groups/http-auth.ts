// GENERATED FILE: do not edit by hand.
// Written by the connector generator (generator/connectors/) from its inputs:
// catalog/groups/http-auth.json.
// Regenerate with: npx projen generate
import { GroupSpec } from '../../../engine/spec';

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
        'http-authentication-query-param': [{ since: '9.4.0' }],
      },
      defaults: [
        {
          value: 'webhook-authentication-basic',
          versions: [{ since: '9.4.0' }],
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
    {
      kind: 'when',
      when: [
        { path: 'config.hasAuth', op: 'equals', values: [true] },
        { path: 'config.authType', op: 'equals', values: ['webhook-authentication-basic'] },
      ],
      require: ['secrets.user', 'secrets.password'],
      runtimeOnly: true,
    },
  ],
};
