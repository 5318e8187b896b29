// GENERATED FILE: do not edit by hand.
// Written by the connector generator (generator/connectors/) from its inputs:
// catalog/groups/servicenow.json.
// Regenerate with: npx projen generate
import { GroupSpec } from '../../../engine/spec';

/** The `servicenow` group's fields and rules, as the rule engine (src/engine/) reads them. */
export const SERVICENOW_GROUP: GroupSpec = {
  name: 'servicenow',
  config: [
    { key: 'apiUrl', type: 'string', required: true, url: true },
    { key: 'isOAuth', type: 'boolean', versions: [{ since: '8.3.0' }], defaults: [{ value: false }], send: true },
    { key: 'userIdentifierValue', type: 'string', versions: [{ since: '8.3.0' }] },
    { key: 'clientId', type: 'string', versions: [{ since: '8.3.0' }] },
    { key: 'jwtKeyId', type: 'string', versions: [{ since: '8.3.0' }] },
  ],
  secrets: [
    { key: 'username', type: 'string' },
    { key: 'password', type: 'string' },
    { key: 'clientSecret', type: 'string', versions: [{ since: '8.3.0' }] },
    { key: 'privateKey', type: 'string', versions: [{ since: '8.3.0' }] },
    { key: 'privateKeyPassword', type: 'string', versions: [{ since: '8.3.0' }] },
  ],
  rules: [
    {
      kind: 'when',
      when: [{ path: 'config.isOAuth', op: 'equals', values: [false] }],
      require: ['secrets.username', 'secrets.password'],
      forbid: [
        'config.clientId',
        'config.userIdentifierValue',
        'config.jwtKeyId',
        'secrets.clientSecret',
        'secrets.privateKey',
      ],
      versions: [{ since: '8.3.0' }],
    },
    {
      kind: 'when',
      when: [{ path: 'config.isOAuth', op: 'equals', values: [true] }],
      require: [
        'config.clientId',
        'config.userIdentifierValue',
        'config.jwtKeyId',
        'secrets.clientSecret',
        'secrets.privateKey',
      ],
      forbid: ['secrets.username', 'secrets.password'],
      versions: [{ since: '8.3.0' }],
    },
    { kind: 'together', paths: ['secrets.username', 'secrets.password'] },
    { kind: 'together', paths: ['secrets.clientSecret', 'secrets.privateKey'], versions: [{ since: '8.3.0' }] },
    {
      kind: 'together',
      paths: ['config.apiUrl', 'secrets.username', 'secrets.password'],
      versions: [{ until: '8.3.0' }],
    },
  ],
};
