// `kibana-connectors guard` (stop plans that delete connectors rules still use; fails closed)
// and `kibana-connectors test` (run a connector once through Kibana's _execute API). Text from
// Kibana or the plan is printed through terminalText; pasteable hints through shellQuote.
import * as path from 'path';
import { parseArgs } from 'util';
import { shellQuote, terminalText } from '../comment';
import { formatGuardTable, judgeRemovals } from '../guard/guard';
import { findConnectorRemovals, PlanError } from '../guard/plan';
import { DEFAULT_SPACE_ID, SPACE_ID_PATTERN } from '../space-id';
import { CliIo, CONNECTION_HELP, CONNECTION_OPTIONS, EXIT_FAILURE, EXIT_OK, InputError, makeClient, readJsonFile, UsageError } from './common';

const GUARD_HELP = `Usage: kibana-connectors guard --plan <file> [--allow <address>]... [options]

Reads "terraform show -json <planfile>" output, finds every
elasticstack_kibana_action_connector the plan deletes or replaces (a change of
connector_type_id, space_id or connector_id replaces it), asks Kibana how many rules
use each one (referenced_by_count), and fails when a referenced connector would go:
those rules' actions would fail silently.

  --plan <file>            the plan as JSON (terraform show -json plan.tfplan > plan.json)
  --allow <address>        a reviewed resource address that may go anyway, repeatable

The guard fails closed. These block too (exit 1), unless the address is allowed:
  - Kibana's answer has no usable referenced_by_count for the connector (missing, null)
  - Kibana does not list the connector in its space; a plan without space_id for a
    connector is looked up in "default", and the output says so
And these are errors (exit 1): a file that is not "terraform show -json <planfile>"
output (e.g. the JSON of a state), an errored plan, Kibana failing to answer.
Values the plan marks sensitive are shown as (sensitive). The --allow hints printed
on a block are shell-quoted: paste them as they are.

Exit codes: 0 nothing in use goes, 1 something in use (or possibly in use) goes, or
any failure, 2 usage error.

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

  for (const r of removals.filter((x) => x.spaceFrom === 'default')) {
    io.stderr(`guard: ${terminalText(r.address)}: the plan has no space_id for this connector; looked it up in space "default"\n`);
  }

  const client = makeClient(values, io, progress);
  const rows = await judgeRemovals(removals, async (space) => {
    const connectors = await client.listConnectors(space);
    // As Kibana answered: a missing or null count stays unknown (the guard blocks it).
    return new Map(connectors.map((c) => [c.id, c.referenced_by_count as unknown]));
  }, new Set(values.allow ?? []));
  io.stdout(formatGuardTable(rows));

  const blocked = rows.filter((r) => r.verdict === 'blocked');
  const unknownAllows = (values.allow ?? []).filter((a) => !rows.some((r) => r.address === a));
  for (const a of unknownAllows) progress(`guard: --allow ${terminalText(shellQuote(a))} matches no connector that this plan deletes or replaces\n`);
  for (const r of rows.filter((x) => x.verdict === 'allowed')) progress(`guard: ${terminalText(r.address)}: allowed by --allow; ${terminalText(r.why)}\n`);
  if (blocked.length) {
    io.stderr(`guard: ${blocked.length} connector${blocked.length === 1 ? '' : 's'} that rules use or may use would be deleted or replaced:\n`
      + blocked.map((r) => `  ${terminalText(r.address)}: ${terminalText(r.why)}\n`).join('')
      + 'Review the rules first; to let a reviewed one through, add:\n'
      + blocked.map((r) => `  ${allowHint(r.address)}\n`).join(''));
    return EXIT_FAILURE;
  }
  progress(`guard: ${rows.length} connector${rows.length === 1 ? '' : 's'} deleted or replaced, none blocked\n`);
  return EXIT_OK;
}

/**
 * `--allow <address>` as one shell word that pastes as exactly the address. An address with
 * control characters cannot be both pasted and shown safely: it is shown escaped, and said so.
 */
function allowHint(address: string): string {
  const quoted = shellQuote(address);
  const safe = terminalText(quoted);
  return safe === quoted ? `--allow ${quoted}` : `--allow ${safe} (shown escaped: the address has control characters)`;
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
  const space = slash < 0 ? DEFAULT_SPACE_ID : target.slice(0, slash);
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
  io.stdout(lines.map(([k, v]) => `${k} ${terminalText(v)}`).join('\n') + '\n');
  return result.status === 'ok' ? EXIT_OK : EXIT_FAILURE;
}
