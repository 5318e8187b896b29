// `kibana-connectors guard` (stop plans that delete connectors rules still use) and
// `kibana-connectors test` (run a connector once through Kibana's _execute API).
import * as path from 'path';
import { parseArgs } from 'util';
import { formatGuardTable, judgeRemovals } from '../guard/guard';
import { findConnectorRemovals, PlanError } from '../guard/plan';
import { SPACE_ID_PATTERN } from '../space-id';
import { CliIo, CONNECTION_HELP, CONNECTION_OPTIONS, EXIT_FAILURE, EXIT_OK, InputError, makeClient, readJsonFile, UsageError } from './common';

const GUARD_HELP = `Usage: kibana-connectors guard --plan <file> [--allow <address>]... [options]

Reads "terraform show -json <planfile>" output, finds every
elasticstack_kibana_action_connector the plan deletes or replaces (a change of
connector_type_id, space_id or connector_id replaces it), asks Kibana how many rules
use each one (referenced_by_count), and fails when a referenced connector would go:
those rules' actions would fail silently.

  --plan <file>            the plan as JSON (terraform show -json plan.tfplan > plan.json)
  --allow <address>        a reviewed resource address that may go anyway, repeatable

Exit codes: 0 nothing referenced goes, 1 a referenced connector goes (or Kibana or the
plan file failed: the guard fails closed), 2 usage error.

${CONNECTION_HELP}
`;

const TEST_HELP = `Usage: kibana-connectors test [<space>/]<connector_id> (--params <json> | --params-file <file>) [options]

Runs the connector once with POST /api/actions/connector/<id>/_execute and prints
Kibana's status and message. The space defaults to "default".

  --params <json>          the params object, e.g. '{"message":"test from CI"}'
  --params-file <file>     read the params object from a JSON file

Exit codes: 0 status ok, 1 status error (or Kibana failed), 2 usage error.

${CONNECTION_HELP}
`;

export async function guardCommand(argv: readonly string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseArgs({
    args: [...argv],
    options: { ...CONNECTION_OPTIONS, plan: { type: 'string' }, allow: { type: 'string', multiple: true } },
    strict: true,
    allowPositionals: true,
  });
  if (values.help) {
    io.stdout(GUARD_HELP);
    return EXIT_OK;
  }
  if (positionals.length) throw new UsageError(`unexpected argument ${JSON.stringify(positionals[0])}`);
  if (!values.plan) throw new UsageError('--plan <file> is required');
  const progress = values.quiet ? () => undefined : io.stderr;

  const planFile = values.plan;
  const plan = readJsonFile(path.resolve(io.cwd, planFile), planFile);
  let removals;
  try {
    removals = findConnectorRemovals(plan, planFile);
  } catch (e) {
    if (e instanceof PlanError) throw new InputError(e.message);
    throw e;
  }
  if (removals.length === 0) {
    progress('guard: no Kibana connector is deleted or replaced by this plan\n');
    return EXIT_OK;
  }

  const client = makeClient(values, io, progress);
  const rows = await judgeRemovals(removals, async (space) => {
    const connectors = await client.listConnectors(space);
    return new Map(connectors.map((c) => [c.id, c.referenced_by_count ?? 0]));
  }, new Set(values.allow ?? []));
  io.stdout(formatGuardTable(rows));

  const blocked = rows.filter((r) => r.verdict === 'blocked');
  const unknownAllows = (values.allow ?? []).filter((a) => !rows.some((r) => r.address === a));
  for (const a of unknownAllows) progress(`guard: --allow ${a} matches no connector that this plan deletes or replaces\n`);
  if (blocked.length) {
    progress(`guard: ${blocked.length} connector${blocked.length === 1 ? '' : 's'} referenced by rules would be deleted or replaced.\n`
      + 'Review the rules first; to let a reviewed one through, add:\n'
      + blocked.map((r) => `  --allow ${r.address}\n`).join(''));
    return EXIT_FAILURE;
  }
  progress(`guard: ${rows.length} connector${rows.length === 1 ? '' : 's'} deleted or replaced, none blocked\n`);
  return EXIT_OK;
}

export async function testCommand(argv: readonly string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseArgs({
    args: [...argv],
    options: { ...CONNECTION_OPTIONS, 'params': { type: 'string' }, 'params-file': { type: 'string' } },
    strict: true,
    allowPositionals: true,
  });
  if (values.help) {
    io.stdout(TEST_HELP);
    return EXIT_OK;
  }
  if (positionals.length !== 1) throw new UsageError('expected one connector: [<space>/]<connector_id>');
  const target = positionals[0];
  const slash = target.indexOf('/');
  const space = slash < 0 ? 'default' : target.slice(0, slash);
  const id = slash < 0 ? target : target.slice(slash + 1);
  if (!SPACE_ID_PATTERN.test(space)) throw new UsageError(`${JSON.stringify(space)} is not a Kibana space id (lowercase letters, digits, "_" and "-")`);
  if (!id) throw new UsageError('the connector id is empty');

  if ((values.params === undefined) === (values['params-file'] === undefined)) {
    throw new UsageError('give the params with exactly one of --params or --params-file');
  }
  let params: unknown;
  if (values.params !== undefined) {
    try {
      params = JSON.parse(values.params);
    } catch (e) {
      throw new UsageError(`--params: not valid JSON (${(e as Error).message})`);
    }
  } else {
    params = readJsonFile(path.resolve(io.cwd, values['params-file']!), values['params-file']!);
  }
  if (typeof params !== 'object' || params === null || Array.isArray(params)) {
    throw new UsageError('the params must be a JSON object');
  }

  const progress = values.quiet ? () => undefined : io.stderr;
  const client = makeClient(values, io, progress);
  const result = await client.execute(id, params as Record<string, unknown>, space);
  const lines: string[][] = [['status:', String(result.status)]];
  if (result.message) lines.push(['message:', String(result.message)]);
  if (result.service_message) lines.push(['service message:', String(result.service_message)]);
  io.stdout(lines.map(([k, v]) => `${k} ${v.replace(/[\r\n]+/g, ' ')}`).join('\n') + '\n');
  return result.status === 'ok' ? EXIT_OK : EXIT_FAILURE;
}
