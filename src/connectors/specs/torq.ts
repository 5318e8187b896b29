// GENERATED FILE: do not edit by hand.
// Written by the connector generator (generator/connectors/) from its inputs:
// catalog/torq.json.
// Regenerate with: npx projen generate
import { ConnectorSpec } from '../../engine/spec';
import { CATALOG } from './catalog';

/**
 * What Kibana accepts in a `.torq` connector, per version, as the rule engine (src/engine/) reads it.
 * Versions: Kibana 8.7 and later (evidence: elastic/kibana#149405,
 * x-pack/platform/plugins/shared/stack_connectors/server/connector_types/torq/index.ts at 0fd28cf).
 */
export const TORQ_CONNECTOR_SPEC: ConnectorSpec = {
  typeId: '.torq',
  subject: 'connector',
  catalog: CATALOG,
  versions: [{ since: '8.7' }],
  strict: true,
  config: [
    { key: 'webhookIntegrationUrl', type: 'string', required: true, url: true },
  ],
  secrets: [
    { key: 'token', type: 'string', required: true },
  ],
  params: [
    { key: 'body', type: 'string', required: true },
  ],
  rules: [
    {
      kind: 'value',
      path: 'config.webhookIntegrationUrl',
      is: 'urlHostIn',
      hosts: ['hooks.torq.io', 'localhost'],
      versions: [{ until: '8.17.4' }, { since: '8.18.0', until: '9.1.0' }],
    },
    {
      kind: 'value',
      path: 'config.webhookIntegrationUrl',
      is: 'urlHostIn',
      hosts: ['hooks.torq.io', 'hooks.eu.torq.io', 'localhost'],
      versions: [{ since: '8.17.4', until: '8.18.0' }, { since: '9.1.0' }],
    },
  ],
};
