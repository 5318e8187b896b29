// GENERATED FILE: do not edit by hand.
// Written by the connector generator (generator/connectors/) from its inputs:
// catalog/inference.json.
// Regenerate with: npx projen generate
import { ConnectorSpec } from '../../engine/spec';
import { CATALOG } from './catalog';

/**
 * What Kibana accepts in a `.inference` connector, per version, as the rule engine (src/engine/) reads
 * it. Versions: Kibana 8.16 and later (evidence: elastic/kibana#189027 v8.16.0).
 */
export const INFERENCE_CONNECTOR_SPEC: ConnectorSpec = {
  typeId: '.inference',
  subject: 'connector',
  catalog: CATALOG,
  versions: [{ since: '8.16' }],
  strict: true,
  config: [
    {
      key: 'provider',
      type: 'enum',
      required: true,
      values: [
        'amazonbedrock',
        'azureopenai',
        'azureaistudio',
        'cohere',
        'elasticsearch',
        'googleaistudio',
        'googlevertexai',
        'hugging_face',
        'mistral',
        'openai',
        'anthropic',
        'watsonxai',
        'alibabacloud-ai-search',
        'elastic',
        'amazon_sagemaker',
        'deepseek',
        'jinaai',
        'voyageai',
      ],
      valueVersions: { elastic: [{ since: '8.18.0' }] },
    },
    {
      key: 'taskType',
      type: 'enum',
      required: true,
      values: ['completion', 'chat_completion', 'rerank', 'text_embedding', 'sparse_embedding'],
      valueVersions: { chat_completion: [{ since: '8.18.0' }] },
    },
    { key: 'inferenceId', type: 'string', required: true },
    { key: 'providerConfig', type: 'json', defaults: [{ value: {} }], send: true },
    { key: 'taskTypeConfig', type: 'json', defaults: [{ value: {} }], send: true },
    { key: 'contextWindowLength', type: 'number', versions: [{ since: '9.2.0' }] },
    { key: 'headers', type: 'stringMap', versions: [{ since: '9.3.0' }] },
    { key: 'temperature', type: 'number', versions: [{ since: '9.3.0' }] },
  ],
  secrets: [
    { key: 'providerSecrets', type: 'json' },
  ],
  rules: [],
};
