// GENERATED FILE: do not edit by hand.
// Written by the connector generator (generator/connectors/) from its inputs:
// connector-types.json and catalog/.
// Regenerate with: npx projen generate
export * from './bedrock';
export * from './cases-webhook';
export * from './crowd-strike';
export * from './d3-security';
export * from './email';
export * from './enums';
export * from './gemini';
export * from './index-connector';
export * from './inference';
export * from './jira';
export * from './jira-service-management';
export * from './mcp';
export * from './microsoft-defender-endpoint';
export * from './open-ai';
export * from './opsgenie';
export * from './pager-duty';
export * from './resilient';
export * from './sentinel-one';
export * from './server-log';
export * from './service-now-itom';
export * from './service-now-itsm';
export * from './service-now-sec-ops';
export * from './slack';
export * from './slack-api';
export * from './swimlane';
export * from './teams';
export * from './the-hive';
export * from './tines';
export * from './torq';
export * from './webhook';
export * from './xmatters';
export * from './xsoar';
