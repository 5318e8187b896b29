// `kibana-connectors test`: runs a connector once through Kibana's _execute API and prints
// Kibana's status and message (credentials masked by the client, then through terminalText). Not named test.ts: jest would take that for
// a test file. Its options and their help side by side;
// the help is rendered from them. May import the shared modules of src/cli/, src/comment.ts, src/space-id.ts.
import * as path from 'path';
import { terminalText } from '../../comment';
import { DEFAULT_SPACE_ID, SPACE_ID_PATTERN } from '../../space-id';
import { defineCommand, ParsedCommandLine } from '../command';
import { CONNECTION_HELP, makeClient } from '../connection-options';
import { CliContext } from '../context';
import { EXIT_FAILURE, EXIT_OK, UsageError } from '../exit';
import { readJsonFile } from '../input';
import { OptionTable, renderOptions } from '../options';

const OPTIONS = {
  'params': { type: 'string', arg: '<json>', help: 'the params object, e.g. \'{"message":"test from CI"}\'' },
  'params-file': { type: 'string', arg: '<file>', help: 'read the params object from a JSON file' },
} as const satisfies OptionTable;

const HELP = `Usage: kibana-connectors test [<space>/]<connector_id> (--params <json> | --params-file <file>) [options]

Runs the connector once with POST /api/actions/connector/<id>/_execute and prints
Kibana's status and message. The space defaults to "default".

${renderOptions(OPTIONS)}

Exit codes: 0 status ok, 1 status error (or Kibana failed), 2 usage error.

${CONNECTION_HELP}
`;

async function run({ values, positionals, progress }: ParsedCommandLine<typeof OPTIONS>, context: CliContext): Promise<number> {
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
    params = readJsonFile(path.resolve(context.cwd, values['params-file']!), values['params-file']!);
  }
  if (typeof params !== 'object' || params === null || Array.isArray(params)) {
    throw new UsageError('the params must be a JSON object');
  }

  const client = makeClient(values, context, progress);
  const result = await client.execute(id, params as Record<string, unknown>, space);
  const lines: string[][] = [['status:', String(result.status)]];
  if (result.message) lines.push(['message:', String(result.message)]);
  if (result.service_message) lines.push(['service message:', String(result.service_message)]);
  context.stdout(lines.map(([k, v]) => `${k} ${terminalText(v)}`).join('\n') + '\n');
  return result.status === 'ok' ? EXIT_OK : EXIT_FAILURE;
}

export const testCommand = defineCommand({
  options: OPTIONS,
  help: HELP,
  positionals: true,
  run,
});
