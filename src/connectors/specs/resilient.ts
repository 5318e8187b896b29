// GENERATED FILE: do not edit by hand.
// Written by the connector generator (generator/connectors/) from its inputs:
// catalog/resilient.json.
// Regenerate with: npx projen generate
import { ConnectorSpec } from '../../engine/spec';
import { CATALOG } from './catalog';

/**
 * What Kibana accepts in a `.resilient` connector, per version, as the rule engine (src/engine/) reads
 * it. Versions: Kibana 7.9 and later (evidence: elastic/kibana#66385, elastic/kibana#78316 v7.10.0).
 */
export const RESILIENT_CONNECTOR_SPEC: ConnectorSpec = {
  typeId: '.resilient',
  subject: 'connector',
  catalog: CATALOG,
  versions: [{ since: '7.9' }],
  strict: true,
  config: [
    { key: 'apiUrl', type: 'string', required: true, url: true },
    { key: 'orgId', type: 'string', required: true },
  ],
  secrets: [
    { key: 'apiKeyId', type: 'string', required: true },
    { key: 'apiKeySecret', type: 'string', required: true },
  ],
  rules: [],
};
