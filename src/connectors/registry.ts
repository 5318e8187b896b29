// GENERATED FILE: do not edit by hand.
// Written by the connector generator (generator/connectors/) from its inputs:
// connector-types.json and catalog/.
// Regenerate with: npx projen generate
import { ConnectorTypeInfo } from '../connector-type-info';

/**
 * Generated constructs by Kibana type id (typed: false for types without a catalog entry, whose config
 * and secrets are free-form). Field lists hold Kibana's JSON keys.
 */
export const CONNECTOR_TYPES: Readonly<Record<string, ConnectorTypeInfo>> = {
  '.bedrock': {
    typeId: '.bedrock',
    constructName: 'BedrockConnector',
    configFields: ['apiUrl', 'defaultModel', 'contextWindowLength', 'temperature', 'region'],
    secretFields: ['accessKey', 'secret'],
    requiredSecretFields: ['accessKey', 'secret'],
    typed: true,
  },
  '.cases-webhook': {
    typeId: '.cases-webhook',
    constructName: 'CasesWebhookConnector',
    configFields: [
      'createIncidentUrl',
      'createIncidentMethod',
      'createIncidentJson',
      'createIncidentResponseKey',
      'getIncidentMethod',
      'getIncidentUrl',
      'getIncidentJson',
      'getIncidentResponseExternalTitleKey',
      'viewIncidentUrl',
      'updateIncidentUrl',
      'updateIncidentMethod',
      'updateIncidentJson',
      'createCommentUrl',
      'createCommentMethod',
      'createCommentJson',
      'headers',
      'hasAuth',
      'authType',
      'certType',
      'ca',
      'verificationMode',
      'accessTokenUrl',
      'clientId',
      'scope',
      'additionalFields',
    ],
    secretFields: ['user', 'password', 'crt', 'key', 'pfx', 'clientSecret', 'secretHeaders'],
    requiredSecretFields: [],
    configEnums: {
      createIncidentMethod: 'WebhookMethod',
      getIncidentMethod: 'WebhookMethod',
      updateIncidentMethod: 'WebhookMethod',
      createCommentMethod: 'WebhookMethod',
      authType: 'WebhookAuthType',
      certType: 'WebhookCertType',
      verificationMode: 'TlsVerificationMode',
    },
    typed: true,
  },
  '.crowdstrike': {
    typeId: '.crowdstrike',
    constructName: 'CrowdStrikeConnector',
    configFields: ['url'],
    secretFields: ['clientId', 'clientSecret'],
    requiredSecretFields: ['clientId', 'clientSecret'],
    typed: true,
  },
  '.d3security': {
    typeId: '.d3security',
    constructName: 'D3SecurityConnector',
    configFields: ['url'],
    secretFields: ['token'],
    requiredSecretFields: ['token'],
    typed: true,
  },
  '.email': {
    typeId: '.email',
    constructName: 'EmailConnector',
    configFields: [
      'from',
      'service',
      'host',
      'port',
      'secure',
      'hasAuth',
      'tenantId',
      'clientId',
      'oauthTokenUrl',
      'allowHtml',
    ],
    secretFields: ['user', 'password', 'clientSecret'],
    requiredSecretFields: [],
    configEnums: { service: 'EmailService' },
    typed: true,
  },
  '.gemini': {
    typeId: '.gemini',
    constructName: 'GeminiConnector',
    configFields: ['apiUrl', 'defaultModel', 'gcpRegion', 'gcpProjectID', 'contextWindowLength', 'temperature'],
    secretFields: ['credentialsJson'],
    requiredSecretFields: ['credentialsJson'],
    typed: true,
  },
  '.gen-ai': {
    typeId: '.gen-ai',
    constructName: 'OpenAiConnector',
    configFields: [
      'apiProvider',
      'apiUrl',
      'defaultModel',
      'organizationId',
      'projectId',
      'headers',
      'contextWindowLength',
      'temperature',
      'verificationMode',
      'enableNativeFunctionCalling',
    ],
    secretFields: ['apiKey', 'certificateData', 'privateKeyData', 'caData'],
    requiredSecretFields: [],
    configEnums: { apiProvider: 'OpenAiProvider', verificationMode: 'TlsVerificationMode' },
    typed: true,
  },
  '.index': {
    typeId: '.index',
    constructName: 'IndexConnector',
    configFields: ['index', 'refresh', 'executionTimeField'],
    secretFields: [],
    requiredSecretFields: [],
    typed: true,
  },
  '.inference': {
    typeId: '.inference',
    constructName: 'InferenceConnector',
    configFields: [
      'provider',
      'taskType',
      'inferenceId',
      'providerConfig',
      'taskTypeConfig',
      'contextWindowLength',
      'headers',
      'temperature',
    ],
    secretFields: ['providerSecrets'],
    requiredSecretFields: [],
    configEnums: { taskType: 'InferenceTaskType' },
    typed: true,
  },
  '.jira': {
    typeId: '.jira',
    constructName: 'JiraConnector',
    configFields: ['apiUrl', 'projectKey'],
    secretFields: ['email', 'apiToken'],
    requiredSecretFields: ['email', 'apiToken'],
    typed: true,
  },
  '.jira-service-management': {
    typeId: '.jira-service-management',
    constructName: 'JiraServiceManagementConnector',
    configFields: ['apiUrl'],
    secretFields: ['apiKey'],
    requiredSecretFields: ['apiKey'],
    typed: true,
  },
  '.mcp': {
    typeId: '.mcp',
    constructName: 'McpConnector',
    configFields: ['serverUrl', 'hasAuth', 'authType', 'apiKeyHeaderName', 'headers'],
    secretFields: ['token', 'apiKey', 'user', 'password', 'secretHeaders'],
    requiredSecretFields: [],
    configEnums: { authType: 'McpAuthType' },
    typed: true,
  },
  '.microsoft_defender_endpoint': {
    typeId: '.microsoft_defender_endpoint',
    constructName: 'MicrosoftDefenderEndpointConnector',
    configFields: ['clientId', 'tenantId', 'oAuthServerUrl', 'oAuthScope', 'apiUrl'],
    secretFields: ['clientSecret'],
    requiredSecretFields: ['clientSecret'],
    typed: true,
  },
  '.opsgenie': {
    typeId: '.opsgenie',
    constructName: 'OpsgenieConnector',
    configFields: ['apiUrl'],
    secretFields: ['apiKey'],
    requiredSecretFields: ['apiKey'],
    typed: true,
  },
  '.pagerduty': {
    typeId: '.pagerduty',
    constructName: 'PagerDutyConnector',
    configFields: ['apiUrl'],
    secretFields: ['routingKey'],
    requiredSecretFields: ['routingKey'],
    typed: true,
  },
  '.resilient': {
    typeId: '.resilient',
    constructName: 'ResilientConnector',
    configFields: ['apiUrl', 'orgId'],
    secretFields: ['apiKeyId', 'apiKeySecret'],
    requiredSecretFields: ['apiKeyId', 'apiKeySecret'],
    typed: true,
  },
  '.sentinelone': {
    typeId: '.sentinelone',
    constructName: 'SentinelOneConnector',
    configFields: ['url'],
    secretFields: ['token'],
    requiredSecretFields: ['token'],
    typed: true,
  },
  '.server-log': {
    typeId: '.server-log',
    constructName: 'ServerLogConnector',
    configFields: [],
    secretFields: [],
    requiredSecretFields: [],
    typed: true,
  },
  '.servicenow': {
    typeId: '.servicenow',
    constructName: 'ServiceNowItsmConnector',
    configFields: ['apiUrl', 'isOAuth', 'userIdentifierValue', 'clientId', 'jwtKeyId', 'usesTableApi'],
    secretFields: ['username', 'password', 'clientSecret', 'privateKey', 'privateKeyPassword'],
    requiredSecretFields: [],
    typed: true,
  },
  '.servicenow-itom': {
    typeId: '.servicenow-itom',
    constructName: 'ServiceNowItomConnector',
    configFields: ['apiUrl', 'isOAuth', 'userIdentifierValue', 'clientId', 'jwtKeyId'],
    secretFields: ['username', 'password', 'clientSecret', 'privateKey', 'privateKeyPassword'],
    requiredSecretFields: [],
    typed: true,
  },
  '.servicenow-sir': {
    typeId: '.servicenow-sir',
    constructName: 'ServiceNowSecOpsConnector',
    configFields: ['apiUrl', 'isOAuth', 'userIdentifierValue', 'clientId', 'jwtKeyId', 'usesTableApi'],
    secretFields: ['username', 'password', 'clientSecret', 'privateKey', 'privateKeyPassword'],
    requiredSecretFields: [],
    typed: true,
  },
  '.slack': {
    typeId: '.slack',
    constructName: 'SlackConnector',
    configFields: [],
    secretFields: ['webhookUrl'],
    requiredSecretFields: ['webhookUrl'],
    typed: true,
  },
  '.slack_api': {
    typeId: '.slack_api',
    constructName: 'SlackApiConnector',
    configFields: ['allowedChannels'],
    secretFields: ['token'],
    requiredSecretFields: ['token'],
    typed: true,
  },
  '.swimlane': {
    typeId: '.swimlane',
    constructName: 'SwimlaneConnector',
    configFields: ['apiUrl', 'appId', 'connectorType', 'mappings'],
    secretFields: ['apiToken'],
    requiredSecretFields: ['apiToken'],
    configEnums: { connectorType: 'SwimlaneConnectorType' },
    typed: true,
  },
  '.teams': {
    typeId: '.teams',
    constructName: 'TeamsConnector',
    configFields: [],
    secretFields: ['webhookUrl'],
    requiredSecretFields: ['webhookUrl'],
    typed: true,
  },
  '.thehive': {
    typeId: '.thehive',
    constructName: 'TheHiveConnector',
    configFields: ['url', 'organisation'],
    secretFields: ['apiKey'],
    requiredSecretFields: ['apiKey'],
    typed: true,
  },
  '.tines': {
    typeId: '.tines',
    constructName: 'TinesConnector',
    configFields: ['url'],
    secretFields: ['email', 'token'],
    requiredSecretFields: ['email', 'token'],
    typed: true,
  },
  '.torq': {
    typeId: '.torq',
    constructName: 'TorqConnector',
    configFields: ['webhookIntegrationUrl'],
    secretFields: ['token'],
    requiredSecretFields: ['token'],
    typed: true,
  },
  '.webhook': {
    typeId: '.webhook',
    constructName: 'WebhookConnector',
    configFields: [
      'url',
      'method',
      'headers',
      'hasAuth',
      'authType',
      'certType',
      'ca',
      'verificationMode',
      'accessTokenUrl',
      'clientId',
      'scope',
      'additionalFields',
    ],
    secretFields: ['user', 'password', 'crt', 'key', 'pfx', 'clientSecret', 'secretHeaders'],
    requiredSecretFields: [],
    configEnums: {
      method: 'WebhookMethod',
      authType: 'WebhookAuthType',
      certType: 'WebhookCertType',
      verificationMode: 'TlsVerificationMode',
    },
    typed: true,
  },
  '.xmatters': {
    typeId: '.xmatters',
    constructName: 'XmattersConnector',
    configFields: ['configUrl', 'usesBasic'],
    secretFields: ['user', 'password', 'secretsUrl'],
    requiredSecretFields: [],
    typed: true,
  },
  '.xsoar': {
    typeId: '.xsoar',
    constructName: 'XsoarConnector',
    configFields: ['url'],
    secretFields: ['apiKey', 'apiKeyID'],
    requiredSecretFields: ['apiKey'],
    typed: true,
  },
};

