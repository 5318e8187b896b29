// GENERATED FILE: do not edit by hand.
// Written by the connector generator (generator/connectors/) from its inputs:
// catalog/jira-service-management.json.
// Regenerate with: npx projen generate
import { ConnectorSpec, FieldSpec } from '../../engine/spec';
import { CATALOG } from './catalog';

/** The fields of JiraServiceManagementResponder. */
const JIRA_SERVICE_MANAGEMENT_RESPONDER_FIELDS: readonly FieldSpec[] = [
  { key: 'id', type: 'string', required: true },
  { key: 'type', type: 'enum', required: true, values: ['team', 'user', 'escalation', 'schedule'] },
];

/** The fields of JiraServiceManagementVisibleTo. */
const JIRA_SERVICE_MANAGEMENT_VISIBLE_TO_FIELDS: readonly FieldSpec[] = [
  { key: 'id', type: 'string', required: true },
  { key: 'type', type: 'enum', required: true, values: ['team', 'user'] },
];

/** The fields of JiraServiceManagementSubActionParams. */
const JIRA_SERVICE_MANAGEMENT_SUB_ACTION_PARAMS_FIELDS: readonly FieldSpec[] = [
  { key: 'message', type: 'string', maxLength: 130 },
  { key: 'alias', type: 'string' },
  { key: 'description', type: 'string', maxLength: 15000 },
  { key: 'responders', type: 'structList', maxItems: 50, fields: JIRA_SERVICE_MANAGEMENT_RESPONDER_FIELDS },
  { key: 'visibleTo', type: 'structList', maxItems: 50, fields: JIRA_SERVICE_MANAGEMENT_VISIBLE_TO_FIELDS },
  { key: 'actions', type: 'stringList', maxItems: 10 },
  { key: 'tags', type: 'stringList', maxItems: 20 },
  { key: 'details', type: 'stringMap' },
  { key: 'entity', type: 'string', maxLength: 512 },
  { key: 'source', type: 'string', maxLength: 100 },
  { key: 'priority', type: 'enum', values: ['P1', 'P2', 'P3', 'P4', 'P5'] },
  { key: 'user', type: 'string', maxLength: 100 },
  { key: 'note', type: 'string', maxLength: 25000 },
];

/**
 * What Kibana accepts in a `.jira-service-management` connector, per version, as the rule engine
 * (src/engine/) reads it. Versions: Kibana 9.2 and later (evidence: elastic/kibana#231155).
 */
export const JIRA_SERVICE_MANAGEMENT_CONNECTOR_SPEC: ConnectorSpec = {
  typeId: '.jira-service-management',
  subject: 'connector',
  catalog: CATALOG,
  versions: [{ since: '9.2' }],
  strict: true,
  config: [
    { key: 'apiUrl', type: 'string', required: true, url: true },
  ],
  secrets: [
    { key: 'apiKey', type: 'string', required: true },
  ],
  params: [
    { key: 'subAction', type: 'enum', required: true, values: ['createAlert', 'closeAlert'] },
    { key: 'subActionParams', type: 'struct', required: true, fields: JIRA_SERVICE_MANAGEMENT_SUB_ACTION_PARAMS_FIELDS },
  ],
  rules: [
    {
      kind: 'when',
      when: [{ path: 'params.subAction', op: 'equals', values: ['createAlert'] }],
      require: ['params.subActionParams.message'],
    },
    {
      kind: 'when',
      when: [{ path: 'params.subAction', op: 'equals', values: ['closeAlert'] }],
      require: ['params.subActionParams.alias'],
    },
  ],
};
