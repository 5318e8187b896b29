// GENERATED FILE: do not edit by hand.
// Written by the connector generator (generator/connectors/) from its inputs:
// catalog/microsoft-defender-endpoint.json.
// Regenerate with: npx projen generate
import { ConnectorSpec } from '../../engine/spec';
import { CATALOG } from './catalog';

/**
 * What Kibana accepts in a `.microsoft_defender_endpoint` connector, per version, as the rule engine
 * (src/engine/) reads it. Versions: Kibana 8.18 and later (evidence: elastic/kibana#203183 v8.18.0
 * v9.0.0, elastic/kibana#205012 v8.18.0 v9.0.0).
 */
export const MICROSOFT_DEFENDER_ENDPOINT_CONNECTOR_SPEC: ConnectorSpec = {
  typeId: '.microsoft_defender_endpoint',
  subject: 'connector',
  catalog: CATALOG,
  versions: [{ since: '8.18' }],
  strict: true,
  config: [
    { key: 'clientId', type: 'string', required: true },
    { key: 'tenantId', type: 'string', required: true },
    { key: 'oAuthServerUrl', type: 'string', required: true, url: true },
    { key: 'oAuthScope', type: 'string', required: true },
    { key: 'apiUrl', type: 'string', required: true, url: true },
  ],
  secrets: [
    { key: 'clientSecret', type: 'string', required: true },
  ],
  rules: [],
};
