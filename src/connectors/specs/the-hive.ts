// GENERATED FILE: do not edit by hand.
// Written by the connector generator (generator/connectors/) from its inputs:
// catalog/the-hive.json.
// Regenerate with: npx projen generate
import { ConnectorSpec, FieldSpec } from '../../engine/spec';
import { CATALOG } from './catalog';

/** The fields of TheHiveIncident. */
const THE_HIVE_INCIDENT_FIELDS: readonly FieldSpec[] = [
  { key: 'title', type: 'string', required: true },
  { key: 'description', type: 'string', required: true },
  { key: 'externalId', type: 'string' },
  { key: 'severity', type: 'number' },
  { key: 'tlp', type: 'number' },
  { key: 'tags', type: 'stringList' },
];

/** The fields of TheHiveComment. */
const THE_HIVE_COMMENT_FIELDS: readonly FieldSpec[] = [
  { key: 'comment', type: 'string', required: true },
  { key: 'commentId', type: 'string', required: true },
];

/** The fields of TheHiveSubActionParams. */
const THE_HIVE_SUB_ACTION_PARAMS_FIELDS: readonly FieldSpec[] = [
  { key: 'incident', type: 'struct', fields: THE_HIVE_INCIDENT_FIELDS },
  { key: 'comments', type: 'structList', fields: THE_HIVE_COMMENT_FIELDS },
  { key: 'title', type: 'string' },
  { key: 'description', type: 'string' },
  { key: 'type', type: 'string' },
  { key: 'source', type: 'string' },
  { key: 'sourceRef', type: 'string' },
  { key: 'severity', type: 'number' },
  { key: 'isRuleSeverity', type: 'boolean', versions: [{ since: '9.1' }] },
  { key: 'tlp', type: 'number' },
  { key: 'tags', type: 'stringList' },
  { key: 'body', type: 'string', versions: [{ since: '9.1' }] },
];

/**
 * What Kibana accepts in a `.thehive` connector, per version, as the rule engine (src/engine/) reads
 * it. Versions: Kibana 8.16 and later (evidence: elastic/kibana#180138, elastic/kibana#191903 v8.16.0,
 * elastic/kibana#192424 v8.16.0).
 */
export const THE_HIVE_CONNECTOR_SPEC: ConnectorSpec = {
  typeId: '.thehive',
  subject: 'connector',
  catalog: CATALOG,
  versions: [{ since: '8.16' }],
  strict: true,
  config: [
    { key: 'url', type: 'string', required: true, url: true },
    { key: 'organisation', type: 'string' },
  ],
  secrets: [
    { key: 'apiKey', type: 'string', required: true },
  ],
  params: [
    { key: 'subAction', type: 'enum', required: true, values: ['pushToService', 'createAlert'] },
    { key: 'subActionParams', type: 'struct', required: true, fields: THE_HIVE_SUB_ACTION_PARAMS_FIELDS },
  ],
  rules: [
    {
      kind: 'when',
      when: [{ path: 'params.subAction', op: 'equals', values: ['pushToService'] }],
      require: ['params.subActionParams.incident'],
      forbid: [
        'params.subActionParams.title',
        'params.subActionParams.description',
        'params.subActionParams.type',
        'params.subActionParams.source',
        'params.subActionParams.sourceRef',
        'params.subActionParams.severity',
        'params.subActionParams.isRuleSeverity',
        'params.subActionParams.tlp',
        'params.subActionParams.tags',
        'params.subActionParams.body',
      ],
    },
    {
      kind: 'when',
      when: [{ path: 'params.subAction', op: 'equals', values: ['createAlert'] }],
      require: [
        'params.subActionParams.title',
        'params.subActionParams.description',
        'params.subActionParams.type',
        'params.subActionParams.source',
        'params.subActionParams.sourceRef',
      ],
      forbid: ['params.subActionParams.incident', 'params.subActionParams.comments'],
    },
  ],
};
