// `kibana-connectors types`: writes Kibana's GET /api/actions/connector_types answer as pretty
// JSON (the default, which the connector generator reads), or with --table one line per type:
// Kibana's id, name, minimum license and enabled flags next to this package's construct and the
// first Kibana version it knows for the type. Every text from Kibana goes through terminalText.
// Its options and their help side by side; the help is rendered from them.
// May import the shared modules of src/cli/, src/comment.ts, src/object.ts and the generated
// constructs (src/connectors, for their FIRST_KIBANA_VERSION statics).
import { terminalText } from '../../comment';
import * as CONSTRUCTS from '../../connectors';
import { hasOwn } from '../../object';
import { defineCommand, ParsedCommandLine } from '../command';
import { CONNECTION_HELP, makeClient } from '../connection-options';
import { CliContext } from '../context';
import { EXIT_OK } from '../exit';
import { OptionTable, renderOptions } from '../options';
import { outputOption, writeOutputs } from '../output';

const OPTIONS = {
  'feature-id': { type: 'string', arg: '<id>', help: 'only types of this feature (alerting, cases, uptime, siem, ...)' },
  'space': { type: 'string', arg: '<id>', help: 'ask in this space (default: default)' },
  'table': {
    type: 'boolean',
    help: 'one line per type instead of JSON: type id, name, minimum license,\nfirst Kibana version and construct of this package, enabled',
  },
  'out': {
    type: 'string',
    arg: '<file>',
    help: 'write there atomically, through a symlink; devices and pipes\ndirectly (default stdout)',
  },
} as const satisfies OptionTable;

const HELP = `Usage: kibana-connectors types [options]

Writes GET /api/actions/connector_types as pretty JSON (Kibana's order): the connector
types the Kibana offers, with their licenses and features. With --table, one line per
type; "-" where this package has no typed construct for it. The enabled column is
"yes", or "no" with what disables the type (config: Kibana's settings, license: the
license is below the type's minimum).

${renderOptions(OPTIONS)}

${CONNECTION_HELP}
`;

const COLUMNS = ['TYPE', 'NAME', 'LICENSE', 'FIRST KIBANA', 'CONSTRUCT', 'ENABLED'] as const;

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
    rows.push([cell(type.id), cell(type.name), cell(type.minimum_license_required), cell(first), cell(construct), enabledCell(type)]);
  }
  const widths = COLUMNS.map((title, i) => Math.max(title.length, ...rows.map((r) => r[i].length)));
  const line = (r: readonly string[]): string => r.map((c, i) => (i === r.length - 1 ? c : c.padEnd(widths[i]))).join('  ') + '\n';
  return line(COLUMNS) + rows.map(line).join('');
}

async function run({ values, progress }: ParsedCommandLine<typeof OPTIONS>, context: CliContext): Promise<number> {
  const out = outputOption('--out', values.out);
  const client = makeClient(values, context, progress);
  const types = await client.listConnectorTypes(values['feature-id'], values.space);
  const text = values.table ? renderTable(types, context) : JSON.stringify(types, null, 2) + '\n';
  if (out !== undefined) {
    writeOutputs([{ flag: '--out', file: out, text }], context.cwd);
    progress(`wrote ${types.length} connector type(s) to ${out}\n`);
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
