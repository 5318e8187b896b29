// GENERATED FILE: do not edit by hand.
// Written by the connector generator (generator/connectors/) from its inputs:
// catalog/service-now-sec-ops.json.
// Regenerate with: npx projen generate
import { ConnectorSpec } from '../../engine/spec';
import { CATALOG } from './catalog';
import { SERVICENOW_GROUP } from '../groups/servicenow';

/**
 * What Kibana accepts in a `.servicenow-sir` connector, per version, as the rule engine (src/engine/)
 * reads it. Versions: Kibana 7.x and later (evidence: elastic/kibana#132481 v7.12.0,
 * x-pack/plugins/actions/server/builtin_action_types/servicenow/schema.ts at 00ec1ff,
 * x-pack/platform/plugins/shared/stack_connectors/server/connector_types/servicenow_sir/index.ts at
 * 01ad79c).
 */
export const SERVICE_NOW_SEC_OPS_CONNECTOR_SPEC: ConnectorSpec = {
  typeId: '.servicenow-sir',
  catalog: CATALOG,
  versions: [{ since: '7.x' }],
  strict: true,
  config: [
    { key: 'usesTableApi', type: 'boolean', versions: [{ since: '7.16.0' }], defaults: [{ value: true }], send: true },
  ],
  secrets: [],
  groups: [{ group: SERVICENOW_GROUP }],
  rules: [],
};
