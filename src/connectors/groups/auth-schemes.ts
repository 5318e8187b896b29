// GENERATED FILE: do not edit by hand.
// Written by the connector generator (generator/connectors/) from its inputs:
// catalog/groups/auth-schemes.json.
// Regenerate with: npx projen generate
/**
 * Secrets fields of the `auth-schemes` group, shared by the connector types that include it: Secret
 * headers (such as an API key), and the rules between the credential schemes of http-auth, tls and
 * oauth-client-credentials: one scheme at a time, pairs given together. Include it after those three.
 */
export interface AuthSchemesSecrets {
  /**
   * Headers whose values are secret, such as API keys.
   *
   * Kibana 9.2.0 and later (evidence: elastic/kibana#230042, elastic/kibana#238742,
   * src/platform/packages/shared/kbn-connector-schemas/common/auth/schemas/v1.ts at 4428bc1, unsettled).
   * @default - none
   */
  readonly secretHeaders?: { [key: string]: string };
}
