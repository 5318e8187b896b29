// GENERATED FILE: do not edit by hand.
// Written by the connector generator (generator/connectors/) from its inputs:
// catalog/resilient.json.
// Regenerate with: npx projen generate
import { ConnectorSpec, FieldSpec } from '../../engine/spec';
import { CATALOG } from './catalog';

/** The fields of ResilientIncident. */
const RESILIENT_INCIDENT_FIELDS: readonly FieldSpec[] = [
  { key: 'name', type: 'string', required: true },
  { key: 'description', type: 'string' },
  { key: 'externalId', type: 'string' },
  { key: 'incidentTypes', type: 'numberList' },
  { key: 'severityCode', type: 'number' },
  { key: 'additionalFields', type: 'json', versions: [{ since: '9.2.0' }] },
];

/** The fields of ResilientComment. */
const RESILIENT_COMMENT_FIELDS: readonly FieldSpec[] = [
  { key: 'comment', type: 'string', required: true },
  { key: 'commentId', type: 'string', required: true },
];

/** The fields of ResilientSubActionParams. */
const RESILIENT_SUB_ACTION_PARAMS_FIELDS: readonly FieldSpec[] = [
  { key: 'incident', type: 'struct', required: true, fields: RESILIENT_INCIDENT_FIELDS },
  { key: 'comments', type: 'structList', fields: RESILIENT_COMMENT_FIELDS },
];

/**
 * What Kibana accepts in a `.resilient` connector, per version, as the rule engine (src/engine/) reads
 * it. Versions: Kibana 7.9 and later (evidence: elastic/kibana#66385, elastic/kibana#78316 v7.10.0).
 */
export const RESILIENT_CONNECTOR_SPEC: ConnectorSpec = {
  typeId: '.resilient',
  subject: 'connector',
  catalog: CATALOG,
  versions: [{ since: '7.9' }],
  strict: true,
  config: [
    { key: 'apiUrl', type: 'string', required: true, url: true },
    { key: 'orgId', type: 'string', required: true },
  ],
  secrets: [
    { key: 'apiKeyId', type: 'string', required: true },
    { key: 'apiKeySecret', type: 'string', required: true },
  ],
  params: [
    { key: 'subAction', type: 'enum', required: true, values: ['pushToService'] },
    { key: 'subActionParams', type: 'struct', required: true, fields: RESILIENT_SUB_ACTION_PARAMS_FIELDS },
  ],
  rules: [],
};
