// GENERATED FILE: do not edit by hand.
// Written by the connector generator (generator/connectors/) from its inputs:
// catalog/index-connector.json.
// Regenerate with: npx projen generate
import { ConnectorSpec } from '../../engine/spec';
import { CATALOG } from './catalog';

/**
 * What Kibana accepts in a `.index` connector, per version, as the rule engine (src/engine/) reads it.
 * Versions: Kibana 7.x and later (evidence: unsettled).
 */
export const INDEX_CONNECTOR_SPEC: ConnectorSpec = {
  typeId: '.index',
  subject: 'connector',
  catalog: CATALOG,
  versions: [{ since: '7.x' }],
  strict: true,
  config: [
    { key: 'index', type: 'string', required: true },
    { key: 'refresh', type: 'boolean', defaults: [{ value: false }], send: true },
    { key: 'executionTimeField', type: 'string' },
  ],
  secrets: [],
  params: [
    { key: 'documents', type: 'jsonList', required: true },
    { key: 'indexOverride', type: 'string', versions: [{ since: '7.13.0' }] },
  ],
  rules: [],
};
