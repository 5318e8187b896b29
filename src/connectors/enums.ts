// GENERATED FILE: do not edit by hand.
// Written by the connector generator (generator/connectors/) from its inputs:
// catalog/.
// Regenerate with: npx projen generate
/** What a D3 Security rule action does. */
export enum D3SecuritySubAction {
  /** Kibana value `run`. */
  RUN = 'run'
}

/**
 * Mail services Kibana knows by name. Kibana also accepts any other nodemailer well-known service
 * name.
 */
export enum EmailService {
  /** Kibana value `other`. */
  OTHER = 'other',
  /** Kibana value `gmail`. */
  GMAIL = 'gmail',
  /** Kibana value `outlook365`. */
  OUTLOOK365 = 'outlook365',
  /** Kibana value `ses`. */
  SES = 'ses',
  /** Kibana value `elastic_cloud`. */
  ELASTIC_CLOUD = 'elastic_cloud',
  /** Kibana value `exchange_server`. */
  EXCHANGE_SERVER = 'exchange_server'
}

/**
 * Inference services Kibana accepts for an AI connector (its own list, checked when the connector is
 * created). amazon_sagemaker, deepseek, jinaai and voyageai appear in only one of Kibana's lists; the
 * library accepts them rather than refuse a value Kibana may take.
 */
export enum InferenceProvider {
  /** Kibana value `amazonbedrock`. */
  AMAZON_BEDROCK = 'amazonbedrock',
  /** Kibana value `azureopenai`. */
  AZURE_OPENAI = 'azureopenai',
  /** Kibana value `azureaistudio`. */
  AZURE_AI_STUDIO = 'azureaistudio',
  /** Kibana value `cohere`. */
  COHERE = 'cohere',
  /** Kibana value `elasticsearch`. */
  ELASTICSEARCH = 'elasticsearch',
  /** Kibana value `googleaistudio`. */
  GOOGLE_AI_STUDIO = 'googleaistudio',
  /** Kibana value `googlevertexai`. */
  GOOGLE_VERTEX_AI = 'googlevertexai',
  /** Kibana value `hugging_face`. */
  HUGGING_FACE = 'hugging_face',
  /** Kibana value `mistral`. */
  MISTRAL = 'mistral',
  /** Kibana value `openai`. */
  OPENAI = 'openai',
  /** Kibana value `anthropic`. */
  ANTHROPIC = 'anthropic',
  /** Kibana value `watsonxai`. */
  WATSONX_AI = 'watsonxai',
  /** Kibana value `alibabacloud-ai-search`. */
  ALIBABA_CLOUD_AI_SEARCH = 'alibabacloud-ai-search',
  /** Kibana value `elastic`. */
  ELASTIC = 'elastic',
  /** Kibana value `amazon_sagemaker`. */
  AMAZON_SAGEMAKER = 'amazon_sagemaker',
  /** Kibana value `deepseek`. */
  DEEPSEEK = 'deepseek',
  /** Kibana value `jinaai`. */
  JINA_AI = 'jinaai',
  /** Kibana value `voyageai`. */
  VOYAGE_AI = 'voyageai'
}

/** Kinds of task an inference endpoint performs. */
export enum InferenceTaskType {
  /** Kibana value `completion`. */
  COMPLETION = 'completion',
  /** Kibana value `chat_completion`. */
  CHAT_COMPLETION = 'chat_completion',
  /** Kibana value `rerank`. */
  RERANK = 'rerank',
  /** Kibana value `text_embedding`. */
  TEXT_EMBEDDING = 'text_embedding',
  /** Kibana value `sparse_embedding`. */
  SPARSE_EMBEDDING = 'sparse_embedding'
}

/** Priority of a Jira Service Management alert. */
export enum JiraServiceManagementPriority {
  /** Kibana value `P1`. */
  P1 = 'P1',
  /** Kibana value `P2`. */
  P2 = 'P2',
  /** Kibana value `P3`. */
  P3 = 'P3',
  /** Kibana value `P4`. */
  P4 = 'P4',
  /** Kibana value `P5`. */
  P5 = 'P5'
}

