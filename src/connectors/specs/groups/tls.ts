// GENERATED FILE: do not edit by hand.
// Written by the connector generator (generator/connectors/) from its inputs:
// catalog/groups/tls.json.
// Regenerate with: npx projen generate
import { GroupSpec } from '../../../engine/spec';

/** The `tls` group's fields and rules, as the rule engine (src/engine/) reads them. */
export const TLS_GROUP: GroupSpec = {
  name: 'tls',
  config: [
    { key: 'certType', type: 'enum', values: ['ssl-crt-key', 'ssl-pfx'], versions: [{ since: '8.10.0' }] },
    { key: 'ca', type: 'string', versions: [{ since: '8.10.0' }] },
    { key: 'verificationMode', type: 'enum', values: ['full', 'certificate', 'none'], versions: [{ since: '8.10.0' }] },
  ],
  secrets: [
    { key: 'crt', type: 'string', versions: [{ since: '8.10.0' }] },
    { key: 'key', type: 'string', versions: [{ since: '8.10.0' }] },
    { key: 'pfx', type: 'string', versions: [{ since: '8.10.0' }] },
  ],
  rules: [
    {
      kind: 'when',
      when: [
        { path: 'config.hasAuth', op: 'equals', values: [true] },
        { path: 'config.authType', op: 'equals', values: ['webhook-authentication-ssl'] },
        { path: 'config.certType', op: 'equals', values: ['ssl-crt-key'] },
      ],
      require: ['secrets.crt', 'secrets.key'],
      runtimeOnly: true,
    },
    {
      kind: 'when',
      when: [
        { path: 'config.hasAuth', op: 'equals', values: [true] },
        { path: 'config.authType', op: 'equals', values: ['webhook-authentication-ssl'] },
        { path: 'config.certType', op: 'equals', values: ['ssl-pfx'] },
      ],
      require: ['secrets.pfx'],
      runtimeOnly: true,
    },
  ],
};
