// GENERATED FILE: do not edit by hand.
// Written by the connector generator (generator/connectors/) from its inputs:
// catalog/bedrock.json.
// Regenerate with: npx projen generate
import { ConnectorSpec } from '../../engine/spec';
import { CATALOG } from './catalog';

/**
 * What Kibana accepts in a `.bedrock` connector, per version, as the rule engine (src/engine/) reads
 * it. Versions: Kibana 8.11 and later (evidence: elastic/kibana#166662).
 */
export const BEDROCK_CONNECTOR_SPEC: ConnectorSpec = {
  typeId: '.bedrock',
  subject: 'connector',
  catalog: CATALOG,
  versions: [{ since: '8.11' }],
  strict: true,
  config: [
    { key: 'apiUrl', type: 'string', required: true, url: true },
    {
      key: 'defaultModel',
      type: 'string',
      defaults: [
        { value: 'anthropic.claude-3-sonnet-20240229-v1:0', versions: [{ until: '8.15.0' }] },
        {
          value: 'anthropic.claude-3-5-sonnet-20240620-v1:0',
          versions: [{ since: '8.15.0', until: '8.19.0' }, { since: '9.0.0', until: '9.1.0' }],
        },
        {
          value: 'us.anthropic.claude-3-7-sonnet-20250219-v1:0',
          versions: [{ since: '8.19.0', until: '9.0.0' }, { since: '9.1.0', until: '9.2.0' }],
        },
        { value: 'us.anthropic.claude-sonnet-4-5-20250929-v1:0', versions: [{ since: '9.2.0' }] },
      ],
      send: true,
    },
    { key: 'contextWindowLength', type: 'number', versions: [{ since: '9.2.0' }] },
    { key: 'temperature', type: 'number', versions: [{ since: '9.3.0' }] },
    { key: 'region', type: 'string', versions: [{ since: '9.2.6', until: '9.3.0' }, { since: '9.4.0' }] },
  ],
  secrets: [
    { key: 'accessKey', type: 'string', required: true },
    { key: 'secret', type: 'string', required: true },
  ],
  rules: [],
};
