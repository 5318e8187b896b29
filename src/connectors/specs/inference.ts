// GENERATED FILE: do not edit by hand.
// Written by the connector generator (generator/connectors/) from its inputs:
// catalog/inference.json.
// Regenerate with: npx projen generate
import { ConnectorSpec } from '../../engine/spec';
import { CATALOG } from './catalog';

/**
 * What Kibana accepts in a `.inference` connector, per version, as the rule engine (src/engine/) reads
 * it. Versions: Kibana 8.16 and later (evidence: unsettled).
 */
export const INFERENCE_CONNECTOR_SPEC: ConnectorSpec = {
  typeId: '.inference',
  catalog: CATALOG,
  versions: [{ since: '8.16' }],
  strict: true,
  config: [
    { key: 'provider', type: 'string', required: true },
    { key: 'taskType', type: 'enum', required: true },
    { key: 'inferenceId', type: 'string', required: true },
    { key: 'providerConfig', type: 'json', defaults: [{ value: {} }], send: true },
    { key: 'taskTypeConfig', type: 'json', defaults: [{ value: {} }], send: true },
    { key: 'contextWindowLength', type: 'number', min: 1, integer: true },
    { key: 'headers', type: 'stringMap' },
    { key: 'temperature', type: 'number' },
  ],
  secrets: [
    { key: 'providerSecrets', type: 'json' },
  ],
  rules: [],
};
