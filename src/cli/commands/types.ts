// `kibana-connectors types`: writes Kibana's GET /api/actions/connector_types answer as pretty
// JSON. Its options and their help side by side; the help is rendered from them.
// May import ../common and src/kibana (through ../common).
import {
  CliContext, Command, CONNECTION_HELP, CONNECTION_OPTIONS, EXIT_OK, makeClient, noPositionals, OptionTable,
  parseCommandLine, renderOptions, writeOutputs,
} from '../common';

const OPTIONS = {
  'feature-id': { type: 'string', arg: '<id>', help: 'only types of this feature (alerting, cases, uptime, siem, ...)' },
  'space': { type: 'string', arg: '<id>', help: 'ask in this space (default: default)' },
  'out': {
    type: 'string',
    arg: '<file>',
    help: 'write there atomically, through a symlink; devices and pipes\ndirectly (default stdout)',
  },
} as const satisfies OptionTable;

const HELP = `Usage: kibana-connectors types [options]

Writes GET /api/actions/connector_types as pretty JSON (Kibana's order): the connector
types the Kibana offers, with their licenses and features.

${renderOptions(OPTIONS)}

${CONNECTION_HELP}
`;

async function run(argv: readonly string[], context: CliContext): Promise<number> {
  const { values, positionals } = parseCommandLine(argv, { ...CONNECTION_OPTIONS, ...OPTIONS });
  if (values.help) {
    context.stdout(HELP);
    return EXIT_OK;
  }
  noPositionals(positionals);
  const progress = values.quiet ? () => undefined : context.stderr;
  const client = makeClient(values, context, progress);
  const types = await client.listConnectorTypes(values['feature-id'], values.space);
  const text = JSON.stringify(types, null, 2) + '\n';
  if (values.out) {
    writeOutputs([{ flag: '--out', file: values.out, text }], context.cwd);
    progress(`wrote ${types.length} connector type(s) to ${values.out}\n`);
  } else {
    context.stdout(text);
  }
  return EXIT_OK;
}

export const typesCommand: Command = {
  summary: "Write Kibana's connector_types answer (the types a Kibana offers, with licenses)",
  run,
};
