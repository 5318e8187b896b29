// GENERATED FILE: do not edit by hand.
// Written by the connector generator (generator/connectors/) from its inputs:
// catalog/service-now-itsm.json.
// Regenerate with: npx projen generate
import { ConnectorSpec } from '../../engine/spec';
import { CATALOG } from './catalog';
import { SERVICENOW_GROUP } from '../groups/servicenow';

/**
 * What Kibana accepts in a `.servicenow` connector, per version, as the rule engine (src/engine/)
 * reads it. Versions: Kibana 7.x and later (evidence: elastic/kibana#132481 v7.12.0,
 * x-pack/platform/plugins/shared/stack_connectors/server/connector_types/servicenow_itsm/index.ts at
 * 12071a2).
 */
export const SERVICE_NOW_ITSM_CONNECTOR_SPEC: ConnectorSpec = {
  typeId: '.servicenow',
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
