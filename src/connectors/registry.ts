// GENERATED FILE: do not edit by hand.
// Written by the connector generator (generator/connectors/) from its inputs:
// connector-types.json and catalog/.
// Regenerate with: npx projen generate
import { ConnectorTypeInfo } from '../connector-type-info';
import { ConnectorSpec } from '../engine/spec';
import { BEDROCK_CONNECTOR_SPEC } from './specs/bedrock';
import { CASES_WEBHOOK_CONNECTOR_SPEC } from './specs/cases-webhook';
import { CROWD_STRIKE_CONNECTOR_SPEC } from './specs/crowd-strike';
import { D3_SECURITY_CONNECTOR_SPEC } from './specs/d3-security';
import { EMAIL_CONNECTOR_SPEC } from './specs/email';
import { GEMINI_CONNECTOR_SPEC } from './specs/gemini';
import { OPEN_AI_CONNECTOR_SPEC } from './specs/open-ai';
import { INDEX_CONNECTOR_SPEC } from './specs/index-connector';
import { INFERENCE_CONNECTOR_SPEC } from './specs/inference';
import { JIRA_CONNECTOR_SPEC } from './specs/jira';
import { JIRA_SERVICE_MANAGEMENT_CONNECTOR_SPEC } from './specs/jira-service-management';
import { MCP_CONNECTOR_SPEC } from './specs/mcp';
import { MICROSOFT_DEFENDER_ENDPOINT_CONNECTOR_SPEC } from './specs/microsoft-defender-endpoint';
import { OPSGENIE_CONNECTOR_SPEC } from './specs/opsgenie';
import { PAGER_DUTY_CONNECTOR_SPEC } from './specs/pager-duty';
import { RESILIENT_CONNECTOR_SPEC } from './specs/resilient';
import { SENTINEL_ONE_CONNECTOR_SPEC } from './specs/sentinel-one';
import { SERVER_LOG_CONNECTOR_SPEC } from './specs/server-log';
import { SERVICE_NOW_ITSM_CONNECTOR_SPEC } from './specs/service-now-itsm';
import { SERVICE_NOW_ITOM_CONNECTOR_SPEC } from './specs/service-now-itom';
import { SERVICE_NOW_SEC_OPS_CONNECTOR_SPEC } from './specs/service-now-sec-ops';
import { SLACK_CONNECTOR_SPEC } from './specs/slack';
import { SLACK_API_CONNECTOR_SPEC } from './specs/slack-api';
import { SWIMLANE_CONNECTOR_SPEC } from './specs/swimlane';
import { TEAMS_CONNECTOR_SPEC } from './specs/teams';
import { THE_HIVE_CONNECTOR_SPEC } from './specs/the-hive';
import { TINES_CONNECTOR_SPEC } from './specs/tines';
import { TORQ_CONNECTOR_SPEC } from './specs/torq';
import { WEBHOOK_CONNECTOR_SPEC } from './specs/webhook';
import { XMATTERS_CONNECTOR_SPEC } from './specs/xmatters';
import { XSOAR_CONNECTOR_SPEC } from './specs/xsoar';

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
    ruleActions: true,
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
    ruleActions: true,
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
    ruleActions: true,
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
    configEnums: { provider: 'InferenceProvider', taskType: 'InferenceTaskType' },
    typed: true,
  },
  '.jira': {
    typeId: '.jira',
    constructName: 'JiraConnector',
    configFields: ['apiUrl', 'projectKey'],
    secretFields: ['email', 'apiToken'],
    requiredSecretFields: ['email', 'apiToken'],
    typed: true,
    ruleActions: true,
  },
  '.jira-service-management': {
    typeId: '.jira-service-management',
    constructName: 'JiraServiceManagementConnector',
    configFields: ['apiUrl'],
    secretFields: ['apiKey'],
    requiredSecretFields: ['apiKey'],
    typed: true,
    ruleActions: true,
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
    ruleActions: true,
  },
  '.pagerduty': {
    typeId: '.pagerduty',
    constructName: 'PagerDutyConnector',
    configFields: ['apiUrl'],
    secretFields: ['routingKey'],
    requiredSecretFields: ['routingKey'],
    typed: true,
    ruleActions: true,
  },
  '.resilient': {
    typeId: '.resilient',
    constructName: 'ResilientConnector',
    configFields: ['apiUrl', 'orgId'],
    secretFields: ['apiKeyId', 'apiKeySecret'],
    requiredSecretFields: ['apiKeyId', 'apiKeySecret'],
    typed: true,
    ruleActions: true,
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
    ruleActions: true,
  },
  '.servicenow': {
    typeId: '.servicenow',
    constructName: 'ServiceNowItsmConnector',
    configFields: ['usesTableApi', 'apiUrl', 'isOAuth', 'userIdentifierValue', 'clientId', 'jwtKeyId'],
    secretFields: ['username', 'password', 'clientSecret', 'privateKey', 'privateKeyPassword'],
    requiredSecretFields: [],
    typed: true,
    ruleActions: true,
  },
  '.servicenow-itom': {
    typeId: '.servicenow-itom',
    constructName: 'ServiceNowItomConnector',
    configFields: ['apiUrl', 'isOAuth', 'userIdentifierValue', 'clientId', 'jwtKeyId'],
    secretFields: ['username', 'password', 'clientSecret', 'privateKey', 'privateKeyPassword'],
    requiredSecretFields: [],
    typed: true,
    ruleActions: true,
  },
  '.servicenow-sir': {
    typeId: '.servicenow-sir',
    constructName: 'ServiceNowSecOpsConnector',
    configFields: ['usesTableApi', 'apiUrl', 'isOAuth', 'userIdentifierValue', 'clientId', 'jwtKeyId'],
    secretFields: ['username', 'password', 'clientSecret', 'privateKey', 'privateKeyPassword'],
    requiredSecretFields: [],
    typed: true,
    ruleActions: true,
  },
  '.slack': {
    typeId: '.slack',
    constructName: 'SlackConnector',
    configFields: [],
    secretFields: ['webhookUrl'],
    requiredSecretFields: ['webhookUrl'],
    typed: true,
    ruleActions: true,
  },
  '.slack_api': {
    typeId: '.slack_api',
    constructName: 'SlackApiConnector',
    configFields: ['allowedChannels'],
    secretFields: ['token'],
    requiredSecretFields: ['token'],
    typed: true,
    ruleActions: true,
  },
  '.swimlane': {
    typeId: '.swimlane',
    constructName: 'SwimlaneConnector',
    configFields: ['apiUrl', 'appId', 'connectorType', 'mappings'],
    secretFields: ['apiToken'],
    requiredSecretFields: ['apiToken'],
    configEnums: { connectorType: 'SwimlaneConnectorType' },
    typed: true,
    ruleActions: true,
  },
  '.teams': {
    typeId: '.teams',
    constructName: 'TeamsConnector',
    configFields: [],
    secretFields: ['webhookUrl'],
    requiredSecretFields: ['webhookUrl'],
    typed: true,
    ruleActions: true,
  },
  '.thehive': {
    typeId: '.thehive',
    constructName: 'TheHiveConnector',
    configFields: ['url', 'organisation'],
    secretFields: ['apiKey'],
    requiredSecretFields: ['apiKey'],
    typed: true,
    ruleActions: true,
  },
  '.tines': {
    typeId: '.tines',
    constructName: 'TinesConnector',
    configFields: ['url'],
    secretFields: ['email', 'token'],
    requiredSecretFields: ['email', 'token'],
    typed: true,
    ruleActions: true,
  },
  '.torq': {
    typeId: '.torq',
    constructName: 'TorqConnector',
    configFields: ['webhookIntegrationUrl'],
    secretFields: ['token'],
    requiredSecretFields: ['token'],
    typed: true,
    ruleActions: true,
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
    ruleActions: true,
  },
  '.xmatters': {
    typeId: '.xmatters',
    constructName: 'XmattersConnector',
    configFields: ['configUrl', 'usesBasic'],
    secretFields: ['user', 'password', 'secretsUrl'],
    requiredSecretFields: [],
    typed: true,
    ruleActions: true,
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

/**
 * What Kibana accepts per typed connector type, by type id: the rule data the constructs, the importer
 * and the generic KibanaConnector evaluate.
 */
export const CONNECTOR_SPECS: Readonly<Record<string, ConnectorSpec>> = {
  '.bedrock': BEDROCK_CONNECTOR_SPEC,
  '.cases-webhook': CASES_WEBHOOK_CONNECTOR_SPEC,
  '.crowdstrike': CROWD_STRIKE_CONNECTOR_SPEC,
  '.d3security': D3_SECURITY_CONNECTOR_SPEC,
  '.email': EMAIL_CONNECTOR_SPEC,
  '.gemini': GEMINI_CONNECTOR_SPEC,
  '.gen-ai': OPEN_AI_CONNECTOR_SPEC,
  '.index': INDEX_CONNECTOR_SPEC,
  '.inference': INFERENCE_CONNECTOR_SPEC,
  '.jira': JIRA_CONNECTOR_SPEC,
  '.jira-service-management': JIRA_SERVICE_MANAGEMENT_CONNECTOR_SPEC,
  '.mcp': MCP_CONNECTOR_SPEC,
  '.microsoft_defender_endpoint': MICROSOFT_DEFENDER_ENDPOINT_CONNECTOR_SPEC,
  '.opsgenie': OPSGENIE_CONNECTOR_SPEC,
  '.pagerduty': PAGER_DUTY_CONNECTOR_SPEC,
  '.resilient': RESILIENT_CONNECTOR_SPEC,
  '.sentinelone': SENTINEL_ONE_CONNECTOR_SPEC,
  '.server-log': SERVER_LOG_CONNECTOR_SPEC,
  '.servicenow': SERVICE_NOW_ITSM_CONNECTOR_SPEC,
  '.servicenow-itom': SERVICE_NOW_ITOM_CONNECTOR_SPEC,
  '.servicenow-sir': SERVICE_NOW_SEC_OPS_CONNECTOR_SPEC,
  '.slack': SLACK_CONNECTOR_SPEC,
  '.slack_api': SLACK_API_CONNECTOR_SPEC,
  '.swimlane': SWIMLANE_CONNECTOR_SPEC,
  '.teams': TEAMS_CONNECTOR_SPEC,
  '.thehive': THE_HIVE_CONNECTOR_SPEC,
  '.tines': TINES_CONNECTOR_SPEC,
  '.torq': TORQ_CONNECTOR_SPEC,
  '.webhook': WEBHOOK_CONNECTOR_SPEC,
  '.xmatters': XMATTERS_CONNECTOR_SPEC,
  '.xsoar': XSOAR_CONNECTOR_SPEC,
};

/**
 * Kibana's system action types (`is_system_action_type`): Kibana runs them without a connector and
 * refuses to create one, so they have no construct.
 */
export const SYSTEM_ACTION_TYPES: readonly string[] = ['.cases', '.observability-ai-assistant'];
