// GENERATED FILE: do not edit by hand.
// Written by the connector generator (generator/connectors/) from its inputs:
// catalog/teams.json.
// Regenerate with: npx projen generate
import { ConnectorSpec } from '../../engine/spec';
import { CATALOG } from './catalog';

/**
 * What Kibana accepts in a `.teams` connector, per version, as the rule engine (src/engine/) reads it.
 * Versions: Kibana 7.x and later (evidence: unsettled).
 */
export const TEAMS_CONNECTOR_SPEC: ConnectorSpec = {
  typeId: '.teams',
  subject: 'connector',
  catalog: CATALOG,
  versions: [{ since: '7.x' }],
  strict: true,
  config: [],
  secrets: [
    { key: 'webhookUrl', type: 'string', required: true, url: true },
  ],
  params: [
    { key: 'message', type: 'string', required: true },
  ],
  rules: [],
};
