// GENERATED FILE: do not edit by hand.
// Written by the connector generator (generator/connectors/) from its inputs:
// catalog/service-now-itom.json.
// Regenerate with: npx projen generate
import { ConnectorSpec } from '../../engine/spec';
import { CATALOG } from './catalog';
import { SERVICENOW_GROUP } from '../groups/servicenow';

/**
 * What Kibana accepts in a `.servicenow-itom` connector, per version, as the rule engine (src/engine/)
 * reads it. Versions: Kibana 7.16 and later (evidence: elastic/kibana#117122 v7.16.0,
 * elastic/kibana#142346 v7.16.0).
 */
export const SERVICE_NOW_ITOM_CONNECTOR_SPEC: ConnectorSpec = {
  typeId: '.servicenow-itom',
  catalog: CATALOG,
  versions: [{ since: '7.16' }],
  strict: true,
  config: [],
  secrets: [],
  groups: [{ group: SERVICENOW_GROUP }],
  rules: [],
};
