// GENERATED FILE: do not edit by hand.
// Written by the connector generator (generator/connectors/) from its inputs:
// catalog/slack-api.json.
// Regenerate with: npx projen generate
import { ConnectorSpec } from '../../engine/spec';
import { CATALOG } from './catalog';

/**
 * What Kibana accepts in a `.slack_api` connector, per version, as the rule engine (src/engine/) reads
 * it. Versions: Kibana 8.8 and later (evidence: unsettled).
 */
export const SLACK_API_CONNECTOR_SPEC: ConnectorSpec = {
  typeId: '.slack_api',
  catalog: CATALOG,
  versions: [{ since: '8.8' }],
  strict: true,
  config: [
    {
      key: 'allowedChannels',
      type: 'structList',
      fields: [
        { key: 'id', type: 'string' },
        { key: 'name', type: 'string', required: true },
      ],
    },
  ],
  secrets: [
    { key: 'token', type: 'string', required: true },
  ],
  rules: [],
};
