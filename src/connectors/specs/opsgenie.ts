// GENERATED FILE: do not edit by hand.
// Written by the connector generator (generator/connectors/) from its inputs:
// catalog/opsgenie.json.
// Regenerate with: npx projen generate
import { ConnectorSpec } from '../../engine/spec';
import { CATALOG } from './catalog';

/**
 * What Kibana accepts in a `.opsgenie` connector, per version, as the rule engine (src/engine/) reads
 * it. Versions: Kibana 8.6 and later (evidence:
 * src/platform/packages/shared/kbn-connector-schemas/opsgenie/schemas/v1.ts at 1594432).
 */
export const OPSGENIE_CONNECTOR_SPEC: ConnectorSpec = {
  typeId: '.opsgenie',
  catalog: CATALOG,
  versions: [{ since: '8.6' }],
  strict: true,
  config: [
    { key: 'apiUrl', type: 'string', required: true, url: true },
  ],
  secrets: [
    { key: 'apiKey', type: 'string', required: true },
  ],
  rules: [],
};
