// GENERATED FILE: do not edit by hand.
// Written by the connector generator (generator/connectors/) from its inputs:
// catalog/d3-security.json.
// Regenerate with: npx projen generate
import { ConnectorSpec, FieldSpec } from '../../engine/spec';
import { CATALOG } from './catalog';

/** The fields of D3SecuritySubActionParams. */
const D3_SECURITY_SUB_ACTION_PARAMS_FIELDS: readonly FieldSpec[] = [
  { key: 'body', type: 'string' },
  { key: 'severity', type: 'string' },
  { key: 'eventType', type: 'string' },
];

/**
 * What Kibana accepts in a `.d3security` connector, per version, as the rule engine (src/engine/)
 * reads it. Versions: Kibana 8.9 and later (evidence: elastic/kibana#158569 v8.9.0,
 * src/platform/packages/shared/kbn-connector-schemas/d3security/schemas/v1.ts at 0fc569e).
 */
export const D3_SECURITY_CONNECTOR_SPEC: ConnectorSpec = {
  typeId: '.d3security',
  subject: 'connector',
  catalog: CATALOG,
  versions: [{ since: '8.9' }],
  strict: true,
  config: [
    { key: 'url', type: 'string', required: true, url: true },
  ],
  secrets: [
    { key: 'token', type: 'string', required: true },
  ],
  params: [
    { key: 'subAction', type: 'enum', required: true, values: ['run'] },
    { key: 'subActionParams', type: 'struct', fields: D3_SECURITY_SUB_ACTION_PARAMS_FIELDS },
  ],
  rules: [],
};