/** Kind of a Jira Service Management responder. */
export enum JiraServiceManagementResponderType {
  /** Kibana value `team`. */
  TEAM = 'team',
  /** Kibana value `user`. */
  USER = 'user',
  /** Kibana value `escalation`. */
  ESCALATION = 'escalation',
  /** Kibana value `schedule`. */
  SCHEDULE = 'schedule'
}

/** What a Jira Service Management rule action does. */
export enum JiraServiceManagementSubAction {
  /** Kibana value `createAlert`. */
  CREATE_ALERT = 'createAlert',
  /** Kibana value `closeAlert`. */
  CLOSE_ALERT = 'closeAlert'
}

/** Kind of a Jira Service Management alert viewer. */
export enum JiraServiceManagementVisibleToType {
  /** Kibana value `team`. */
  TEAM = 'team',
  /** Kibana value `user`. */
  USER = 'user'
}

/** What a Jira rule action does. */
export enum JiraSubAction {
  /** Kibana value `pushToService`. */
  PUSH_TO_SERVICE = 'pushToService'
}

/** How an MCP connector authenticates to its server. */
export enum McpAuthType {
  /** Kibana value `none`. */
  NONE = 'none',
  /** Kibana value `bearer`. */
  BEARER = 'bearer',
  /** Kibana value `apiKey`. */
  API_KEY = 'apiKey',
  /** Kibana value `basic`. */
  BASIC = 'basic'
}

/** Which OpenAI-style service a connector talks to; each one takes different fields. */
export enum OpenAiProvider {
  /** Kibana value `OpenAI`. */
  OPENAI = 'OpenAI',
  /** Kibana value `Azure OpenAI`. */
  AZURE_OPENAI = 'Azure OpenAI',
  /** Kibana value `Other`. */
  OTHER = 'Other'
}

/** Priority of a Opsgenie alert. */
export enum OpsgeniePriority {
  /** Kibana value `P1`. */
  P1 = 'P1',
  /** Kibana value `P2`. */
  P2 = 'P2',
  /** Kibana value `P3`. */
  P3 = 'P3',
  /** Kibana value `P4`. */
  P4 = 'P4',
  /** Kibana value `P5`. */
  P5 = 'P5'
}

/** Kind of a Opsgenie responder. */
export enum OpsgenieResponderType {
  /** Kibana value `team`. */
  TEAM = 'team',
  /** Kibana value `user`. */
  USER = 'user',
  /** Kibana value `escalation`. */
  ESCALATION = 'escalation',
  /** Kibana value `schedule`. */
  SCHEDULE = 'schedule'
}

/** What a Opsgenie rule action does. */
export enum OpsgenieSubAction {
  /** Kibana value `createAlert`. */
  CREATE_ALERT = 'createAlert',
  /** Kibana value `closeAlert`. */
  CLOSE_ALERT = 'closeAlert'
}

/** Kind of a Opsgenie alert viewer. */
export enum OpsgenieVisibleToType {
  /** Kibana value `team`. */
  TEAM = 'team',
  /** Kibana value `user`. */
  USER = 'user'
}

/** What a PagerDuty event does to an incident. */
export enum PagerDutyEventAction {
  /** Kibana value `trigger`. */
  TRIGGER = 'trigger',
  /** Kibana value `resolve`. */
  RESOLVE = 'resolve',
  /** Kibana value `acknowledge`. */
  ACKNOWLEDGE = 'acknowledge'
}

/** Severity of a PagerDuty event. */
export enum PagerDutySeverity {
  /** Kibana value `critical`. */
  CRITICAL = 'critical',
  /** Kibana value `error`. */
  ERROR = 'error',
  /** Kibana value `warning`. */
  WARNING = 'warning',
  /** Kibana value `info`. */
  INFO = 'info'
}

/** What an IBM Resilient rule action does. */
export enum ResilientSubAction {
  /** Kibana value `pushToService`. */
  PUSH_TO_SERVICE = 'pushToService'
}

