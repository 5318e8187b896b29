#!/usr/bin/env node
// The `kibana-connectors` command: `import` (adopt existing connectors as cdktf TypeScript or
// HCL) and `types` (write the connector_types answer for the generator). A thin layer over
// src/kibana (REST client) and src/importer (pure planning and emitters).
import * as path from 'path';
import { parseArgs } from 'util';
import {
  checkOutputPaths, CliIo, CONNECTION_HELP, CONNECTION_OPTIONS, EXIT_FAILURE, EXIT_OK, EXIT_USAGE, InputError, intOption,
  isParseArgsError, makeClient, NamedPath, OutputFile, readJsonFile, UsageError, writeAtomic, writeOutputs,
} from './common';
import { guardCommand, testCommand } from './safety';
import { terminalText } from '../comment';
import { CONNECTOR_TYPES, PROPERTY_RENAMES } from '../connectors/registry';
import { emitHcl } from '../importer/emit-hcl';
import { emitTypeScript } from '../importer/emit-ts';
import { ConnectorRecord, NameOverrideError, planImport, SpaceConnectors } from '../importer/plan';
import { buildReport, formatReport } from '../importer/report';
import { createSecretProbe } from '../importer/secret-probe';
import { KibanaClient, KibanaError } from '../kibana/client';
import { ConnectionError } from '../kibana/connection';
import { DEFAULT_SPACE_ID, SPACE_ID_PATTERN } from '../space-id';

export type { CliIo };
export { EXIT_FAILURE, EXIT_OK, EXIT_USAGE, writeAtomic };

const MAIN_HELP = `Usage: kibana-connectors <command> [options]

Commands:
  import   Write cdktf TypeScript or HCL that adopts existing Kibana connectors
  types    Write Kibana's connector_types answer (for the connector generator)
  guard    Fail when a Terraform plan deletes or replaces connectors that rules use
  test     Run a connector once (POST .../_execute) and print Kibana's answer

Run "kibana-connectors <command> --help" for a command's options.
Exit codes: 0 success, 1 failure (Kibana, files, input), 2 usage error.
`;

const IMPORT_HELP = `Usage: kibana-connectors import [options]

Reads the connectors of one, several or all spaces of a live Kibana (or saved
GET /api/actions/connectors answers) and writes code that adopts them with import blocks
whose id is <space_id>/<connector_id>. Secrets cannot be read from Kibana: each required
secret becomes a sensitive variable, listed in the output and the report.

Source:
  --space <id>             space to read, repeatable (default: default)
  --all-spaces             read every space the credentials can see
  --from-file [<space>=]<file>
                           read a saved answer instead of Kibana, repeatable: a JSON array
                           (GET /api/actions/connectors of one space: <space>=, the only
                           --space, or "default") or a JSON object {"<space>": [...], ...}
  --concurrency <n>        spaces fetched in parallel (default 4)

Output:
  --format ts|hcl          TypeScript construct code (default) or Terraform HCL
  --out <file>             write there (default stdout)
  --report <file>          write the per-connector report as JSON (summary always on stderr)
                           --out and --report are written all or nothing: a failed run leaves
                           both as they were; a symlink is written through (the link stays);
                           devices and pipes (/dev/stdout) are written directly; an output
                           that is an input file or the other output is refused
  --map <file>             JSON {"<space>/<connector_id>": "resource_name"} name overrides
  --package <specifier>    module the TypeScript imports the constructs from
                           (default cdktf-kibana-connectors)
  --write-only-secrets     send secrets through the write-only secrets_wo attribute
                           (Terraform 1.11+; never stored in state)

${CONNECTION_HELP}
`;

const TYPES_HELP = `Usage: kibana-connectors types [options]

Writes GET /api/actions/connector_types as pretty JSON (Kibana's order), for
"npx projen generate:types".

  --feature-id <id>        only types of this feature (alerting, cases, uptime, siem, ...)
  --space <id>             ask in this space (default: default)
  --out <file>             write there atomically, through a symlink; devices and pipes
                           directly (default stdout)

${CONNECTION_HELP}
`;

