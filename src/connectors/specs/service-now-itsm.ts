// GENERATED FILE: do not edit by hand.
// Written by the connector generator (generator/connectors/) from its inputs:
// catalog/service-now-itsm.json.
// Regenerate with: npx projen generate
import { ConnectorSpec, FieldSpec } from '../../engine/spec';
import { CATALOG } from './catalog';
import { SERVICENOW_GROUP } from './groups/servicenow';

/** The fields of ServiceNowItsmIncident. */
const SERVICE_NOW_ITSM_INCIDENT_FIELDS: readonly FieldSpec[] = [
  { key: 'short_description', property: 'shortDescription', type: 'string' },
  { key: 'description', type: 'string' },
  { key: 'externalId', type: 'string' },
  { key: 'category', type: 'string' },
  { key: 'subcategory', type: 'string' },
  { key: 'correlation_id', property: 'correlationId', type: 'string' },
  { key: 'correlation_display', property: 'correlationDisplay', type: 'string' },
  { key: 'additional_fields', property: 'additionalFields', type: 'json', versions: [{ since: '8.15.0' }] },
  { key: 'severity', type: 'string' },
  { key: 'urgency', type: 'string' },
  { key: 'impact', type: 'string' },
];

/** The fields of ServiceNowItsmComment. */
const SERVICE_NOW_ITSM_COMMENT_FIELDS: readonly FieldSpec[] = [
  { key: 'comment', type: 'string', required: true },
  { key: 'commentId', type: 'string', required: true },
];

/** The fields of ServiceNowItsmSubActionParams. */
const SERVICE_NOW_ITSM_SUB_ACTION_PARAMS_FIELDS: readonly FieldSpec[] = [
  { key: 'incident', type: 'struct', required: true, fields: SERVICE_NOW_ITSM_INCIDENT_FIELDS },
  { key: 'comments', type: 'structList', fields: SERVICE_NOW_ITSM_COMMENT_FIELDS },
];

/**
 * What Kibana accepts in a `.servicenow` connector, per version, as the rule engine (src/engine/)
 * reads it. Versions: Kibana 7.x and later (evidence: elastic/kibana#132481 v7.12.0,
 * x-pack/platform/plugins/shared/stack_connectors/server/connector_types/servicenow_itsm/index.ts at
 * 12071a2).
 */
export const SERVICE_NOW_ITSM_CONNECTOR_SPEC: ConnectorSpec = {
  typeId: '.servicenow',
  subject: 'connector',
  catalog: CATALOG,
  versions: [{ since: '7.x' }],
  strict: true,
  config: [
    { key: 'usesTableApi', type: 'boolean', versions: [{ since: '7.16.0' }], defaults: [{ value: true }], send: true },
  ],
  secrets: [],
  params: [
    {
      key: 'subAction',
      type: 'enum',
      required: true,
      values: ['pushToService', 'closeIncident'],
      valueVersions: { closeIncident: [{ since: '8.12.0' }] },
    },
    { key: 'subActionParams', type: 'struct', required: true, fields: SERVICE_NOW_ITSM_SUB_ACTION_PARAMS_FIELDS },
  ],
  groups: [{ group: SERVICENOW_GROUP }],
  rules: [],
};
