// GENERATED FILE: do not edit by hand.
// Written by the connector generator (generator/connectors/) from its inputs:
// catalog/opsgenie.json.
// Regenerate with: npx projen generate
import { ConnectorSpec, FieldSpec } from '../../engine/spec';
import { CATALOG } from './catalog';

/** The fields of OpsgenieResponder. */
const OPSGENIE_RESPONDER_FIELDS: readonly FieldSpec[] = [
  { key: 'type', type: 'enum', required: true, values: ['team', 'user', 'escalation', 'schedule'] },
  { key: 'id', type: 'string' },
  { key: 'name', type: 'string' },
  { key: 'username', type: 'string' },
];

/** The fields of OpsgenieVisibleTo. */
const OPSGENIE_VISIBLE_TO_FIELDS: readonly FieldSpec[] = [
  { key: 'type', type: 'enum', required: true, values: ['team', 'user'] },
  { key: 'id', type: 'string' },
  { key: 'name', type: 'string' },
  { key: 'username', type: 'string' },
];

/** The fields of OpsgenieSubActionParams. */
const OPSGENIE_SUB_ACTION_PARAMS_FIELDS: readonly FieldSpec[] = [
  { key: 'message', type: 'string' },
  { key: 'alias', type: 'string' },
  { key: 'description', type: 'string', maxLength: 15000 },
  { key: 'responders', type: 'structList', maxItems: 50, fields: OPSGENIE_RESPONDER_FIELDS },
  { key: 'visibleTo', type: 'structList', maxItems: 50, fields: OPSGENIE_VISIBLE_TO_FIELDS },
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
 * What Kibana accepts in a `.opsgenie` connector, per version, as the rule engine (src/engine/) reads
 * it. Versions: Kibana 8.6 and later (evidence:
 * src/platform/packages/shared/kbn-connector-schemas/opsgenie/schemas/v1.ts at 1594432).
 */
export const OPSGENIE_CONNECTOR_SPEC: ConnectorSpec = {
  typeId: '.opsgenie',
  subject: 'connector',
  catalog: CATALOG,
  versions: [{ since: '8.6' }],
  strict: true,
  config: [
    { key: 'apiUrl', type: 'string', required: true, url: true },
  ],
  secrets: [
    { key: 'apiKey', type: 'string', required: true },
  ],
  params: [
    { key: 'subAction', type: 'enum', required: true, values: ['createAlert', 'closeAlert'] },
    { key: 'subActionParams', type: 'struct', required: true, fields: OPSGENIE_SUB_ACTION_PARAMS_FIELDS },
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
