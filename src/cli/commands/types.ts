// `kibana-connectors types`: writes Kibana's GET /api/actions/connector_types answer as pretty
// JSON (the default, which the connector generator reads), or with --table one line per type:
// Kibana's id, name, minimum license and enabled flags next to this package's construct and the
// first Kibana version it knows for the type. With --rules the same for GET /api/alerting/rule_types
// (JSON sorted by id, as generator/rule-types.json; the table: groups, producer, alerts as data and
// the typed rule class). Every text from Kibana goes through terminalText (the tables, each cell cut
// to MAX_CELL) or terminalJson (the JSON, each string cut to MAX_JSON_STRING).
// Its options and their help side by side; the help is rendered from them.
// May import the shared modules of src/cli/, src/comment.ts, src/object.ts, the generated
// constructs (src/connectors, for their FIRST_KIBANA_VERSION statics) and src/rules/registry.ts.
import { MAX_JSON_STRING, terminalJson, terminalText } from '../../comment';
import * as CONSTRUCTS from '../../connectors';
import { hasOwn, isPlainObject } from '../../object';
import { RULE_TYPES } from '../../rules/registry';
import { defineCommand, ParsedCommandLine } from '../command';
import { CONNECTION_HELP, makeClient } from '../connection-options';
import { CliContext } from '../context';
import { EXIT_OK, UsageError } from '../exit';
import { OptionTable, renderOptions } from '../options';
import { outputOption, writeOutputs } from '../output';

const OPTIONS = {
  'rules': {
    type: 'boolean',
    help: 'the rule types (GET /api/alerting/rule_types) instead of the connector types,\nsorted by type id',
  },
  'feature-id': { type: 'string', arg: '<id>', help: 'only connector types of this feature (alerting, cases, uptime, siem, ...)' },
  'space': { type: 'string', arg: '<id>', help: 'ask in this space (default: default)' },
  'table': {
    type: 'boolean',
    help: 'one line per type instead of JSON: type id, name, minimum license,\nfirst Kibana version and construct of this package, enabled; with --rules:\ntype id, name, producer, default, recovery and all action groups, alerts\nas data, typed rule class of this package',
  },
  'out': {
    type: 'string',
    arg: '<file>',
    help: 'write there atomically, through a symlink; devices and pipes\ndirectly (default stdout)',
  },
} as const satisfies OptionTable;

/** Longest cell of the tables: a longer text from Kibana is cut. */
export const MAX_CELL = 120;

const HELP = `Usage: kibana-connectors types [options]

Writes GET /api/actions/connector_types as pretty JSON (Kibana's order): the connector
types the Kibana offers, with their licenses and features. Control and bidi characters
in Kibana's texts are written as \\uXXXX escapes (the same JSON values), and a text
longer than ${MAX_JSON_STRING} characters is cut, ending in "... (<length> characters)".
With --table, one line per type; "-" where this package has no typed construct for
it. The enabled column is "yes", or "no" with what disables the type (config:
Kibana's settings, license: the license is below the type's minimum).

With --rules, GET /api/alerting/rule_types instead: the rule types of the space,
sorted by type id, with their action groups and context variables. The table
shows each type's groups (the recovery group among them), its producer,
whether it writes alerts as data (alerts filters need it; summary actions run only
with it) and the typed rule class of this package ("-": use AlertingRule). The JSON is escaped and
cut as the connector types' is; the tables cut each cell to ${MAX_CELL} characters.

${renderOptions(OPTIONS)}

${CONNECTION_HELP}
`;

const COLUMNS = ['TYPE', 'NAME', 'LICENSE', 'FIRST KIBANA', 'CONSTRUCT', 'ENABLED'] as const;
const RULE_COLUMNS = ['TYPE', 'NAME', 'PRODUCER', 'DEFAULT GROUP', 'RECOVERY GROUP', 'ACTION GROUPS', 'ALERTS AS DATA', 'CLASS'] as const;

/** A text cell from Kibana's answer: one terminal-safe line, "-" when absent or not text. */
function cell(value: unknown): string {
  if (typeof value === 'string' && value !== '') return terminalText(value);
  if (typeof value === 'number') return String(value);
  return '-';
}

/** "yes", or "no" with the flags that say why (Kibana's enabled_in_config, enabled_in_license). */
function enabledCell(type: Record<string, unknown>): string {
  if (type.enabled === true) return 'yes';
  const why = [
    ...(type.enabled_in_config === false ? ['config'] : []),
    ...(type.enabled_in_license === false ? ['license'] : []),
  ];
  if (type.enabled === false) return why.length > 0 ? `no (${why.join(', ')})` : 'no';
  return '-';
}

