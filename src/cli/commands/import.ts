// `kibana-connectors import`: reads the connectors of one, several or all spaces (a live Kibana or
// saved answers), plans them (src/importer/plan.ts) and writes TypeScript or HCL that adopts them,
// plus a report. Its options and their help side by side; the help is rendered from them. HCL
// output loads no cdktf: cdktf's token marker rule (src/importer/cdktf-markers.ts) is loaded only
// for TypeScript, and the context's secret probe is asked for the output's kind.
// May import the shared modules of src/cli/, src/importer, src/kibana, src/kibana-version.ts, src/flavour.ts,
// src/space-id.ts, src/comment.ts; src/importer/cdktf-markers.ts lazily.
import * as path from 'path';
import { jsonDocument, terminalText } from '../../comment';
import { FRAMEWORK } from '../../flavour';
import { emitHcl } from '../../importer/emit-hcl';
import { emitTypeScript, FRAMEWORKS, Framework, packageOf } from '../../importer/emit-ts';
import { ConnectorDataError, ConnectorRecord, NameOverrideError, planImport, SpaceConnectors } from '../../importer/plan';
import { RuleDataError, RuleRecord, SpaceRules } from '../../importer/plan-rules';
import { buildReport, formatReport } from '../../importer/report';
import { RULE_LIBRARY } from '../../importer/rule-library';
import { TargetVersion } from '../../importer/text';
import type { TokenMarkerFinder } from '../../importer/token-markers';
import { KibanaClient, KibanaError } from '../../kibana/client';
import { KibanaTarget, parseKibanaVersion } from '../../kibana-version';
import { isPlainObject } from '../../object';
import { DEFAULT_SPACE_ID, SPACE_ID_PATTERN } from '../../space-id';
import { defineCommand, ParsedCommandLine } from '../command';
import { CONNECTION_HELP, makeClient } from '../connection-options';
import { CliContext } from '../context';
import { CommandError, EXIT_OK, UsageError } from '../exit';
import { readJsonFile } from '../input';
import { intOption, OptionTable, renderOptions } from '../options';
import { checkOutputPaths, NamedPath, OutputFile, outputOption, writeOutputs } from '../output';

const SOURCE_OPTIONS = {
  'space': { type: 'string', multiple: true, arg: '<id>', help: 'space to read, repeatable (default: default)' },
  'all-spaces': { type: 'boolean', help: 'read every space the credentials can see' },
  'from-file': {
    type: 'string',
    multiple: true,
    arg: '[<space>=]<file>',
    help: 'read a saved answer instead of Kibana, repeatable: a JSON array\n'
      + '(GET /api/actions/connectors of one space: <space>=, the only\n'
      + '--space, or "default") or a JSON object {"<space>": [...], ...}',
  },
  'rules-from-file': {
    type: 'string',
    multiple: true,
    arg: '[<space>=]<file>',
    help: 'read saved rules too, repeatable: an answer of GET\n'
      + '/api/alerting/rules/_find ({"data": [...]}) or a JSON array of rules\n'
      + '(one space: <space>=, the only --space, or "default"), or an object\n'
      + '{"<space>": ..., ...}; without it, --from-file reads no rules',
  },
  'only': {
    type: 'string',
    arg: 'connectors|rules',
    help: 'import only connectors, or only rules (their actions then reference\nconnectors by id); default both',
  },
  'page-size': { type: 'string', arg: '<n>', help: 'rules per page of GET /api/alerting/rules/_find (default 100)' },
  'concurrency': { type: 'string', arg: '<n>', help: 'spaces fetched in parallel (default 4)' },
  'kibana-version': {
    type: 'string',
    arg: '<x.y.z>',
    help: 'the Kibana version the code targets (default: asked from Kibana,\n'
      + 'GET /api/status; with --from-file, or when Kibana does not say: the\n'
      + 'newest Kibana the library knows). A connector whose config the typed\n'
      + 'construct refuses for that version is written as KibanaConnector',
  },
} as const satisfies OptionTable;