function defaultIo(): CliIo {
  return {
    stdout: (t) => process.stdout.write(t),
    stderr: (t) => process.stderr.write(t),
    env: process.env,
    cwd: process.cwd(),
    registry: CONNECTOR_TYPES,
    propertyRenames: PROPERTY_RENAMES,
    secretProbe: createSecretProbe(),
  };
}

/** Runs the command line `argv` (without node and script); resolves to the exit code. */
export async function run(argv: readonly string[], io: Partial<CliIo> = {}): Promise<number> {
  const full: CliIo = { ...defaultIo(), ...io };
  const [command, ...rest] = argv;
  try {
    switch (command) {
      case undefined:
      case '-h':
      case '--help':
      case 'help':
        (command === undefined ? full.stderr : full.stdout)(MAIN_HELP);
        return command === undefined ? EXIT_USAGE : EXIT_OK;
      case 'import': return await importCommand(rest, full);
      case 'types': return await typesCommand(rest, full);
      case 'guard': return await guardCommand(rest, full);
      case 'test': return await testCommand(rest, full);
      default: throw new UsageError(`unknown command ${JSON.stringify(command)}`);
    }
  } catch (e) {
    if (e instanceof UsageError || e instanceof ConnectionError || isParseArgsError(e)) {
      full.stderr(`kibana-connectors: ${(e as Error).message}\nRun "kibana-connectors ${command && !command.startsWith('-') ? command + ' ' : ''}--help" for usage.\n`);
      return EXIT_USAGE;
    }
    const message = e instanceof KibanaError || e instanceof InputError ? e.message : `unexpected error: ${e instanceof Error ? e.message : String(e)}`;
    full.stderr(`kibana-connectors: ${message}\n`);
    return EXIT_FAILURE;
  }
}

async function typesCommand(argv: readonly string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseArgs({
    args: [...argv],
    options: { ...CONNECTION_OPTIONS, 'feature-id': { type: 'string' }, 'space': { type: 'string' }, 'out': { type: 'string' } },
    strict: true,
    allowPositionals: true,
  });
  if (values.help) {
    io.stdout(TYPES_HELP);
    return EXIT_OK;
  }
  if (positionals.length) throw new UsageError(`unexpected argument ${JSON.stringify(positionals[0])}`);
  const progress = values.quiet ? () => undefined : io.stderr;
  const client = makeClient(values, io, progress);
  const types = await client.listConnectorTypes(values['feature-id'], values.space);
  const text = JSON.stringify(types, null, 2) + '\n';
  if (values.out) {
    writeOutputs([{ flag: '--out', file: values.out, text }], io.cwd);
    progress(`wrote ${types.length} connector type(s) to ${values.out}\n`);
  } else {
    io.stdout(text);
  }
  return EXIT_OK;
}

