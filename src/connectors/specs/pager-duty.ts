// GENERATED FILE: do not edit by hand.
// Written by the connector generator (generator/connectors/) from its inputs:
// catalog/pager-duty.json.
// Regenerate with: npx projen generate
import { ConnectorSpec, FieldSpec } from '../../engine/spec';
import { CATALOG } from './catalog';

/** The fields of PagerDutyLink. */
const PAGER_DUTY_LINK_FIELDS: readonly FieldSpec[] = [
  { key: 'href', type: 'string', required: true },
  { key: 'text', type: 'string', required: true },
];

/**
 * What Kibana accepts in a `.pagerduty` connector, per version, as the rule engine (src/engine/) reads
 * it. Versions: Kibana 7.x and later (evidence:
 * src/platform/packages/shared/kbn-connector-schemas/pagerduty/schemas/v1.ts at 524c5f6).
 */
export const PAGER_DUTY_CONNECTOR_SPEC: ConnectorSpec = {
  typeId: '.pagerduty',
  subject: 'connector',
  catalog: CATALOG,
  versions: [{ since: '7.x' }],
  strict: true,
  config: [
    { key: 'apiUrl', type: 'string', url: true },
  ],
  secrets: [
    { key: 'routingKey', type: 'string', required: true },
  ],
  params: [
    { key: 'eventAction', type: 'enum', values: ['trigger', 'resolve', 'acknowledge'] },
    { key: 'dedupKey', type: 'string', maxLength: 255 },
    { key: 'summary', type: 'string', maxLength: 1024 },
    { key: 'source', type: 'string' },
    { key: 'severity', type: 'enum', values: ['critical', 'error', 'warning', 'info'] },
    { key: 'timestamp', type: 'string' },
    { key: 'component', type: 'string' },
    { key: 'group', type: 'string' },
    { key: 'class', type: 'string' },
    { key: 'links', type: 'structList', versions: [{ since: '8.12.0' }], fields: PAGER_DUTY_LINK_FIELDS },
    { key: 'customDetails', type: 'json', versions: [{ since: '8.12.0' }] },
  ],
  rules: [
    {
      kind: 'when',
      when: [{ path: 'params.eventAction', op: 'in', values: ['resolve', 'acknowledge'] }],
      require: ['params.dedupKey'],
    },
  ],
};
