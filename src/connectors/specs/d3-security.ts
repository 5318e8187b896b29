// GENERATED FILE: do not edit by hand.
// Written by the connector generator (generator/connectors/) from its inputs:
// catalog/d3-security.json.
// Regenerate with: npx projen generate
import { ConnectorSpec } from '../../engine/spec';
import { CATALOG } from './catalog';

/**
 * What Kibana accepts in a `.d3security` connector, per version, as the rule engine (src/engine/)
 * reads it. Versions: Kibana 8.x and later (evidence: unsettled).
 */
export const D3_SECURITY_CONNECTOR_SPEC: ConnectorSpec = {
  typeId: '.d3security',
  catalog: CATALOG,
  versions: [{ since: '8.x' }],
  strict: true,
  config: [
    { key: 'url', type: 'string', required: true, url: true },
  ],
  secrets: [
    { key: 'token', type: 'string', required: true },
  ],
  rules: [],
};
