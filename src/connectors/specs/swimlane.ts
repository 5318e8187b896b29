// GENERATED FILE: do not edit by hand.
// Written by the connector generator (generator/connectors/) from its inputs:
// catalog/swimlane.json.
// Regenerate with: npx projen generate
import { ConnectorSpec, FieldSpec } from '../../engine/spec';
import { CATALOG } from './catalog';

/** The fields of SwimlaneFieldMapping. */
const SWIMLANE_FIELD_MAPPING_FIELDS: readonly FieldSpec[] = [
  { key: 'id', type: 'string', required: true },
  { key: 'key', type: 'string', required: true },
  { key: 'name', type: 'string', required: true },
  { key: 'fieldType', type: 'string', required: true },
];

/** The fields of SwimlaneMappings. */
const SWIMLANE_MAPPINGS_FIELDS: readonly FieldSpec[] = [
  { key: 'ruleNameConfig', type: 'struct', fields: SWIMLANE_FIELD_MAPPING_FIELDS },
  { key: 'alertIdConfig', type: 'struct', fields: SWIMLANE_FIELD_MAPPING_FIELDS },
  { key: 'caseIdConfig', type: 'struct', fields: SWIMLANE_FIELD_MAPPING_FIELDS },
  { key: 'caseNameConfig', type: 'struct', fields: SWIMLANE_FIELD_MAPPING_FIELDS },
  { key: 'commentsConfig', type: 'struct', fields: SWIMLANE_FIELD_MAPPING_FIELDS },
  { key: 'severityConfig', type: 'struct', fields: SWIMLANE_FIELD_MAPPING_FIELDS },
  { key: 'descriptionConfig', type: 'struct', fields: SWIMLANE_FIELD_MAPPING_FIELDS },
];

/**
 * What Kibana accepts in a `.swimlane` connector, per version, as the rule engine (src/engine/) reads
 * it. Versions: Kibana 7.14 and later (evidence: elastic/kibana#100086,
 * src/platform/packages/shared/kbn-connector-schemas/swimlane/schemas/v1.ts at 1064da9).
 */
export const SWIMLANE_CONNECTOR_SPEC: ConnectorSpec = {
  typeId: '.swimlane',
  subject: 'connector',
  catalog: CATALOG,
  versions: [{ since: '7.14' }],
  strict: true,
  config: [
    { key: 'apiUrl', type: 'string', required: true, url: true },
    { key: 'appId', type: 'string', required: true },
    { key: 'connectorType', type: 'enum', required: true, values: ['all', 'alerts', 'cases'] },
    { key: 'mappings', type: 'struct', required: true, fields: SWIMLANE_MAPPINGS_FIELDS },
  ],
  secrets: [
    { key: 'apiToken', type: 'string', required: true },
  ],
  rules: [],
};
