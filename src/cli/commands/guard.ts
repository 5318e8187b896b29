// `kibana-connectors guard`: stops plans that delete or replace connectors rules still use; fails
// closed. Text from Kibana or the plan is printed through terminalText; pasteable hints through
// shellQuote. Its options and their help side by side; the help is rendered from them.
// May import the shared modules of src/cli/, src/guard, src/comment.ts, src/resource-type.ts.
import * as path from 'path';
import { shellQuote, terminalText } from '../../comment';
import { formatGuardTable, judgeRemovals } from '../../guard/guard';
import { findConnectorRemovals, PlanError } from '../../guard/terraform-plan';
import { CONNECTOR_RESOURCE_TYPE } from '../../resource-type';
import { defineCommand, ParsedCommandLine } from '../command';
import { CONNECTION_HELP, makeClient } from '../connection-options';
import { CliContext } from '../context';
import { CommandError, EXIT_FAILURE, EXIT_OK, UsageError } from '../exit';
import { readJsonFile } from '../input';
import { OptionTable, renderOptions } from '../options';

const OPTIONS = {
  plan: { type: 'string', arg: '<file>', help: 'the plan as JSON (terraform show -json plan.tfplan > plan.json)' },
  allow: { type: 'string', multiple: true, arg: '<address>', help: 'a reviewed resource address that may go anyway, repeatable' },
} as const satisfies OptionTable;

const HELP = `Usage: kibana-connectors guard --plan <file> [--allow <address>]... [options]

Reads "terraform show -json <planfile>" output, finds every
${CONNECTOR_RESOURCE_TYPE} the plan deletes or replaces (a change of
connector_type_id, space_id or connector_id replaces it), asks Kibana how many rules
use each one (referenced_by_count), and fails when a referenced connector would go:
those rules' actions would fail silently.

${renderOptions(OPTIONS)}

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

async function run({ values, progress }: ParsedCommandLine<typeof OPTIONS>, context: CliContext): Promise<number> {
  if (!values.plan) throw new UsageError('--plan <file> is required');

  const planFile = values.plan;
  const plan = readJsonFile(path.resolve(context.cwd, planFile), planFile);
  let removals;
  try {
    removals = findConnectorRemovals(plan, planFile);
  } catch (e) {
    if (e instanceof PlanError) throw new CommandError(e.message);
    throw e;
  }
  if (removals.length === 0) {
    progress('guard: no Kibana connector is deleted or replaced by this plan\n');
    return EXIT_OK;
  }

  for (const r of removals.filter((x) => x.spaceFrom === 'default')) {
    context.stderr(`guard: ${terminalText(r.address)}: the plan has no space_id for this connector; looked it up in space "default"\n`);
  }

  const client = makeClient(values, context, progress);
  const rows = await judgeRemovals(removals, async (space) => {
    const connectors = await client.listConnectors(space);
    // As Kibana answered: a missing or null count stays unknown (the guard blocks it).
    return new Map(connectors.map((c) => [c.id, c.referenced_by_count as unknown]));
  }, new Set(values.allow ?? []));
  context.stdout(formatGuardTable(rows));

  const blocked = rows.filter((r) => r.verdict === 'blocked');
  const unknownAllows = (values.allow ?? []).filter((a) => !rows.some((r) => r.address === a));
  for (const a of unknownAllows) progress(`guard: --allow ${terminalText(shellQuote(a))} matches no connector that this plan deletes or replaces\n`);
  for (const r of rows.filter((x) => x.verdict === 'allowed')) progress(`guard: ${terminalText(r.address)}: allowed by --allow; ${terminalText(r.why)}\n`);
  if (blocked.length) {
    context.stderr(`guard: ${blocked.length} connector${blocked.length === 1 ? '' : 's'} that rules use or may use would be deleted or replaced:\n`
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

export const guardCommand = defineCommand({
  options: OPTIONS,
  help: HELP,
  run,
});
