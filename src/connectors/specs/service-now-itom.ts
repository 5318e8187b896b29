// GENERATED FILE: do not edit by hand.
// Written by the connector generator (generator/connectors/) from its inputs:
// catalog/service-now-itom.json.
// Regenerate with: npx projen generate
import { ConnectorSpec, FieldSpec } from '../../engine/spec';
import { CATALOG } from './catalog';
import { SERVICENOW_GROUP } from './groups/servicenow';

/** The fields of ServiceNowItomEvent. */
const SERVICE_NOW_ITOM_EVENT_FIELDS: readonly FieldSpec[] = [
  { key: 'source', type: 'string' },
  { key: 'event_class', property: 'eventClass', type: 'string' },
  { key: 'resource', type: 'string' },
  { key: 'node', type: 'string' },
  { key: 'metric_name', property: 'metricName', type: 'string' },
  { key: 'type', type: 'string' },
  { key: 'severity', type: 'string' },
  { key: 'description', type: 'string' },
  { key: 'additional_info', property: 'additionalInfo', type: 'string' },
  { key: 'message_key', property: 'messageKey', type: 'string' },
  { key: 'time_of_event', property: 'timeOfEvent', type: 'string' },
];

/**
 * What Kibana accepts in a `.servicenow-itom` connector, per version, as the rule engine (src/engine/)
 * reads it. Versions: Kibana 7.16 and later (evidence: elastic/kibana#117122 v7.16.0,
 * elastic/kibana#142346 v7.16.0).
 */
export const SERVICE_NOW_ITOM_CONNECTOR_SPEC: ConnectorSpec = {
  typeId: '.servicenow-itom',
  subject: 'connector',
  catalog: CATALOG,
  versions: [{ since: '7.16' }],
  strict: true,
  config: [],
  secrets: [],
  params: [
    { key: 'subAction', type: 'enum', required: true, values: ['addEvent'] },
    { key: 'subActionParams', type: 'struct', required: true, fields: SERVICE_NOW_ITOM_EVENT_FIELDS },
  ],
  groups: [{ group: SERVICENOW_GROUP }],
  rules: [],
};
