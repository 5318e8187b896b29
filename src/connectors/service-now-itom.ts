// GENERATED FILE: do not edit by hand.
// Written by the connector generator (generator/connectors/) from its inputs:
// connector-types.json and catalog/service-now-itom.json.
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
import { SERVICE_NOW_ITOM_CONNECTOR_SPEC } from './specs/service-now-itom';

/** Configuration of the ServiceNowItomConnector (`.servicenow-itom`): Kibana's `config` object. */
export interface ServiceNowItomConnectorConfig extends ServicenowConfig {
}

/**
 * Secrets of the ServiceNowItomConnector (`.servicenow-itom`): Kibana's `secrets` object. Pass
 * sensitive Terraform variables rather than literal values, which would be written to the synthesized
 * configuration in clear text.
 */
export interface ServiceNowItomConnectorSecrets extends ServicenowSecrets {
}

/** Properties of the ServiceNowItomConnector (`.servicenow-itom`). */
export interface ServiceNowItomConnectorProps extends KibanaConnectorOptions {
  /** Connector configuration. */
  readonly config: ServiceNowItomConnectorConfig;
  /**
   * Connector secrets.
   * @default - no secrets (`{}`)
   */
  readonly secrets?: ServiceNowItomConnectorSecrets;
}

/**
 * Creates events in ServiceNow ITOM.
 *
 * Kibana connector type `.servicenow-itom` ("ServiceNow ITOM"); license: platinum or higher; supported
 * features: alerting, siem, workflows; Kibana versions: Kibana 7.16 and later (evidence:
 * elastic/kibana#117122 v7.16.0, elastic/kibana#142346 v7.16.0).
 *
 * Fields are checked at synth by the rule engine (required fields, accepted values, URLs, the rules
 * between fields and the Kibana versions that accept them, for the version of the context key
 * `kibanaVersion`, else the newest Kibana); values that are tokens are checked by Kibana when
 * Terraform applies.
 */
export class ServiceNowItomConnector extends KibanaConnector {
  /** Kibana connector type id. */
  public static readonly CONNECTOR_TYPE_ID: string = '.servicenow-itom';
  /** Lowest Elastic license that can use this connector type. */
  public static readonly MINIMUM_LICENSE: string = 'platinum';
  /** Kibana features that can use this connector type (`supported_feature_ids`). */
  public static readonly SUPPORTED_FEATURES: string[] = ['alerting', 'siem', 'workflows'];
  /** First Kibana version with this connector type (`unknown` for types without a catalog entry). */
  public static readonly FIRST_KIBANA_VERSION: string = '7.16';

  /**
   * Creates the ServiceNowItomConnector (`.servicenow-itom`).
   * @param scope The construct this connector belongs to.
   * @param id Construct id. For a connector directly in a stack it is also the Terraform resource name.
   * @param props Name, space, config, secrets and the other options of the connector.
   */
  constructor(scope: Construct, id: string, props: ServiceNowItomConnectorProps) {
    super(scope, id, typedConnectorProps(SERVICE_NOW_ITOM_CONNECTOR_SPEC, props, scope));
    validateTypedConnector(this, SERVICE_NOW_ITOM_CONNECTOR_SPEC, props);
  }
}