/**
 * Kibana keys whose struct property has another name (jsii forbids some names), by type id: Kibana key
 * to property name. Types without such keys are left out.
 */
export const PROPERTY_RENAMES: Readonly<Record<string, {
  readonly config: Readonly<Record<string, string>>;
  readonly secrets: Readonly<Record<string, string>>;
}>> = {
  '.cases-webhook': {
    config: {
      getIncidentMethod: 'readIncidentMethod',
      getIncidentUrl: 'readIncidentUrl',
      getIncidentJson: 'readIncidentJson',
      getIncidentResponseExternalTitleKey: 'readIncidentResponseExternalTitleKey',
    },
    secrets: {},
  },
};

/** A condition on a config field (struct property name), compared with its default applied. */
export interface ConfigCondition {
  readonly property: string;
  readonly op: 'equals' | 'in' | 'not';
  readonly values: readonly unknown[];
}

/** One of Kibana's defaults of a config field: it holds for its versions when every condition holds. */
export interface ConfigDefault {
  readonly value: unknown;
  readonly since?: string;
  readonly until?: string;
  readonly when: readonly ConfigCondition[];
}

/** A rule that makes secrets required when config conditions hold (for the Kibana versions it names). */
export interface SecretRequirement {
  readonly since?: string;
  readonly until?: string;
  readonly when: readonly ConfigCondition[];
  /** Secrets struct properties that are all required. */
  readonly require: readonly string[];
  /** Secrets struct properties of which one is required. */
  readonly requireAnyOf: readonly string[];
}

