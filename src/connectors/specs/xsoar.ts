// GENERATED FILE: do not edit by hand.
// Written by the connector generator (generator/connectors/) from its inputs:
// catalog/xsoar.json.
// Regenerate with: npx projen generate
import { ConnectorSpec } from '../../engine/spec';
import { CATALOG } from './catalog';

/**
 * What Kibana accepts in a `.xsoar` connector, per version, as the rule engine (src/engine/) reads it.
 * Versions: Kibana 9.1 and later (evidence: elastic/kibana#212049,
 * docs/reference/connectors-kibana/xsoar-action-type.md at 04b8cc1).
 */
export const XSOAR_CONNECTOR_SPEC: ConnectorSpec = {
  typeId: '.xsoar',
  subject: 'connector',
  catalog: CATALOG,
  versions: [{ since: '9.1' }],
  strict: true,
  config: [
    { key: 'url', type: 'string', required: true, url: true },
  ],
  secrets: [
    { key: 'apiKey', type: 'string', required: true },
    { key: 'apiKeyID', type: 'string' },
  ],
  rules: [],
};