/** The table: a header and one line per type, columns padded to their widest cell. */
function renderTable(types: readonly unknown[], context: CliContext): string {
  const constructs = CONSTRUCTS as unknown as Record<string, { FIRST_KIBANA_VERSION?: unknown } | undefined>;
  const rows: string[][] = [];
  for (const item of types) {
    const type = (typeof item === 'object' && item !== null ? item : {}) as Record<string, unknown>;
    const id = typeof type.id === 'string' ? type.id : undefined;
    const info = id !== undefined && hasOwn(context.registry, id) ? context.registry[id] : undefined;
    const construct = info?.typed ? info.constructName : undefined;
    const first = construct !== undefined && hasOwn(constructs, construct)
      ? constructs[construct]?.FIRST_KIBANA_VERSION
      : undefined;
    const license = boundedCell(type.minimum_license_required);
    rows.push([boundedCell(type.id), boundedCell(type.name), license, cell(first), cell(construct), enabledCell(type)]);
  }
  return padded(COLUMNS, rows);
}

/** A header and the rows, columns padded to their widest cell. */
function padded(columns: readonly string[], rows: readonly string[][]): string {
  const widths = columns.map((title, i) => Math.max(title.length, ...rows.map((r) => r[i].length)));
  const line = (r: readonly string[]): string => r.map((c, i) => (i === r.length - 1 ? c : c.padEnd(widths[i]))).join('  ') + '\n';
  return line(columns) + rows.map(line).join('');
}

/** A cell of a table: terminal-safe, at most MAX_CELL characters. */
function boundedCell(value: unknown): string {
  const text = cell(value);
  return text.length > MAX_CELL ? `${text.slice(0, MAX_CELL - 3)}...` : text;
}

/** An action group's id (`{ id, name }`), or undefined. */
function groupId(group: unknown): unknown {
  return isPlainObject(group) ? group.id : undefined;
}

/** Whether the type writes alerts as data (as the rule generator reads it: has_alerts_mappings, or an alerts object). */
function alertsAsDataCell(type: Record<string, unknown>): string {
  if (type.has_alerts_mappings === true || isPlainObject(type.alerts)) return 'yes';
  return type.has_alerts_mappings === false ? 'no' : '-';
}

/** The rule types table: one line per type (sorted by id), with the typed class of this package. */
function renderRuleTable(types: readonly Record<string, unknown>[], context: CliContext): string {
  const known = context.ruleLibrary?.ruleTypes ?? RULE_TYPES;
  const rows = types.map((type) => {
    const id = typeof type.id === 'string' ? type.id : undefined;
    const className = id !== undefined && hasOwn(known, id) ? known[id].className : undefined;
    const groups = Array.isArray(type.action_groups) ? type.action_groups.map((g) => { const gid = groupId(g); return typeof gid === 'string' ? gid : '-'; }).join(', ') : undefined;
    return [
      boundedCell(type.id), boundedCell(type.name), boundedCell(type.producer), boundedCell(type.default_action_group_id),
      boundedCell(groupId(type.recovery_action_group)), boundedCell(groups), alertsAsDataCell(type), boundedCell(className),
    ];
  });
  return padded(RULE_COLUMNS, rows);
}

/** The rule types sorted by id (Kibana's order follows its plugins' start), for a deterministic file. */
function sortedById<T extends { readonly id: string }>(types: readonly T[]): T[] {
  return [...types].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

async function run({ values, progress }: ParsedCommandLine<typeof OPTIONS>, context: CliContext): Promise<number> {
  const out = outputOption('--out', values.out);
  if (values.rules && values['feature-id'] !== undefined) throw new UsageError('--feature-id filters connector types; rule types have no feature filter (leave out --rules or --feature-id)');
  const client = makeClient(values, context, progress);
  let text: string;
  let count: number;
  if (values.rules) {
    const types = sortedById(await client.listRuleTypes(values.space));
    text = values.table ? renderRuleTable(types, context) : terminalJson(types);
    count = types.length;
  } else {
    const types = await client.listConnectorTypes(values['feature-id'], values.space);
    text = values.table ? renderTable(types, context) : terminalJson(types);
    count = types.length;
  }
  if (out !== undefined) {
    writeOutputs([{ flag: '--out', file: out, text }], context.cwd);
    progress(`wrote ${count} ${values.rules ? 'rule' : 'connector'} type(s) to ${out}\n`);
  } else {
    context.stdout(text);
  }
  return EXIT_OK;
}

export const typesCommand = defineCommand({
  options: OPTIONS,
  help: HELP,
  run,
});
