// GENERATED FILE: do not edit by hand.
// Written by the connector generator (generator/connectors/) from its inputs:
// catalog/open-ai.json.
// Regenerate with: npx projen generate
import { ConnectorSpec } from '../../engine/spec';
import { CATALOG } from './catalog';

/**
 * What Kibana accepts in a `.gen-ai` connector, per version, as the rule engine (src/engine/) reads
 * it. Versions: Kibana 8.10 and later (evidence: elastic/kibana#157228, elastic/kibana#158423 v8.10.0,
 * unsettled).
 */
export const OPEN_AI_CONNECTOR_SPEC: ConnectorSpec = {
  typeId: '.gen-ai',
  subject: 'connector',
  catalog: CATALOG,
  versions: [{ since: '8.10' }],
  strict: true,
  config: [
    { key: 'apiProvider', type: 'enum', required: true, values: ['OpenAI', 'Azure OpenAI', 'Other'] },
    { key: 'apiUrl', type: 'string', required: true, url: true },
    {
      key: 'defaultModel',
      type: 'string',
      defaults: [
        {
          value: 'gpt-4',
          versions: [{ until: '8.16.0' }],
          when: [{ path: 'config.apiProvider', op: 'equals', values: ['OpenAI'] }],
        },
        {
          value: 'gpt-4o',
          versions: [{ since: '8.16.0', until: '8.19.0' }, { since: '9.0.0', until: '9.1.0' }],
          when: [{ path: 'config.apiProvider', op: 'equals', values: ['OpenAI'] }],
        },
        {
          value: 'gpt-4.1',
          versions: [{ since: '8.19.0', until: '9.0.0' }, { since: '9.1.0' }],
          when: [{ path: 'config.apiProvider', op: 'equals', values: ['OpenAI'] }],
        },
      ],
      send: true,
    },
    { key: 'organizationId', type: 'string', versions: [{ since: '8.18.0' }] },
    { key: 'projectId', type: 'string', versions: [{ since: '8.18.0' }] },
    { key: 'headers', type: 'stringMap' },
    { key: 'contextWindowLength', type: 'number', versions: [{ since: '9.2.0' }] },
    { key: 'temperature', type: 'number', versions: [{ since: '9.3.0' }] },
    {
      key: 'verificationMode',
      type: 'enum',
      values: ['full', 'certificate', 'none'],
      versions: [{ since: '8.19.0', until: '9.0.0' }, { since: '9.1.0' }],
      defaults: [{ value: 'full' }],
    },
    { key: 'enableNativeFunctionCalling', type: 'boolean', versions: [{ since: '9.2.0' }] },
  ],
  secrets: [
    { key: 'apiKey', type: 'string' },
    { key: 'certificateData', type: 'string', versions: [{ since: '8.19.0', until: '9.0.0' }, { since: '9.1.0' }] },
    { key: 'privateKeyData', type: 'string', versions: [{ since: '8.19.0', until: '9.0.0' }, { since: '9.1.0' }] },
    { key: 'caData', type: 'string', versions: [{ since: '8.19.0', until: '9.0.0' }, { since: '9.1.0' }] },
  ],
  rules: [
    {
      kind: 'when',
      when: [{ path: 'config.apiProvider', op: 'in', values: ['OpenAI', 'Azure OpenAI'] }],
      require: ['secrets.apiKey'],
    },
    {
      kind: 'when',
      when: [{ path: 'config.apiProvider', op: 'equals', values: ['Other'] }],
      require: ['config.defaultModel'],
    },
    {
      kind: 'when',
      when: [{ path: 'config.apiProvider', op: 'equals', values: ['Other'] }],
      requireAnyOf: ['secrets.apiKey', 'secrets.certificateData'],
    },
    {
      kind: 'when',
      when: [{ path: 'config.apiProvider', op: 'not', values: ['OpenAI'] }],
      forbid: ['config.organizationId', 'config.projectId'],
    },
    {
      kind: 'when',
      when: [{ path: 'config.apiProvider', op: 'not', values: ['Other'] }],
      forbid: [
        'config.verificationMode',
        'config.enableNativeFunctionCalling',
        'secrets.certificateData',
        'secrets.privateKeyData',
        'secrets.caData',
      ],
    },
    { kind: 'together', paths: ['secrets.certificateData', 'secrets.privateKeyData'] },
    {
      kind: 'when',
      when: [{ path: 'config.apiProvider', op: 'equals', values: ['Azure OpenAI'] }],
      forbid: ['config.defaultModel'],
      versions: [{ until: '8.19.12' }, { since: '9.0.0', until: '9.2.6' }, { since: '9.3.0', until: '9.3.1' }],
    },
  ],
};
