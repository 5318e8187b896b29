// GENERATED FILE: do not edit by hand.
// Written by the connector generator (generator/connectors/) from its inputs:
// catalog/slack-api.json.
// Regenerate with: npx projen generate
import { ConnectorSpec, FieldSpec } from '../../engine/spec';
import { CATALOG } from './catalog';

/** The fields of SlackApiAllowedChannel. */
const SLACK_API_ALLOWED_CHANNEL_FIELDS: readonly FieldSpec[] = [
  { key: 'id', type: 'string' },
  { key: 'name', type: 'string', required: true },
];

/** The fields of SlackApiSubActionParams. */
const SLACK_API_SUB_ACTION_PARAMS_FIELDS: readonly FieldSpec[] = [
  { key: 'channels', type: 'stringList', maxItems: 1 },
  { key: 'channelIds', type: 'stringList', maxItems: 1 },
  { key: 'channelNames', type: 'stringList', maxItems: 1, versions: [{ since: '9.3.0' }] },
  { key: 'text', type: 'string', required: true },
];

/**
 * What Kibana accepts in a `.slack_api` connector, per version, as the rule engine (src/engine/) reads
 * it. Versions: Kibana 8.8 and later (evidence: unsettled).
 */
export const SLACK_API_CONNECTOR_SPEC: ConnectorSpec = {
  typeId: '.slack_api',
  subject: 'connector',
  catalog: CATALOG,
  versions: [{ since: '8.8' }],
  strict: true,
  config: [
    {
      key: 'allowedChannels',
      type: 'structList',
      versions: [{ since: '8.11.0' }],
      limits: [
        { maxItems: 25, versions: [{ since: '8.11.0', until: '9.3.0' }] },
        { maxItems: 500, versions: [{ since: '9.3.0' }] },
      ],
      fields: SLACK_API_ALLOWED_CHANNEL_FIELDS,
    },
  ],
  secrets: [
    { key: 'token', type: 'string', required: true },
  ],
  params: [
    {
      key: 'subAction',
      type: 'enum',
      required: true,
      values: ['postMessage', 'postBlockkit'],
      valueVersions: { postBlockkit: [{ since: '8.13.0' }] },
    },
    { key: 'subActionParams', type: 'struct', required: true, fields: SLACK_API_SUB_ACTION_PARAMS_FIELDS },
  ],
  rules: [
    {
      kind: 'value',
      path: 'params.subActionParams.text',
      is: 'jsonObjectText',
      key: 'blocks',
      example: '{"blocks":[{"type":"section","text":{"type":"mrkdwn","text":"An alert"}}]}',
      when: [{ path: 'params.subAction', op: 'equals', values: ['postBlockkit'] }],
    },
  ],
};