const OUTPUT_OPTIONS = {
  'format': { type: 'string', arg: 'ts|hcl', help: 'TypeScript construct code (default) or Terraform HCL' },
  'out': { type: 'string', arg: '<file>', help: 'write there (default stdout)' },
  'report': {
    type: 'string',
    arg: '<file>',
    help: 'write the per-connector report as JSON (summary always on stderr)\n'
      + '--out and --report are written all or nothing: a failed run leaves\n'
      + 'both as they were; a symlink is written through (the link stays);\n'
      + 'devices and pipes (/dev/stdout) are written directly; an output\n'
      + 'that is an input file or the other output is refused',
  },
  'map': { type: 'string', arg: '<file>', help: 'JSON {"<space>/<connector_id>": "resource_name"} name overrides' },
  'framework': {
    type: 'string',
    arg: FRAMEWORKS.join('|'),
    help: `the CDK the TypeScript is for: its App, TerraformStack, ... come from\nthat module (default ${FRAMEWORK})`,
  },
  'package': {
    type: 'string',
    arg: '<specifier>',
    help: `module the TypeScript imports the constructs from (default: the\npackage for --framework, ${FRAMEWORKS.map(packageOf).join(' or ')})`,
  },
  'no-required-providers': {
    type: 'boolean',
    help: 'HCL without the terraform { required_providers { ... } } block (for a\nfolder that already has one)',
  },
  'write-only-secrets': {
    type: 'boolean',
    help: 'send secrets through the write-only secrets_wo attribute\n(Terraform 1.11+; never stored in state; a cdktn app must declare\ncontext targetVersions terraform ">=1.11.0")',
  },
} as const satisfies OptionTable;

const OPTIONS = { ...SOURCE_OPTIONS, ...OUTPUT_OPTIONS } as const satisfies OptionTable;

const HELP = `Usage: kibana-connectors import [options]

Reads the connectors and alerting rules of one, several or all spaces of a live Kibana
(or saved GET /api/actions/connectors and rules/_find answers) and writes code that adopts
them with import blocks whose id is <space_id>/<connector_id> or <space_id>/<rule_id>. A rule
becomes its typed class where the library has one, and each action the action() of its
imported connector, bound by reference. Secrets cannot be read from Kibana: each required
secret becomes a sensitive variable, listed in the output and the report.

Source:
${renderOptions(SOURCE_OPTIONS)}

Output:
${renderOptions(OUTPUT_OPTIONS)}

${CONNECTION_HELP}
`;

