// GENERATED FILE: do not edit by hand.
// Written by the connector generator (generator/connectors/) from its inputs:
// catalog/tines.json.
// Regenerate with: npx projen generate
import { ConnectorSpec, FieldSpec } from '../../engine/spec';
import { CATALOG } from './catalog';

/** The fields of TinesWebhook. */
const TINES_WEBHOOK_FIELDS: readonly FieldSpec[] = [
  { key: 'id', type: 'number', required: true },
  { key: 'name', type: 'string', required: true },
  { key: 'storyId', type: 'number', required: true },
];

/** The fields of TinesSubActionParams. */
const TINES_SUB_ACTION_PARAMS_FIELDS: readonly FieldSpec[] = [
  { key: 'webhook', type: 'struct', fields: TINES_WEBHOOK_FIELDS },
  { key: 'webhookUrl', type: 'string' },
  { key: 'body', type: 'string', required: true },
];

/**
 * What Kibana accepts in a `.tines` connector, per version, as the rule engine (src/engine/) reads it.
 * Versions: Kibana 8.6 and later (evidence: elastic/kibana#143505,
 * src/platform/packages/shared/kbn-connector-schemas/tines/schemas/v1.ts at 50558a2).
 */
export const TINES_CONNECTOR_SPEC: ConnectorSpec = {
  typeId: '.tines',
  subject: 'connector',
  catalog: CATALOG,
  versions: [{ since: '8.6' }],
  strict: true,
  config: [
    { key: 'url', type: 'string', required: true, url: true },
  ],
  secrets: [
    { key: 'email', type: 'string', required: true },
    { key: 'token', type: 'string', required: true },
  ],
  params: [
    { key: 'subAction', type: 'enum', required: true, values: ['run'] },
    { key: 'subActionParams', type: 'struct', fields: TINES_SUB_ACTION_PARAMS_FIELDS },
  ],
  rules: [],
};
