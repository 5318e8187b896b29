// GENERATED FILE: do not edit by hand.
// Written by the connector generator (generator/connectors/) from its inputs:
// catalog/groups/auth-schemes.json.
// Regenerate with: npx projen generate
import { GroupSpec } from '../../../engine/spec';

/** The `auth-schemes` group's fields and rules, as the rule engine (src/engine/) reads them. */
export const AUTH_SCHEMES_GROUP: GroupSpec = {
  name: 'auth-schemes',
  config: [],
  secrets: [
    { key: 'secretHeaders', type: 'stringMap', versions: [{ since: '9.2.0' }] },
  ],
  rules: [
    { kind: 'together', paths: ['secrets.user', 'secrets.password'], unless: ['secrets.crt', 'secrets.pfx'] },
    { kind: 'together', paths: ['secrets.crt', 'secrets.key'] },
    { kind: 'atMostOne', paths: ['secrets.user', 'secrets.crt', 'secrets.pfx', 'secrets.clientSecret'] },
  ],
};