async function importCommand(argv: readonly string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseArgs({
    args: [...argv],
    options: {
      ...CONNECTION_OPTIONS,
      'space': { type: 'string', multiple: true },
      'all-spaces': { type: 'boolean' },
      'from-file': { type: 'string', multiple: true },
      'format': { type: 'string' },
      'out': { type: 'string' },
      'report': { type: 'string' },
      'map': { type: 'string' },
      'package': { type: 'string' },
      'concurrency': { type: 'string' },
      'write-only-secrets': { type: 'boolean' },
    },
    strict: true,
    allowPositionals: true,
  });
  if (values.help) {
    io.stdout(IMPORT_HELP);
    return EXIT_OK;
  }
  if (positionals.length) throw new UsageError(`unexpected argument ${JSON.stringify(positionals[0])}`);
  const format = values.format ?? 'ts';
  if (format !== 'ts' && format !== 'hcl') throw new UsageError('--format must be ts or hcl');
  if (values['all-spaces'] && values.space?.length) throw new UsageError('--all-spaces and --space exclude each other');
  for (const s of values.space ?? []) {
    if (!SPACE_ID_PATTERN.test(s)) throw new UsageError(`--space ${JSON.stringify(s)} is not a Kibana space id (lowercase letters, digits, "_" and "-")`);
  }
  if (values.package !== undefined && values.package.trim() === '') throw new UsageError('--package must not be empty');
  const concurrency = intOption(values.concurrency, 'concurrency', 1, 64, 4);
  const progress = values.quiet ? () => undefined : io.stderr;
  const outputs: NamedPath[] = [];
  if (values.out !== undefined) outputs.push({ flag: '--out', file: values.out });
  if (values.report !== undefined) outputs.push({ flag: '--report', file: values.report });
  const inputs: NamedPath[] = (values['from-file'] ?? []).map((spec) => ({ flag: '--from-file', file: fromFileSpec(spec).file }));
  if (values.map !== undefined) inputs.push({ flag: '--map', file: values.map });
  checkOutputPaths(outputs, inputs, io.cwd);

  // Read the name overrides first: a bad mapping file should fail before any network call.
  let overrides: Record<string, unknown> | undefined;
  if (values.map) {
    const file = values.map;
    const parsed = readJsonFile(path.resolve(io.cwd, file), file);
    if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) throw new InputError(`--map ${file}: expected a JSON object {"<space>/<connector_id>": "name"}`);
    overrides = parsed as Record<string, unknown>;
  }

  let spaces: SpaceConnectors[];
  let source: string;
  if (values['from-file']?.length) {
    if (values['all-spaces']) throw new UsageError('--all-spaces reads a live Kibana; with --from-file, use --space to filter');
    spaces = readFromFiles(values['from-file'], values.space ?? [], io.cwd);
    source = `saved answers (${values['from-file'].map((f) => path.basename(fromFileSpec(f).file)).join(', ')})`;
  } else {
    const client = makeClient(values, io, progress);
    let ids: string[];
    if (values['all-spaces']) {
      ids = (await client.listSpaces()).map((s) => s.id).sort();
      progress(`found ${ids.length} space(s)\n`);
    } else {
      ids = [...new Set(values.space?.length ? values.space : [DEFAULT_SPACE_ID])];
    }
    spaces = await fetchSpaces(client, ids, concurrency, progress);
    source = `Kibana (space${ids.length === 1 ? '' : 's'} ${ids.join(', ')})`;
  }

  let plan;
  try {
    plan = planImport(spaces, {
      registry: io.registry,
      propertyRenames: io.propertyRenames,
      nameOverrides: overrides,
      secretProbe: io.secretProbe ?? undefined,
    });
  } catch (e) {
    if (e instanceof NameOverrideError) throw new InputError(`--map ${values.map}: ${e.message}`);
    throw e;
  }
  const writeOnlySecrets = values['write-only-secrets'] === true;
  const text = format === 'hcl'
    ? emitHcl(plan, { source, writeOnlySecrets })
    : emitTypeScript(plan, { packageName: values.package, source, writeOnlySecrets });
  const report = buildReport(plan, { format });

  // Every file or none; stdout only once the files are written.
  const files: OutputFile[] = [];
  if (values.out) files.push({ flag: '--out', file: values.out, text });
  if (values.report) files.push({ flag: '--report', file: values.report, text: JSON.stringify(report, null, 2) + '\n' });
  writeOutputs(files, io.cwd);
  if (!values.out) io.stdout(text);
  if (!values.quiet) io.stderr(formatReport(report, 50));
  if (values.out) progress(`wrote ${values.out}\n`);
  return EXIT_OK;
}

const CONNECTORS_ANSWER = 'the answer of GET /api/actions/connectors';

function checkRecords(value: unknown, label: string): ConnectorRecord[] {
  if (!Array.isArray(value)) throw new InputError(`${label}: expected an array of connectors (${CONNECTORS_ANSWER})`);
  value.forEach((c, i) => {
    if (!c || typeof c !== 'object' || typeof c.id !== 'string' || typeof c.name !== 'string' || typeof c.connector_type_id !== 'string') {
      throw new InputError(`${label}: element ${i} is not a connector (needs string id, name and connector_type_id)`);
    }
    if (c.config !== undefined && c.config !== null && (typeof c.config !== 'object' || Array.isArray(c.config))) {
      throw new InputError(`${label}: element ${i} (${c.id}) has a config that is not an object`);
    }
  });
  return value as ConnectorRecord[];
}

