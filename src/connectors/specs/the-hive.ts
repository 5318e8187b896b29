// GENERATED FILE: do not edit by hand.
// Written by the connector generator (generator/connectors/) from its inputs:
// catalog/the-hive.json.
// Regenerate with: npx projen generate
import { ConnectorSpec } from '../../engine/spec';
import { CATALOG } from './catalog';

/**
 * What Kibana accepts in a `.thehive` connector, per version, as the rule engine (src/engine/) reads
 * it. Versions: Kibana 8.16 and later (evidence: elastic/kibana#180138, elastic/kibana#191903 v8.16.0,
 * elastic/kibana#192424 v8.16.0).
 */
export const THE_HIVE_CONNECTOR_SPEC: ConnectorSpec = {
  typeId: '.thehive',
  subject: 'connector',
  catalog: CATALOG,
  versions: [{ since: '8.16' }],
  strict: true,
  config: [
    { key: 'url', type: 'string', required: true, url: true },
    { key: 'organisation', type: 'string' },
  ],
  secrets: [
    { key: 'apiKey', type: 'string', required: true },
  ],
  rules: [],
};
