// GENERATED FILE: do not edit by hand.
// Written by the connector generator (generator/connectors/) from its inputs:
// catalog/server-log.json.
// Regenerate with: npx projen generate
import { ConnectorSpec } from '../../engine/spec';
import { CATALOG } from './catalog';

/**
 * What Kibana accepts in a `.server-log` connector, per version, as the rule engine (src/engine/)
 * reads it. Versions: Kibana 7.x and later (evidence: unsettled).
 */
export const SERVER_LOG_CONNECTOR_SPEC: ConnectorSpec = {
  typeId: '.server-log',
  subject: 'connector',
  catalog: CATALOG,
  versions: [{ since: '7.x' }],
  strict: true,
  config: [],
  secrets: [],
  params: [
    { key: 'message', type: 'string', required: true },
    {
      key: 'level',
      type: 'enum',
      values: ['trace', 'debug', 'info', 'warn', 'error', 'fatal'],
      defaults: [{ value: 'info' }],
      send: true,
    },
  ],
  rules: [],
};