/** A type's conditionally required secrets and the config defaults their conditions read. */
export interface ConnectorRules {
  readonly configDefaults: Readonly<Record<string, readonly ConfigDefault[]>>;
  readonly secretRequirements: readonly SecretRequirement[];
}

/**
 * The rules that make secrets required on config values, by type id, as data for the importer (which
 * never reads validation messages). Generated from the same catalog rules as the constructs' checks;
 * types without such rules are left out.
 */
export const CONNECTOR_RULES: Readonly<Record<string, ConnectorRules>> = {
  '.cases-webhook': {
    configDefaults: {
      hasAuth: [{ value: true, when: [] }],
      authType: [
        {
          value: 'webhook-authentication-basic',
          since: 'unreleased',
          when: [{ property: 'hasAuth', op: 'equals', values: [true] }],
        },
      ],
    },
    secretRequirements: [
      {
        when: [
          { property: 'hasAuth', op: 'equals', values: [true] },
          { property: 'authType', op: 'equals', values: ['webhook-authentication-basic'] },
        ],
        require: ['user', 'password'],
        requireAnyOf: [],
      },
      {
        when: [
          { property: 'hasAuth', op: 'equals', values: [true] },
          { property: 'authType', op: 'equals', values: ['webhook-authentication-ssl'] },
          { property: 'certType', op: 'equals', values: ['ssl-crt-key'] },
        ],
        require: ['crt', 'key'],
        requireAnyOf: [],
      },
      {
        when: [
          { property: 'hasAuth', op: 'equals', values: [true] },
          { property: 'authType', op: 'equals', values: ['webhook-authentication-ssl'] },
          { property: 'certType', op: 'equals', values: ['ssl-pfx'] },
        ],
        require: ['pfx'],
        requireAnyOf: [],
      },
      {
        since: '9.2.0',
        when: [
          { property: 'hasAuth', op: 'equals', values: [true] },
          { property: 'authType', op: 'equals', values: ['webhook-oauth2-client-credentials'] },
        ],
        require: ['clientSecret'],
        requireAnyOf: [],
      },
      {
        when: [{ property: 'hasAuth', op: 'equals', values: [true] }],
        require: [],
        requireAnyOf: ['user', 'crt', 'pfx', 'clientSecret'],
      },
    ],
  },
  '.email': {
    configDefaults: { service: [{ value: 'other', when: [] }], hasAuth: [{ value: true, when: [] }] },
    secretRequirements: [
      {
        when: [{ property: 'service', op: 'equals', values: ['exchange_server'] }],
        require: ['clientSecret'],
        requireAnyOf: [],
      },
      {
        when: [
          { property: 'hasAuth', op: 'equals', values: [true] },
          { property: 'service', op: 'not', values: ['exchange_server'] },
        ],
        require: ['user', 'password'],
        requireAnyOf: [],
      },
    ],
  },
  '.gen-ai': {
    configDefaults: {},
    secretRequirements: [
      {
        when: [{ property: 'apiProvider', op: 'in', values: ['OpenAI', 'Azure OpenAI'] }],
        require: ['apiKey'],
        requireAnyOf: [],
      },
      {
        when: [{ property: 'apiProvider', op: 'equals', values: ['Other'] }],
        require: [],
        requireAnyOf: ['apiKey', 'certificateData'],
      },
    ],
  },
  '.mcp': {
    configDefaults: {},
    secretRequirements: [
      { when: [{ property: 'authType', op: 'equals', values: ['bearer'] }], require: ['token'], requireAnyOf: [] },
      { when: [{ property: 'authType', op: 'equals', values: ['apiKey'] }], require: ['apiKey'], requireAnyOf: [] },
      {
        when: [{ property: 'authType', op: 'equals', values: ['basic'] }],
        require: ['user', 'password'],
        requireAnyOf: [],
      },
    ],
  },
  '.servicenow': {
    configDefaults: { isOAuth: [{ value: false, since: '8.3.0', when: [] }] },
    secretRequirements: [
      {
        when: [{ property: 'isOAuth', op: 'equals', values: [false] }],
        require: ['username', 'password'],
        requireAnyOf: [],
      },
      {
        when: [{ property: 'isOAuth', op: 'equals', values: [true] }],
        require: ['clientSecret', 'privateKey'],
        requireAnyOf: [],
      },
    ],
  },
  '.servicenow-itom': {
    configDefaults: { isOAuth: [{ value: false, since: '8.3.0', when: [] }] },
    secretRequirements: [
      {
        when: [{ property: 'isOAuth', op: 'equals', values: [false] }],
        require: ['username', 'password'],
        requireAnyOf: [],
      },
      {
        when: [{ property: 'isOAuth', op: 'equals', values: [true] }],
        require: ['clientSecret', 'privateKey'],
        requireAnyOf: [],
      },
    ],
  },
  '.servicenow-sir': {
    configDefaults: { isOAuth: [{ value: false, since: '8.3.0', when: [] }] },
    secretRequirements: [
      {
        when: [{ property: 'isOAuth', op: 'equals', values: [false] }],
        require: ['username', 'password'],
        requireAnyOf: [],
      },
      {
        when: [{ property: 'isOAuth', op: 'equals', values: [true] }],
        require: ['clientSecret', 'privateKey'],
        requireAnyOf: [],
      },
    ],
  },
  '.webhook': {
    configDefaults: {
      hasAuth: [{ value: true, when: [] }],
      authType: [
        {
          value: 'webhook-authentication-basic',
          since: 'unreleased',
          when: [{ property: 'hasAuth', op: 'equals', values: [true] }],
        },
      ],
    },
    secretRequirements: [
      {
        when: [
          { property: 'hasAuth', op: 'equals', values: [true] },
          { property: 'authType', op: 'equals', values: ['webhook-authentication-basic'] },
        ],
        require: ['user', 'password'],
        requireAnyOf: [],
      },
      {
        when: [
          { property: 'hasAuth', op: 'equals', values: [true] },
          { property: 'authType', op: 'equals', values: ['webhook-authentication-ssl'] },
          { property: 'certType', op: 'equals', values: ['ssl-crt-key'] },
        ],
        require: ['crt', 'key'],
        requireAnyOf: [],
      },
      {
        when: [
          { property: 'hasAuth', op: 'equals', values: [true] },
          { property: 'authType', op: 'equals', values: ['webhook-authentication-ssl'] },
          { property: 'certType', op: 'equals', values: ['ssl-pfx'] },
        ],
        require: ['pfx'],
        requireAnyOf: [],
      },
      {
        since: '9.2.0',
        when: [
          { property: 'hasAuth', op: 'equals', values: [true] },
          { property: 'authType', op: 'equals', values: ['webhook-oauth2-client-credentials'] },
        ],
        require: ['clientSecret'],
        requireAnyOf: [],
      },
    ],
  },
  '.xmatters': {
    configDefaults: { usesBasic: [{ value: true, when: [] }] },
    secretRequirements: [
      {
        when: [{ property: 'usesBasic', op: 'equals', values: [true] }],
        require: ['user', 'password'],
        requireAnyOf: [],
      },
      { when: [{ property: 'usesBasic', op: 'equals', values: [false] }], require: ['secretsUrl'], requireAnyOf: [] },
    ],
  },
};

/**
 * Kibana's system action types (`is_system_action_type`): Kibana runs them without a connector and
 * refuses to create one, so they have no construct.
 */
export const SYSTEM_ACTION_TYPES: readonly string[] = ['.cases', '.observability-ai-assistant'];
