// GENERATED FILE: do not edit by hand.
// Written by the connector generator (generator/connectors/) from its inputs:
// catalog/jira.json.
// Regenerate with: npx projen generate
import { ConnectorSpec, FieldSpec } from '../../engine/spec';
import { CATALOG } from './catalog';

/** The fields of JiraIncident. */
const JIRA_INCIDENT_FIELDS: readonly FieldSpec[] = [
  { key: 'summary', type: 'string', required: true },
  { key: 'description', type: 'string' },
  { key: 'externalId', type: 'string' },
  { key: 'issueType', type: 'string' },
  { key: 'priority', type: 'string' },
  { key: 'labels', type: 'stringList' },
  { key: 'parent', type: 'string' },
  { key: 'otherFields', type: 'json', versions: [{ since: '8.14.0' }] },
];

/** The fields of JiraComment. */
const JIRA_COMMENT_FIELDS: readonly FieldSpec[] = [
  { key: 'comment', type: 'string', required: true },
  { key: 'commentId', type: 'string', required: true },
];

/** The fields of JiraSubActionParams. */
const JIRA_SUB_ACTION_PARAMS_FIELDS: readonly FieldSpec[] = [
  { key: 'incident', type: 'struct', required: true, fields: JIRA_INCIDENT_FIELDS },
  { key: 'comments', type: 'structList', fields: JIRA_COMMENT_FIELDS },
];

/**
 * What Kibana accepts in a `.jira` connector, per version, as the rule engine (src/engine/) reads it.
 * Versions: Kibana 7.x and later (evidence: elastic/kibana#73778 v7.10.0, elastic/kibana#78316
 * v7.10.0).
 */
export const JIRA_CONNECTOR_SPEC: ConnectorSpec = {
  typeId: '.jira',
  subject: 'connector',
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
  params: [
    { key: 'subAction', type: 'enum', required: true, values: ['pushToService'] },
    { key: 'subActionParams', type: 'struct', required: true, fields: JIRA_SUB_ACTION_PARAMS_FIELDS },
  ],
  rules: [],
};
