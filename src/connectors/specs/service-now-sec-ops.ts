// GENERATED FILE: do not edit by hand.
// Written by the connector generator (generator/connectors/) from its inputs:
// catalog/service-now-sec-ops.json.
// Regenerate with: npx projen generate
import { ConnectorSpec, FieldSpec } from '../../engine/spec';
import { CATALOG } from './catalog';
import { SERVICENOW_GROUP } from './groups/servicenow';

/** The fields of ServiceNowSecOpsIncident. */
const SERVICE_NOW_SEC_OPS_INCIDENT_FIELDS: readonly FieldSpec[] = [
  { key: 'short_description', property: 'shortDescription', type: 'string', required: true },
  { key: 'description', type: 'string' },
  { key: 'externalId', type: 'string' },
  { key: 'category', type: 'string' },
  { key: 'subcategory', type: 'string' },
  { key: 'correlation_id', property: 'correlationId', type: 'string' },
  { key: 'correlation_display', property: 'correlationDisplay', type: 'string' },
  { key: 'additional_fields', property: 'additionalFields', type: 'json', versions: [{ since: '8.15.0' }] },
  { key: 'dest_ip', property: 'destIp', type: 'stringList' },
  { key: 'malware_hash', property: 'malwareHash', type: 'stringList' },
  { key: 'malware_url', property: 'malwareUrl', type: 'stringList' },
  { key: 'source_ip', property: 'sourceIp', type: 'stringList' },
  { key: 'priority', type: 'string' },
];

/** The fields of ServiceNowSecOpsComment. */
const SERVICE_NOW_SEC_OPS_COMMENT_FIELDS: readonly FieldSpec[] = [
  { key: 'comment', type: 'string', required: true },
  { key: 'commentId', type: 'string', required: true },
];

/** The fields of ServiceNowSecOpsSubActionParams. */
const SERVICE_NOW_SEC_OPS_SUB_ACTION_PARAMS_FIELDS: readonly FieldSpec[] = [
  { key: 'incident', type: 'struct', required: true, fields: SERVICE_NOW_SEC_OPS_INCIDENT_FIELDS },
  { key: 'comments', type: 'structList', fields: SERVICE_NOW_SEC_OPS_COMMENT_FIELDS },
];

/**
 * What Kibana accepts in a `.servicenow-sir` connector, per version, as the rule engine (src/engine/)
 * reads it. Versions: Kibana 7.x and later (evidence: elastic/kibana#132481 v7.12.0,
 * x-pack/plugins/actions/server/builtin_action_types/servicenow/schema.ts at 00ec1ff,
 * x-pack/platform/plugins/shared/stack_connectors/server/connector_types/servicenow_sir/index.ts at
 * 01ad79c).
 */
export const SERVICE_NOW_SEC_OPS_CONNECTOR_SPEC: ConnectorSpec = {
  typeId: '.servicenow-sir',
  subject: 'connector',
  catalog: CATALOG,
  versions: [{ since: '7.x' }],
  strict: true,
  config: [
    { key: 'usesTableApi', type: 'boolean', versions: [{ since: '7.16.0' }], defaults: [{ value: true }], send: true },
  ],
  secrets: [],
  params: [
    { key: 'subAction', type: 'enum', required: true, values: ['pushToService'] },
    { key: 'subActionParams', type: 'struct', required: true, fields: SERVICE_NOW_SEC_OPS_SUB_ACTION_PARAMS_FIELDS },
  ],
  groups: [{ group: SERVICENOW_GROUP }],
  rules: [],
};
