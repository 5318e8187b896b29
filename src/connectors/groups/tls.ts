// GENERATED FILE: do not edit by hand.
// Written by the connector generator (generator/connectors/) from its inputs:
// catalog/groups/tls.json.
// Regenerate with: npx projen generate
import { TlsVerificationMode, WebhookCertType } from '../enums';

/**
 * Configuration fields of the `tls` group, shared by the connector types that include it: TLS: the
 * client certificate scheme (`authType` webhook-authentication-ssl, a PEM pair or a PFX bundle), a CA
 * to trust and the verification mode.
 */
export interface TlsConfig {
  /**
   * Certificate format, used with the SSL authentication scheme.
   *
   * Kibana 8.10.0 and later (evidence: elastic/kibana#163899 v8.10.0, elastic/kibana#163983 v8.10.0,
   * x-pack/plugins/stack_connectors/server/connector_types/webhook/index.ts at 04e8ba1).
   * @default - none
   */
  readonly certType?: WebhookCertType;
  /**
   * Base64-encoded PEM certificate of a certificate authority to trust for this endpoint.
   *
   * Kibana 8.10.0 and later (evidence: elastic/kibana#163899 v8.10.0, elastic/kibana#163983 v8.10.0,
   * x-pack/plugins/stack_connectors/server/connector_types/webhook/index.ts at 04e8ba1).
   * @default - none
   */
  readonly ca?: string;
  /**
   * TLS verification mode for this endpoint.
   *
   * Kibana 8.10.0 and later (evidence: elastic/kibana#163899 v8.10.0, elastic/kibana#163983 v8.10.0,
   * x-pack/plugins/stack_connectors/server/connector_types/webhook/index.ts at 04e8ba1).
   * @default - none
   */
  readonly verificationMode?: TlsVerificationMode;
}

/**
 * Secrets fields of the `tls` group, shared by the connector types that include it: TLS: the client
 * certificate scheme (`authType` webhook-authentication-ssl, a PEM pair or a PFX bundle), a CA to
 * trust and the verification mode.
 */
export interface TlsSecrets {
  /**
   * Base64-encoded PEM client certificate (with `key`).
   *
   * Kibana 8.10.0 and later (evidence: elastic/kibana#163899 v8.10.0, elastic/kibana#163983 v8.10.0,
   * x-pack/plugins/stack_connectors/server/connector_types/webhook/index.ts at 04e8ba1).
   * @default - none
   */
  readonly crt?: string;
  /**
   * Base64-encoded PEM private key of the client certificate (with `crt`).
   *
   * Kibana 8.10.0 and later (evidence: elastic/kibana#163899 v8.10.0, elastic/kibana#163983 v8.10.0,
   * x-pack/plugins/stack_connectors/server/connector_types/webhook/index.ts at 04e8ba1).
   * @default - none
   */
  readonly key?: string;
  /**
   * Base64-encoded PFX/PKCS#12 bundle holding the client certificate and key.
   *
   * Kibana 8.10.0 and later (evidence: elastic/kibana#163899 v8.10.0, elastic/kibana#163983 v8.10.0,
   * x-pack/plugins/stack_connectors/server/connector_types/webhook/index.ts at 04e8ba1).
   * @default - none
   */
  readonly pfx?: string;
}