async function run({ values, progress }: ParsedCommandLine<typeof OPTIONS>, context: CliContext): Promise<number> {
  const out = outputOption('--out', values.out);
  const reportFile = outputOption('--report', values.report);
  const format = values.format ?? 'ts';
  if (format !== 'ts' && format !== 'hcl') throw new UsageError('--format must be ts or hcl');
  const framework = values.framework ?? FRAMEWORK;
  if (!(FRAMEWORKS as readonly string[]).includes(framework)) throw new UsageError(`--framework must be ${FRAMEWORKS.join(' or ')}`);
  if (format === 'hcl' && values.framework !== undefined) throw new UsageError('--framework is for --format ts');
  if (format === 'ts' && values['no-required-providers']) throw new UsageError('--no-required-providers is for --format hcl (the TypeScript\'s provider construct declares the provider)');
  if (values['all-spaces'] && values.space?.length) throw new UsageError('--all-spaces and --space exclude each other');
  for (const s of values.space ?? []) {
    if (!SPACE_ID_PATTERN.test(s)) throw new UsageError(`--space ${JSON.stringify(s)} is not a Kibana space id (lowercase letters, digits, "_" and "-")`);
  }
  if (values.package !== undefined && values.package.trim() === '') throw new UsageError('--package must not be empty');
  const flagVersion = values['kibana-version'] === undefined ? undefined : normalVersion(values['kibana-version']);
  if (flagVersion === null) {
    throw new UsageError(`--kibana-version ${JSON.stringify(values['kibana-version'])} is not a Kibana version x.y.z (for example 8.15.0)`);
  }
  const concurrency = intOption(values.concurrency, 'concurrency', 1, 64, 4);
  const pageSize = intOption(values['page-size'], 'page-size', 1, 10000, 100);
  const only = values.only;
  if (only !== undefined && only !== 'connectors' && only !== 'rules') throw new UsageError('--only must be connectors or rules');
  if (only === 'connectors' && values['rules-from-file']?.length) throw new UsageError('--rules-from-file reads rules, which --only connectors leaves out');
  const outputs: NamedPath[] = [];
  if (out !== undefined) outputs.push({ flag: '--out', file: out });
  if (reportFile !== undefined) outputs.push({ flag: '--report', file: reportFile });
  const inputs: NamedPath[] = [
    ...(values['from-file'] ?? []).map((spec) => ({ flag: '--from-file', file: fromFileSpec(spec).file })),
    ...(values['rules-from-file'] ?? []).map((spec) => ({ flag: '--rules-from-file', file: fromFileSpec(spec).file })),
  ];
  if (values.map !== undefined) inputs.push({ flag: '--map', file: values.map });
  checkOutputPaths(outputs, inputs, context.cwd);

  // Read the name overrides first: a bad mapping file should fail before any network call.
  let overrides: Record<string, unknown> | undefined;
  if (values.map) {
    const file = values.map;
    const parsed = readJsonFile(path.resolve(context.cwd, file), file);
    if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) throw new CommandError(`--map ${file}: expected a JSON object {"<space>/<connector_id>": "name"}`);
    overrides = parsed as Record<string, unknown>;
  }

  let spaces: SpaceConnectors[];
  let ruleSpaces: SpaceRules[] | undefined;
  let source: string;
  let target: TargetVersion = flagVersion !== undefined ? { version: flagVersion, source: 'flag' } : { source: 'newest' };
  const savedRules = values['rules-from-file'] ?? [];
  if (values['from-file']?.length || savedRules.length) {
    if (values['all-spaces']) throw new UsageError('--all-spaces reads a live Kibana; with --from-file, use --space to filter');
    spaces = values['from-file']?.length ? readFromFiles(values['from-file'], values.space ?? [], context.cwd) : [];
    if (savedRules.length) ruleSpaces = readRuleFiles(savedRules, values.space ?? [], context.cwd);
    const files = [...(values['from-file'] ?? []), ...savedRules].map((f) => path.basename(fromFileSpec(f).file));
    source = `saved answers (${files.join(', ')})`;
  } else {
    const client = makeClient(values, context, progress);
    if (flagVersion === undefined) target = await versionOf(client, context);
    let ids: string[];
    if (values['all-spaces']) {
      ids = (await client.listSpaces()).map((s) => s.id).sort();
      progress(`found ${ids.length} space(s)\n`);
    } else {
      ids = [...new Set(values.space?.length ? values.space : [DEFAULT_SPACE_ID])];
    }
    const fetched = await fetchSpaces(client, ids, concurrency, progress, only === 'connectors' ? undefined : pageSize);
    spaces = fetched.map((s) => ({ spaceId: s.spaceId, connectors: s.connectors }));
    if (only !== 'connectors') ruleSpaces = fetched.map((s) => ({ spaceId: s.spaceId, rules: s.rules ?? [] }));
    source = `Kibana (space${ids.length === 1 ? '' : 's'} ${ids.join(', ')})`;
  }

  let plan;
  try {
    plan = planImport(spaces, {
      registry: context.registry,
      propertyRenames: context.propertyRenames,
      nameOverrides: overrides,
      secretProbe: context.secretProbe ? context.secretProbe({ kibanaVersion: target.version, output: format }) : undefined,
      tokenMarkers: format === 'ts' ? cdktfTokenMarkers() : undefined,
      enums: context.enums,
      only: only as 'connectors' | 'rules' | undefined,
      rules: ruleSpaces && only !== 'connectors'
        ? { spaces: ruleSpaces, library: context.ruleLibrary ?? RULE_LIBRARY, target: new KibanaTarget(target.version) }
        : undefined,
    });
  } catch (e) {
    if (e instanceof NameOverrideError) throw new CommandError(`--map ${values.map}: ${e.message}`);
    if (e instanceof ConnectorDataError || e instanceof RuleDataError) throw new CommandError(`${source}: ${e.message}`);
    throw e;
  }
  const writeOnlySecrets = values['write-only-secrets'] === true;
  const text = format === 'hcl'
    ? emitHcl(plan, { source, writeOnlySecrets, kibanaVersion: target, requiredProviders: values['no-required-providers'] !== true })
    : emitTypeScript(plan, { framework: framework as Framework, packageName: values.package, source, writeOnlySecrets, kibanaVersion: target });
  const report = buildReport(plan, { format, kibanaVersion: target, rules: ruleSpaces !== undefined });

  // Every file or none; stdout only once the files are written.
  const files: OutputFile[] = [];
  if (out !== undefined) files.push({ flag: '--out', file: out, text });
  if (reportFile !== undefined) files.push({ flag: '--report', file: reportFile, text: jsonDocument(report) });
  writeOutputs(files, context.cwd);
  if (out === undefined) context.stdout(text);
  if (!values.quiet) context.stderr(formatReport(report, 50));
  if (out !== undefined) progress(`wrote ${out}\n`);
  return EXIT_OK;
}

