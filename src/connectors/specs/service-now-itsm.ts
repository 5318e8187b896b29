// GENERATED FILE: do not edit by hand.
// Written by the connector generator (generator/connectors/) from its inputs:
// catalog/service-now-itsm.json.
// Regenerate with: npx projen generate
import { ConnectorSpec } from '../../engine/spec';
import { CATALOG } from './catalog';

/**
 * What Kibana accepts in a `.servicenow` connector, per version, as the rule engine (src/engine/)
 * reads it. Versions: Kibana 7.x and later (evidence: unsettled).
 */
export const SERVICE_NOW_ITSM_CONNECTOR_SPEC: ConnectorSpec = {
  typeId: '.servicenow',
  catalog: CATALOG,
  versions: [{ since: '7.x' }],
  strict: true,
  config: [
    { key: 'apiUrl', type: 'string', required: true, url: true },
    { key: 'isOAuth', type: 'boolean', versions: [{ since: '8.3.0' }], defaults: [{ value: false }], send: true },
    { key: 'userIdentifierValue', type: 'string', versions: [{ since: '8.3.0' }] },
    { key: 'clientId', type: 'string', versions: [{ since: '8.3.0' }] },
    { key: 'jwtKeyId', type: 'string', versions: [{ since: '8.3.0' }] },
    { key: 'usesTableApi', type: 'boolean', defaults: [{ value: true }], send: true },
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
    },
    { kind: 'together', paths: ['secrets.username', 'secrets.password'] },
    { kind: 'together', paths: ['secrets.clientSecret', 'secrets.privateKey'] },
  ],
};
