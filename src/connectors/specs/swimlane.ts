// GENERATED FILE: do not edit by hand.
// Written by the connector generator (generator/connectors/) from its inputs:
// catalog/swimlane.json.
// Regenerate with: npx projen generate
import { ConnectorSpec } from '../../engine/spec';
import { CATALOG } from './catalog';

/**
 * What Kibana accepts in a `.swimlane` connector, per version, as the rule engine (src/engine/) reads
 * it. Versions: Kibana 7.14 and later (evidence: unsettled).
 */
export const SWIMLANE_CONNECTOR_SPEC: ConnectorSpec = {
  typeId: '.swimlane',
  catalog: CATALOG,
  versions: [{ since: '7.14' }],
  strict: true,
  config: [
    { key: 'apiUrl', type: 'string', required: true, url: true },
    { key: 'appId', type: 'string', required: true },
    { key: 'connectorType', type: 'enum', required: true, values: ['all', 'alerts', 'cases'] },
    {
      key: 'mappings',
      type: 'struct',
      required: true,
      fields: [
        {
          key: 'ruleNameConfig',
          type: 'struct',
          fields: [
            { key: 'id', type: 'string', required: true },
            { key: 'key', type: 'string', required: true },
            { key: 'name', type: 'string', required: true },
            { key: 'fieldType', type: 'string', required: true },
          ],
        },
        {
          key: 'alertIdConfig',
          type: 'struct',
          fields: [
            { key: 'id', type: 'string', required: true },
            { key: 'key', type: 'string', required: true },
            { key: 'name', type: 'string', required: true },
            { key: 'fieldType', type: 'string', required: true },
          ],
        },
        {
          key: 'caseIdConfig',
          type: 'struct',
          fields: [
            { key: 'id', type: 'string', required: true },
            { key: 'key', type: 'string', required: true },
            { key: 'name', type: 'string', required: true },
            { key: 'fieldType', type: 'string', required: true },
          ],
        },
        {
          key: 'caseNameConfig',
          type: 'struct',
          fields: [
            { key: 'id', type: 'string', required: true },
            { key: 'key', type: 'string', required: true },
            { key: 'name', type: 'string', required: true },
            { key: 'fieldType', type: 'string', required: true },
          ],
        },
        {
          key: 'commentsConfig',
          type: 'struct',
          fields: [
            { key: 'id', type: 'string', required: true },
            { key: 'key', type: 'string', required: true },
            { key: 'name', type: 'string', required: true },
            { key: 'fieldType', type: 'string', required: true },
          ],
        },
        {
          key: 'severityConfig',
          type: 'struct',
          fields: [
            { key: 'id', type: 'string', required: true },
            { key: 'key', type: 'string', required: true },
            { key: 'name', type: 'string', required: true },
            { key: 'fieldType', type: 'string', required: true },
          ],
        },
        {
          key: 'descriptionConfig',
          type: 'struct',
          fields: [
            { key: 'id', type: 'string', required: true },
            { key: 'key', type: 'string', required: true },
            { key: 'name', type: 'string', required: true },
            { key: 'fieldType', type: 'string', required: true },
          ],
        },
      ],
    },
  ],
  secrets: [
    { key: 'apiToken', type: 'string', required: true },
  ],
  rules: [],
};
