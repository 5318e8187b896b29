// GENERATED FILE: do not edit by hand.
// Written by the connector generator (generator/connectors/) from its inputs:
// catalog/sentinel-one.json.
// Regenerate with: npx projen generate
import { ConnectorSpec } from '../../engine/spec';
import { CATALOG } from './catalog';

/**
 * What Kibana accepts in a `.sentinelone` connector, per version, as the rule engine (src/engine/)
 * reads it. Versions: Kibana 8.12 and later (evidence: elastic/kibana#173859 v8.12.0,
 * elastic/kibana#174648 v8.13.0).
 */
export const SENTINEL_ONE_CONNECTOR_SPEC: ConnectorSpec = {
  typeId: '.sentinelone',
  subject: 'connector',
  catalog: CATALOG,
  versions: [{ since: '8.12' }],
  strict: true,
  config: [
    { key: 'url', type: 'string', required: true, url: true },
  ],
  secrets: [
    { key: 'token', type: 'string', required: true },
  ],
  rules: [],
};
