// GENERATED FILE: do not edit by hand.
// Written by the connector generator (generator/connectors/) from its inputs:
// catalog/mcp.json.
// Regenerate with: npx projen generate
import { ConnectorSpec } from '../../engine/spec';
import { CATALOG } from './catalog';

/**
 * What Kibana accepts in a `.mcp` connector, per version, as the rule engine (src/engine/) reads it.
 * Versions: Kibana 9.3 and later (evidence: docs/release-notes/index.md at 007bb6d, unsettled).
 */
export const MCP_CONNECTOR_SPEC: ConnectorSpec = {
  typeId: '.mcp',
  subject: 'connector',
  catalog: CATALOG,
  versions: [{ since: '9.3' }],
  strict: false,
  config: [
    { key: 'serverUrl', type: 'string', required: true, url: true },
    { key: 'hasAuth', type: 'boolean', defaults: [{ value: true }], send: true },
    { key: 'authType', type: 'enum', values: ['none', 'bearer', 'apiKey', 'basic'] },
    { key: 'apiKeyHeaderName', type: 'string' },
    { key: 'headers', type: 'stringMap' },
  ],
  secrets: [
    { key: 'token', type: 'string' },
    { key: 'apiKey', type: 'string' },
    { key: 'user', type: 'string' },
    { key: 'password', type: 'string' },
    { key: 'secretHeaders', type: 'stringMap' },
  ],
  rules: [
    { kind: 'when', when: [{ path: 'config.authType', op: 'equals', values: ['bearer'] }], require: ['secrets.token'] },
    { kind: 'when', when: [{ path: 'config.authType', op: 'equals', values: ['apiKey'] }], require: ['secrets.apiKey'] },
    {
      kind: 'when',
      when: [{ path: 'config.authType', op: 'equals', values: ['basic'] }],
      require: ['secrets.user', 'secrets.password'],
    },
  ],
};