/** Log levels of the Kibana server log. */
export enum ServerLogLevel {
  /** Kibana value `trace`. */
  TRACE = 'trace',
  /** Kibana value `debug`. */
  DEBUG = 'debug',
  /** Kibana value `info`. */
  INFO = 'info',
  /** Kibana value `warn`. */
  WARN = 'warn',
  /** Kibana value `error`. */
  ERROR = 'error',
  /** Kibana value `fatal`. */
  FATAL = 'fatal'
}

/** What a ServiceNow ITOM rule action does. */
export enum ServiceNowItomSubAction {
  /** Kibana value `addEvent`. */
  ADD_EVENT = 'addEvent'
}

/** What a ServiceNow ITSM rule action does. */
export enum ServiceNowItsmSubAction {
  /** Kibana value `pushToService`. */
  PUSH_TO_SERVICE = 'pushToService',
  /** Kibana value `closeIncident`. */
  CLOSE_INCIDENT = 'closeIncident'
}

/** What a ServiceNow SecOps rule action does. */
export enum ServiceNowSecOpsSubAction {
  /** Kibana value `pushToService`. */
  PUSH_TO_SERVICE = 'pushToService'
}

/** What a Slack API action does. */
export enum SlackApiSubAction {
  /** Kibana value `postMessage`. */
  POST_MESSAGE = 'postMessage',
  /** Kibana value `postBlockkit`. */
  POST_BLOCKKIT = 'postBlockkit'
}

/** Which kind of records a Swimlane connector handles. */
export enum SwimlaneConnectorType {
  /** Kibana value `all`. */
  ALL = 'all',
  /** Kibana value `alerts`. */
  ALERTS = 'alerts',
  /** Kibana value `cases`. */
  CASES = 'cases'
}

/** What a Swimlane rule action does. */
export enum SwimlaneSubAction {
  /** Kibana value `pushToService`. */
  PUSH_TO_SERVICE = 'pushToService'
}

/** What a TheHive rule action does. */
export enum TheHiveSubAction {
  /** Kibana value `pushToService`. */
  PUSH_TO_SERVICE = 'pushToService',
  /** Kibana value `createAlert`. */
  CREATE_ALERT = 'createAlert'
}

/** What a Tines rule action does. */
export enum TinesSubAction {
  /** Kibana value `run`. */
  RUN = 'run'
}

/** How strictly the server's TLS certificate is checked. */
export enum TlsVerificationMode {
  /** Kibana value `full`. */
  FULL = 'full',
  /** Kibana value `certificate`. */
  CERTIFICATE = 'certificate',
  /** Kibana value `none`. */
  NONE = 'none'
}

/** How a webhook-style connector authenticates to the remote service. */
export enum WebhookAuthType {
  /** Kibana value `webhook-authentication-basic`. */
  BASIC = 'webhook-authentication-basic',
  /** Kibana value `webhook-authentication-ssl`. */
  SSL = 'webhook-authentication-ssl',
  /** Kibana value `webhook-oauth2-client-credentials`. */
  OAUTH2_CLIENT_CREDENTIALS = 'webhook-oauth2-client-credentials',
  /** Kibana value `http-authentication-query-param`. */
  QUERY_PARAM = 'http-authentication-query-param'
}

/** Format of the client certificate used for TLS client authentication. */
export enum WebhookCertType {
  /** Kibana value `ssl-crt-key`. */
  SSL_CRT_KEY = 'ssl-crt-key',
  /** Kibana value `ssl-pfx`. */
  SSL_PFX = 'ssl-pfx'
}

/** HTTP methods a webhook-style connector can use. */
export enum WebhookMethod {
  /** Kibana value `post`. */
  POST = 'post',
  /** Kibana value `put`. */
  PUT = 'put',
  /** Kibana value `patch`. */
  PATCH = 'patch',
  /** Kibana value `get`. */
  GET = 'get',
  /** Kibana value `delete`. */
  DELETE = 'delete'
}