/** cdktf's token marker rule, which the TypeScript output needs (it loads part of cdktf). */
function cdktfTokenMarkers(): TokenMarkerFinder {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return (require('../../importer/cdktf-markers') as typeof import('../../importer/cdktf-markers')).findCdktfMarker;
}

/** `x.y.z` of a version as src/kibana-version.ts reads it (`8.15` is `8.15.0`), or null. */
function normalVersion(text: string): string | null {
  const parts = parseKibanaVersion(text);
  return parts ? parts.join('.') : null;
}

/** The version Kibana reports; when it does not answer with one, the newest known (with a warning). */
async function versionOf(client: KibanaClient, context: CliContext): Promise<TargetVersion> {
  let problem: string;
  try {
    const reported = await client.getVersion();
    // The rule of src/kibana-version.ts, as for --kibana-version: 8.16.0-SNAPSHOT targets 8.16.0.
    const version = normalVersion(reported);
    if (version !== null) return { version, source: 'kibana' };
    problem = `GET /api/status: version.number ${JSON.stringify(terminalText(reported))} is not a version x.y.z`;
  } catch (e) {
    if (!(e instanceof KibanaError)) throw e;
    problem = e.message;
  }
  context.stderr(`warning: could not read the Kibana version (${problem}); the typed constructs are checked against the newest Kibana the library knows: pass --kibana-version\n`);
  return { source: 'newest' };
}

const CONNECTORS_ANSWER = 'the answer of GET /api/actions/connectors';

function checkRecords(value: unknown, label: string): ConnectorRecord[] {
  if (!Array.isArray(value)) throw new CommandError(`${label}: expected an array of connectors (${CONNECTORS_ANSWER})`);
  value.forEach((c, i) => {
    if (!c || typeof c !== 'object' || typeof c.id !== 'string' || typeof c.name !== 'string' || typeof c.connector_type_id !== 'string') {
      throw new CommandError(`${label}: element ${i} is not a connector (needs string id, name and connector_type_id)`);
    }
    if (c.config !== undefined && c.config !== null && (typeof c.config !== 'object' || Array.isArray(c.config))) {
      throw new CommandError(`${label}: element ${i} (${c.id}) has a config that is not an object`);
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
    if (!SPACE_ID_PATTERN.test(space)) throw new CommandError(`${label}: ${JSON.stringify(space)} is not a Kibana space id`);
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
        throw new CommandError(`${file} holds one connector${id}, not a list of connectors: expected a JSON array of connectors (${CONNECTORS_ANSWER}); put the object in [ ]`);
      }
      if (m.space) throw new UsageError(`--from-file ${spec}: a <space>= prefix needs a file holding an array`);
      const lists = Object.entries(parsed as Record<string, unknown>).map(([space, list]) => [space, checkRecords(list, `${file} [${JSON.stringify(terminalText(space))}]`)] as const);
      if (lists.every(([, list]) => list.length === 0)) {
        throw new CommandError(`${file} holds no connectors: expected ${CONNECTORS_ANSWER} (a JSON array of connectors) or an object of such arrays by space id`);
      }
      for (const [space, list] of lists) add(space, list, file);
    } else {
      throw new CommandError(`${file}: expected a JSON array or an object of arrays by space id`);
    }
  }
  for (const s of spaceFilter) {
    if (!bySpace.has(s)) throw new CommandError(`--space ${s}: no connectors of that space in the given files`);
  }
  return [...bySpace.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([spaceId, connectors]) => ({ spaceId, connectors }));
}

/** A space's connectors, and its rules when they were read. */
interface FetchedSpace {
  readonly spaceId: string;
  readonly connectors: ConnectorRecord[];
  readonly rules?: RuleRecord[];
}

/**
 * Fetches the connectors of each space (and its rules, `pageSize` a page, when given), at most
 * `concurrency` spaces at a time; fails on the first error. The connectors are read with --only
 * rules too: a rule's action needs to know whether its connector is preconfigured.
 */
