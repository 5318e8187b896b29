// GENERATED FILE: do not edit by hand.
// Written by the connector generator (generator/connectors/) from its inputs:
// catalog/xmatters.json.
// Regenerate with: npx projen generate
import { ConnectorSpec } from '../../engine/spec';
import { CATALOG } from './catalog';

/**
 * What Kibana accepts in a `.xmatters` connector, per version, as the rule engine (src/engine/) reads
 * it. Versions: Kibana 8.2 and later (evidence: elastic/kibana#122357,
 * x-pack/platform/plugins/shared/stack_connectors/server/connector_types/xmatters/index.ts at 05c8429,
 * unsettled).
 */
export const XMATTERS_CONNECTOR_SPEC: ConnectorSpec = {
  typeId: '.xmatters',
  subject: 'connector',
  catalog: CATALOG,
  versions: [{ since: '8.2' }],
  strict: true,
  config: [
    { key: 'configUrl', type: 'string', url: true },
    { key: 'usesBasic', type: 'boolean', defaults: [{ value: true }], send: true },
  ],
  secrets: [
    { key: 'user', type: 'string' },
    { key: 'password', type: 'string' },
    { key: 'secretsUrl', type: 'string', url: true },
  ],
  params: [
    { key: 'severity', type: 'string', required: true },
    { key: 'alertActionGroupName', type: 'string' },
    { key: 'signalId', type: 'string' },
    { key: 'ruleName', type: 'string' },
    { key: 'date', type: 'string' },
    { key: 'spaceId', type: 'string' },
    { key: 'tags', type: 'string' },
  ],
  rules: [
    {
      kind: 'when',
      when: [{ path: 'config.usesBasic', op: 'equals', values: [true] }],
      require: ['config.configUrl', 'secrets.user', 'secrets.password'],
      forbid: ['secrets.secretsUrl'],
    },
    {
      kind: 'when',
      when: [{ path: 'config.usesBasic', op: 'equals', values: [false] }],
      require: ['secrets.secretsUrl'],
      forbid: ['config.configUrl', 'secrets.user', 'secrets.password'],
    },
  ],
};
