// GENERATED FILE: do not edit by hand.
// Written by the connector generator (generator/connectors/) from its inputs:
// catalog/email.json.
// Regenerate with: npx projen generate
import { ConnectorSpec } from '../../engine/spec';
import { CATALOG } from './catalog';

/**
 * What Kibana accepts in a `.email` connector, per version, as the rule engine (src/engine/) reads it.
 * Versions: Kibana 7.x and later (evidence: unsettled).
 */
export const EMAIL_CONNECTOR_SPEC: ConnectorSpec = {
  typeId: '.email',
  subject: 'connector',
  catalog: CATALOG,
  versions: [{ since: '7.x' }],
  strict: true,
  config: [
    { key: 'from', type: 'string', required: true },
    { key: 'service', type: 'enum', defaults: [{ value: 'other' }], send: true },
    { key: 'host', type: 'string' },
    { key: 'port', type: 'number', min: 1, max: 65535, integer: true },
    { key: 'secure', type: 'boolean' },
    { key: 'hasAuth', type: 'boolean', defaults: [{ value: true }], send: true },
    { key: 'tenantId', type: 'string' },
    { key: 'clientId', type: 'string' },
    { key: 'oauthTokenUrl', type: 'string', url: true },
    { key: 'allowHtml', type: 'boolean', versions: [{ since: '9.5.0' }] },
  ],
  secrets: [
    { key: 'user', type: 'string' },
    { key: 'password', type: 'string' },
    { key: 'clientSecret', type: 'string' },
  ],
  params: [
    {
      key: 'to',
      type: 'stringList',
      limits: [{ maxItems: 100, versions: [{ since: '9.1.10', until: '9.2.0' }, { since: '9.2.4' }] }],
    },
    {
      key: 'cc',
      type: 'stringList',
      limits: [{ maxItems: 100, versions: [{ since: '9.1.10', until: '9.2.0' }, { since: '9.2.4' }] }],
    },
    {
      key: 'bcc',
      type: 'stringList',
      limits: [{ maxItems: 100, versions: [{ since: '9.1.10', until: '9.2.0' }, { since: '9.2.4' }] }],
    },
    { key: 'replyTo', type: 'stringList', maxItems: 10, versions: [{ since: '9.4.0' }] },
    { key: 'subject', type: 'string', required: true },
    { key: 'message', type: 'string', required: true },
  ],
  rules: [
    {
      kind: 'when',
      when: [{ path: 'config.service', op: 'equals', values: ['other'] }],
      require: ['config.host', 'config.port'],
    },
    {
      kind: 'when',
      when: [{ path: 'config.service', op: 'equals', values: ['exchange_server'] }],
      require: ['config.tenantId', 'config.clientId', 'secrets.clientSecret'],
    },
    {
      kind: 'when',
      when: [
        { path: 'config.hasAuth', op: 'equals', values: [true] },
        { path: 'config.service', op: 'not', values: ['exchange_server'] },
      ],
      require: ['secrets.user', 'secrets.password'],
    },
    {
      kind: 'when',
      when: [
        { path: 'config.service', op: 'equals', values: ['elastic_cloud'] },
        { path: 'config.allowHtml', op: 'equals', values: [true] },
      ],
      forbid: ['config.allowHtml'],
      versions: [{ since: '9.5.0' }],
    },
    { kind: 'when', when: [], requireAnyOf: ['params.to', 'params.cc', 'params.bcc'] },
  ],
};
