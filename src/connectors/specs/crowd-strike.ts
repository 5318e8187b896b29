// GENERATED FILE: do not edit by hand.
// Written by the connector generator (generator/connectors/) from its inputs:
// catalog/crowd-strike.json.
// Regenerate with: npx projen generate
import { ConnectorSpec } from '../../engine/spec';
import { CATALOG } from './catalog';

/**
 * What Kibana accepts in a `.crowdstrike` connector, per version, as the rule engine (src/engine/)
 * reads it. Versions: Kibana 8.15 and later (evidence: elastic/kibana#180175 v8.14.0,
 * elastic/kibana#186801 v8.15.0).
 */
export const CROWD_STRIKE_CONNECTOR_SPEC: ConnectorSpec = {
  typeId: '.crowdstrike',
  subject: 'connector',
  catalog: CATALOG,
  versions: [{ since: '8.15' }],
  strict: true,
  config: [
    { key: 'url', type: 'string', required: true, url: true },
  ],
  secrets: [
    { key: 'clientId', type: 'string', required: true },
    { key: 'clientSecret', type: 'string', required: true },
  ],
  rules: [],
};
