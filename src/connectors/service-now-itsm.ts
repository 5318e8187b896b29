// GENERATED FILE: do not edit by hand.
// Written by the connector generator (generator/connectors/) from its inputs:
// connector-types.json and catalog/service-now-itsm.json.
// Shared field groups: servicenow (catalog/groups/).
// The catalog entry was checked against:
//   elastic/kibana
//     x-pack/platform/plugins/shared/stack_connectors/server/connector_types/lib/servicenow/validators.ts @ 089d9d1
//     (newest (imports @kbn/connector-schemas/servicenow))
//   elastic/kibana x-pack/platform/plugins/shared/stack_connectors/server/connector_types/lib/servicenow/schema.ts @
//     4428bc1 (9.x zod (transitional, before move into kbn-connector-schemas))
// Regenerate with: npx projen generate
import { Construct } from 'constructs';
import { KibanaConnector, KibanaConnectorOptions } from '../connector';
import { typedConnectorProps, validateTypedConnector } from '../engine/construct';
import { ServicenowConfig, ServicenowSecrets } from './groups/servicenow';
import { SERVICE_NOW_ITSM_CONNECTOR_SPEC } from './specs/service-now-itsm';

/** Configuration of the ServiceNowItsmConnector (`.servicenow`): Kibana's `config` object. */
export interface ServiceNowItsmConnectorConfig extends ServicenowConfig {
  /**
   * Whether to use the ServiceNow table API instead of the Elastic scoped application's import set API
   * (deprecated).
   *
   * Kibana 7.16.0 and later (evidence: elastic/kibana#105440, elastic/kibana#114777,
   * elastic/kibana#115028 v7.16.0 v8.0.0, elastic/kibana#115367 v7.16.0 v8.0.0,
   * src/platform/packages/shared/kbn-connector-schemas/servicenow/schemas/v1.ts at 4c59e9d).
   *
   * When unset, the construct sends Kibana's default explicitly, so that Terraform sees no drift.
   * @default true
   */
  readonly usesTableApi?: boolean;
}

/**
 * Secrets of the ServiceNowItsmConnector (`.servicenow`): Kibana's `secrets` object. Pass sensitive
 * Terraform variables rather than literal values, which would be written to the synthesized
 * configuration in clear text.
 */
export interface ServiceNowItsmConnectorSecrets extends ServicenowSecrets {
}

/** Properties of the ServiceNowItsmConnector (`.servicenow`). */
export interface ServiceNowItsmConnectorProps extends KibanaConnectorOptions {
  /** Connector configuration. */
  readonly config: ServiceNowItsmConnectorConfig;
  /**
   * Connector secrets.
   * @default - no secrets (`{}`)
   */
  readonly secrets?: ServiceNowItsmConnectorSecrets;
}

/**
 * Creates and updates incidents in ServiceNow ITSM.
 *
 * Kibana connector type `.servicenow` ("ServiceNow ITSM"); license: platinum or higher; supported
 * features: alerting, cases, uptime, siem, workflows; Kibana versions: Kibana 7.x and later (evidence:
 * elastic/kibana#132481 v7.12.0,
 * x-pack/platform/plugins/shared/stack_connectors/server/connector_types/servicenow_itsm/index.ts at
 * 12071a2).
 *
 * Fields are checked at synth by the rule engine (required fields, accepted values, URLs, the rules
 * between fields and the Kibana versions that accept them, for the version of the context key
 * `kibanaVersion`, else the newest Kibana); values that are tokens are checked by Kibana when
 * Terraform applies.
 */
export class ServiceNowItsmConnector extends KibanaConnector {
  /** Kibana connector type id. */
  public static readonly CONNECTOR_TYPE_ID: string = '.servicenow';
  /** Lowest Elastic license that can use this connector type. */
  public static readonly MINIMUM_LICENSE: string = 'platinum';
  /** Kibana features that can use this connector type (`supported_feature_ids`). */
  public static readonly SUPPORTED_FEATURES: string[] = ['alerting', 'cases', 'uptime', 'siem', 'workflows'];
  /** First Kibana version with this connector type (`unknown` for types without a catalog entry). */
  public static readonly FIRST_KIBANA_VERSION: string = '7.x';

  /**
   * Creates the ServiceNowItsmConnector (`.servicenow`).
   * @param scope The construct this connector belongs to.
   * @param id Construct id. For a connector directly in a stack it is also the Terraform resource name.
   * @param props Name, space, config, secrets and the other options of the connector.
   */
  constructor(scope: Construct, id: string, props: ServiceNowItsmConnectorProps) {
    super(scope, id, typedConnectorProps(SERVICE_NOW_ITSM_CONNECTOR_SPEC, props, scope));
    validateTypedConnector(this, SERVICE_NOW_ITSM_CONNECTOR_SPEC, props);
  }
}
