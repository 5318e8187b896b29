// GENERATED FILE: do not edit by hand.
// Written by the connector generator (generator/connectors/) from its inputs:
// catalog/jira.json.
// Regenerate with: npx projen generate
import { ConnectorSpec } from '../../engine/spec';
import { CATALOG } from './catalog';

/**
 * What Kibana accepts in a `.jira` connector, per version, as the rule engine (src/engine/) reads it.
 * Versions: Kibana 7.x and later (evidence: elastic/kibana#73778 v7.10.0, elastic/kibana#78316
 * v7.10.0).
 */
export const JIRA_CONNECTOR_SPEC: ConnectorSpec = {
  typeId: '.jira',
  catalog: CATALOG,
  versions: [{ since: '7.x' }],
  strict: true,
  config: [
    { key: 'apiUrl', type: 'string', required: true, url: true },
    { key: 'projectKey', type: 'string', required: true },
  ],
  secrets: [
    { key: 'email', type: 'string', required: true },
    { key: 'apiToken', type: 'string', required: true },
  ],
  rules: [],
};
