// GENERATED FILE: do not edit by hand.
// Written by the connector generator (generator/connectors/) from its inputs:
// catalog/tines.json.
// Regenerate with: npx projen generate
import { ConnectorSpec } from '../../engine/spec';
import { CATALOG } from './catalog';

/**
 * What Kibana accepts in a `.tines` connector, per version, as the rule engine (src/engine/) reads it.
 * Versions: Kibana 8.6 and later (evidence: elastic/kibana#143505,
 * src/platform/packages/shared/kbn-connector-schemas/tines/schemas/v1.ts at 50558a2).
 */
export const TINES_CONNECTOR_SPEC: ConnectorSpec = {
  typeId: '.tines',
  catalog: CATALOG,
  versions: [{ since: '8.6' }],
  strict: true,
  config: [
    { key: 'url', type: 'string', required: true, url: true },
  ],
  secrets: [
    { key: 'email', type: 'string', required: true },
    { key: 'token', type: 'string', required: true },
  ],
  rules: [],
};
