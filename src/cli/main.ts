#!/usr/bin/env node
// The `kibana-connectors` command: `import` (adopt existing connectors as cdktf TypeScript or
// HCL) and `types` (write the connector_types answer for the generator). A thin layer over
// src/kibana (REST client) and src/importer (pure planning and emitters).
import * as path from 'path';
import { parseArgs } from 'util';
import {
  CliIo, CONNECTION_HELP, CONNECTION_OPTIONS, EXIT_FAILURE, EXIT_OK, EXIT_USAGE, InputError, intOption,
  isParseArgsError, makeClient, readJsonFile, UsageError, writeAtomic,
} from './common';
import { guardCommand, testCommand } from './safety';
import { CONNECTOR_TYPES, PROPERTY_RENAMES } from '../connectors/registry';
import { emitHcl } from '../importer/emit-hcl';
import { emitTypeScript } from '../importer/emit-ts';
import { ConnectorRecord, NameOverrideError, planImport, SpaceConnectors } from '../importer/plan';
import { buildReport, formatReport } from '../importer/report';
import { createSecretProbe } from '../importer/secret-probe';
import { KibanaClient, KibanaError } from '../kibana/client';
import { ConnectionError } from '../kibana/connection';
import { SPACE_ID_PATTERN } from '../space-id';

export { CliIo, EXIT_FAILURE, EXIT_OK, EXIT_USAGE, writeAtomic };

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
  --out <file>             write there (atomically: a failed run leaves the file as it was);
                           default stdout
  --report <file>          write the per-connector report as JSON (summary always on stderr)
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
  --out <file>             write there atomically (default stdout)

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
    writeAtomic(path.resolve(io.cwd, values.out), text);
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
    source = `saved answers (${values['from-file'].map((f) => path.basename(f.replace(/^[a-z0-9_-]+=/, ''))).join(', ')})`;
  } else {
    const client = makeClient(values, io, progress);
    let ids: string[];
    if (values['all-spaces']) {
      ids = (await client.listSpaces()).map((s) => s.id).sort();
      progress(`found ${ids.length} space(s)\n`);
    } else {
      ids = [...new Set(values.space?.length ? values.space : ['default'])];
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
  const report = buildReport(plan);

  if (values.out) writeAtomic(path.resolve(io.cwd, values.out), text);
  else io.stdout(text);
  if (values.report) writeAtomic(path.resolve(io.cwd, values.report), JSON.stringify(report, null, 2) + '\n');
  if (!values.quiet) io.stderr(formatReport(report, 50));
  if (values.out) progress(`wrote ${values.out}\n`);
  return EXIT_OK;
}

function checkRecords(value: unknown, label: string): ConnectorRecord[] {
  if (!Array.isArray(value)) throw new InputError(`${label}: expected an array of connectors (the answer of GET /api/actions/connectors)`);
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

function readFromFiles(specs: readonly string[], spaceFilter: readonly string[], cwd: string): SpaceConnectors[] {
  const bySpace = new Map<string, ConnectorRecord[]>();
  const add = (space: string, records: ConnectorRecord[], label: string): void => {
    if (!SPACE_ID_PATTERN.test(space)) throw new InputError(`${label}: ${JSON.stringify(space)} is not a Kibana space id`);
    if (spaceFilter.length && !spaceFilter.includes(space)) return;
    bySpace.set(space, [...(bySpace.get(space) ?? []), ...records]);
  };
  for (const spec of specs) {
    const m = /^([a-z0-9_-]+)=(.+)$/.exec(spec);
    const file = m ? m[2] : spec;
    const parsed = readJsonFile(path.resolve(cwd, file), file);
    if (Array.isArray(parsed)) {
      let space = m?.[1];
      if (!space) {
        if (spaceFilter.length > 1) throw new UsageError(`--from-file ${file} holds one space's connectors: name it as <space>=${file}`);
        space = spaceFilter[0] ?? 'default';
      }
      add(space, checkRecords(parsed, file), file);
    } else if (parsed && typeof parsed === 'object') {
      if (m) throw new UsageError(`--from-file ${spec}: a <space>= prefix needs a file holding an array`);
      for (const [space, list] of Object.entries(parsed as Record<string, unknown>)) add(space, checkRecords(list, `${file} ["${space}"]`), file);
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