async function fetchSpaces(
  client: KibanaClient, ids: readonly string[], concurrency: number, progress: (t: string) => void, pageSize: number | undefined,
): Promise<FetchedSpace[]> {
  const results: FetchedSpace[] = new Array(ids.length);
  let next = 0;
  let done = 0;
  let failed: unknown;
  const worker = async (): Promise<void> => {
    while (failed === undefined && next < ids.length) {
      const i = next++;
      try {
        const connectors = await client.listConnectors(ids[i]);
        const rules = pageSize === undefined ? undefined : await client.listRules(ids[i], pageSize);
        results[i] = { spaceId: ids[i], connectors, ...(rules ? { rules } : {}) };
        done++;
        progress(`[${done}/${ids.length}] space ${ids[i]}: ${connectors.length} connector(s)${rules ? `, ${rules.length} rule(s)` : ''}\n`);
      } catch (e) {
        if (failed === undefined) failed = e;
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, ids.length) }, worker));
  if (failed !== undefined) throw failed;
  return results;
}

const RULES_ANSWER = 'the answer of GET /api/alerting/rules/_find';

/** The rules of a saved answer: `{"data": [...]}` or a bare array of rules. */
function ruleList(value: unknown, label: string): RuleRecord[] | undefined {
  const list = Array.isArray(value) ? value : isPlainObject(value) && Array.isArray(value.data) ? value.data : undefined;
  if (!list) return undefined;
  list.forEach((r, i) => {
    if (!isPlainObject(r) || typeof r.id !== 'string' || typeof r.name !== 'string' || typeof r.rule_type_id !== 'string' || typeof r.consumer !== 'string') {
      throw new CommandError(`${label}: element ${i} is not a rule (needs string id, name, rule_type_id and consumer)`);
    }
    if (r.params !== undefined && r.params !== null && !isPlainObject(r.params)) throw new CommandError(`${label}: element ${i} (${terminalText(r.id)}) has params that are not an object`);
    if (r.actions !== undefined && !(Array.isArray(r.actions) && r.actions.every((a) => isPlainObject(a) && typeof a.id === 'string'))) {
      throw new CommandError(`${label}: element ${i} (${terminalText(r.id)}) has actions that are not a list of {"id": ...}`);
    }
  });
  return list as RuleRecord[];
}

/** --rules-from-file: saved rules by space (one space's answer or list, or an object of them by space id). */
function readRuleFiles(specs: readonly string[], spaceFilter: readonly string[], cwd: string): SpaceRules[] {
  const bySpace = new Map<string, RuleRecord[]>();
  const add = (space: string, rules: RuleRecord[], label: string): void => {
    if (!SPACE_ID_PATTERN.test(space)) throw new CommandError(`${label}: ${JSON.stringify(terminalText(space))} is not a Kibana space id`);
    if (spaceFilter.length && !spaceFilter.includes(space)) return;
    bySpace.set(space, [...(bySpace.get(space) ?? []), ...rules]);
  };
  for (const spec of specs) {
    const m = fromFileSpec(spec);
    const parsed = readJsonFile(path.resolve(cwd, m.file), m.file);
    const one = ruleList(parsed, m.file);
    if (one) {
      let space = m.space;
      if (!space) {
        if (spaceFilter.length > 1) throw new UsageError(`--rules-from-file ${m.file} holds one space's rules: name it as <space>=${m.file}`);
        space = spaceFilter[0] ?? DEFAULT_SPACE_ID;
      }
      add(space, one, m.file);
    } else if (isPlainObject(parsed)) {
      if (m.space) throw new UsageError(`--rules-from-file ${spec}: a <space>= prefix needs a file holding one space's rules`);
      for (const [space, value] of Object.entries(parsed)) {
        const label = `${m.file} [${JSON.stringify(terminalText(space))}]`;
        const list = ruleList(value, label);
        if (!list) throw new CommandError(`${label}: expected ${RULES_ANSWER} or a JSON array of rules`);
        add(space, list, m.file);
      }
    } else {
      throw new CommandError(`${m.file}: expected ${RULES_ANSWER}, a JSON array of rules, or an object of those by space id`);
    }
  }
  return [...bySpace.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([spaceId, rules]) => ({ spaceId, rules }));
}

export const importCommand = defineCommand({
  options: OPTIONS,
  help: HELP,
  run,
});
