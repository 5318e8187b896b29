// GENERATED FILE: do not edit by hand.
// Written by the connector generator (generator/connectors/) from its inputs:
// catalog/d3-security.json.
// Regenerate with: npx projen generate
import { ConnectorSpec } from '../../engine/spec';
import { CATALOG } from './catalog';

/**
 * What Kibana accepts in a `.d3security` connector, per version, as the rule engine (src/engine/)
 * reads it. Versions: Kibana 8.9 and later (evidence: elastic/kibana#158569 v8.9.0,
 * src/platform/packages/shared/kbn-connector-schemas/d3security/schemas/v1.ts at 0fc569e).
 */
export const D3_SECURITY_CONNECTOR_SPEC: ConnectorSpec = {
  typeId: '.d3security',
  catalog: CATALOG,
  versions: [{ since: '8.9' }],
  strict: true,
  config: [
    { key: 'url', type: 'string', required: true, url: true },
  ],
  secrets: [
    { key: 'token', type: 'string', required: true },
  ],
  rules: [],
};
