// GENERATED FILE: do not edit by hand.
// Written by the connector generator (generator/connectors/) from its inputs:
// catalog/gemini.json.
// Regenerate with: npx projen generate
import { ConnectorSpec } from '../../engine/spec';
import { CATALOG } from './catalog';

/**
 * What Kibana accepts in a `.gemini` connector, per version, as the rule engine (src/engine/) reads
 * it. Versions: Kibana 8.15 and later (evidence: elastic/kibana#183668 v8.15.0).
 */
export const GEMINI_CONNECTOR_SPEC: ConnectorSpec = {
  typeId: '.gemini',
  subject: 'connector',
  catalog: CATALOG,
  versions: [{ since: '8.15' }],
  strict: true,
  config: [
    { key: 'apiUrl', type: 'string', required: true, url: true },
    {
      key: 'defaultModel',
      type: 'string',
      defaults: [
        { value: 'gemini-1.5-pro-001', versions: [{ until: '8.16.0' }] },
        {
          value: 'gemini-1.5-pro-002',
          versions: [{ since: '8.16.0', until: '8.19.0' }, { since: '9.0.0', until: '9.1.0' }],
        },
        { value: 'gemini-2.5-pro', versions: [{ since: '8.19.0', until: '9.0.0' }, { since: '9.1.0' }] },
      ],
      send: true,
    },
    { key: 'gcpRegion', type: 'string', required: true },
    { key: 'gcpProjectID', type: 'string', required: true },
    { key: 'contextWindowLength', type: 'number', versions: [{ since: '9.2.0' }] },
    { key: 'temperature', type: 'number', versions: [{ since: '9.3.0' }] },
  ],
  secrets: [
    { key: 'credentialsJson', type: 'string', required: true },
  ],
  rules: [],
};