/** `[<space>=]<file>` of --from-file. */
function fromFileSpec(spec: string): { space?: string; file: string } {
  const m = /^([a-z0-9_-]+)=(.+)$/.exec(spec);
  return m ? { space: m[1], file: m[2] } : { file: spec };
}

/** Whether `value` looks like one connector (GET /api/actions/connector/<id>) rather than a list. */
function isOneConnector(value: object): value is { id: unknown } {
  const v = value as Record<string, unknown>;
  return typeof v.connector_type_id === 'string' || (typeof v.id === 'string' && typeof v.name === 'string');
}

function readFromFiles(specs: readonly string[], spaceFilter: readonly string[], cwd: string): SpaceConnectors[] {
  const bySpace = new Map<string, ConnectorRecord[]>();
  const add = (space: string, records: ConnectorRecord[], label: string): void => {
    if (!SPACE_ID_PATTERN.test(space)) throw new InputError(`${label}: ${JSON.stringify(space)} is not a Kibana space id`);
    if (spaceFilter.length && !spaceFilter.includes(space)) return;
    bySpace.set(space, [...(bySpace.get(space) ?? []), ...records]);
  };
  for (const spec of specs) {
    const m = fromFileSpec(spec);
    const file = m.file;
    const parsed = readJsonFile(path.resolve(cwd, file), file);
    if (Array.isArray(parsed)) {
      let space = m.space;
      if (!space) {
        if (spaceFilter.length > 1) throw new UsageError(`--from-file ${file} holds one space's connectors: name it as <space>=${file}`);
        space = spaceFilter[0] ?? DEFAULT_SPACE_ID;
      }
      add(space, checkRecords(parsed, file), file);
    } else if (parsed && typeof parsed === 'object') {
      if (isOneConnector(parsed)) {
        const id = typeof parsed.id === 'string' ? ` (${JSON.stringify(terminalText(parsed.id))})` : '';
        throw new InputError(`${file} holds one connector${id}, not a list of connectors: expected a JSON array of connectors (${CONNECTORS_ANSWER}); put the object in [ ]`);
      }
      if (m.space) throw new UsageError(`--from-file ${spec}: a <space>= prefix needs a file holding an array`);
      const lists = Object.entries(parsed as Record<string, unknown>).map(([space, list]) => [space, checkRecords(list, `${file} [${JSON.stringify(terminalText(space))}]`)] as const);
      if (lists.every(([, list]) => list.length === 0)) {
        throw new InputError(`${file} holds no connectors: expected ${CONNECTORS_ANSWER} (a JSON array of connectors) or an object of such arrays by space id`);
      }
      for (const [space, list] of lists) add(space, list, file);
    } else {
      throw new InputError(`${file}: expected a JSON array or an object of arrays by space id`);
    }
  }
  for (const s of spaceFilter) {
    if (!bySpace.has(s)) throw new InputError(`--space ${s}: no connectors of that space in the given files`);
  }
  return [...bySpace.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([spaceId, connectors]) => ({ spaceId, connectors }));
}

/** Fetches the connectors of each space, at most `concurrency` at a time; fails on the first error. */
async function fetchSpaces(
  client: KibanaClient, ids: readonly string[], concurrency: number, progress: (t: string) => void,
): Promise<SpaceConnectors[]> {
  const results: SpaceConnectors[] = new Array(ids.length);
  let next = 0;
  let done = 0;
  let failed: unknown;
  const worker = async (): Promise<void> => {
    while (failed === undefined && next < ids.length) {
      const i = next++;
      try {
        const connectors = await client.listConnectors(ids[i]);
        results[i] = { spaceId: ids[i], connectors };
        done++;
        progress(`[${done}/${ids.length}] space ${ids[i]}: ${connectors.length} connector(s)\n`);
      } catch (e) {
        if (failed === undefined) failed = e;
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, ids.length) }, worker));
  if (failed !== undefined) throw failed;
  return results;
}

if (require.main === module) {
  run(process.argv.slice(2)).then((code) => { process.exitCode = code; }, (e) => {
    process.stderr.write(`kibana-connectors: ${e instanceof Error ? e.message : String(e)}\n`);
    process.exitCode = EXIT_FAILURE;
  });
}
