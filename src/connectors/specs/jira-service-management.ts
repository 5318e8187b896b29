// GENERATED FILE: do not edit by hand.
// Written by the connector generator (generator/connectors/) from its inputs:
// catalog/jira-service-management.json.
// Regenerate with: npx projen generate
import { ConnectorSpec } from '../../engine/spec';
import { CATALOG } from './catalog';

/**
 * What Kibana accepts in a `.jira-service-management` connector, per version, as the rule engine
 * (src/engine/) reads it. Versions: Kibana 9.2 and later (evidence: elastic/kibana#231155).
 */
export const JIRA_SERVICE_MANAGEMENT_CONNECTOR_SPEC: ConnectorSpec = {
  typeId: '.jira-service-management',
  catalog: CATALOG,
  versions: [{ since: '9.2' }],
  strict: true,
  config: [
    { key: 'apiUrl', type: 'string', required: true, url: true },
  ],
  secrets: [
    { key: 'apiKey', type: 'string', required: true },
  ],
  rules: [],
};
