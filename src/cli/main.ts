#!/usr/bin/env node
// The `kibana-connectors` command line: a dispatch table of its commands (src/cli/commands/:
// import, types, guard, test), the top-level help and `--version`, and the one place errors
// become exit codes and messages (never a stack trace; every message through terminalText, so
// text from the command line, files or Kibana prints no control or bidi character raw). May import
// the other modules of src/cli/, ./commands/*, src/comment.ts, the package's connector registry,
// enums and secret probe (the defaults of the command context).
import * as path from 'path';
import { terminalText } from '../comment';
import { Command } from './command';
import { guardCommand } from './commands/guard';
import { importCommand } from './commands/import';
import { testCommand } from './commands/test-connector';
import { typesCommand } from './commands/types';
import { CliContext } from './context';
import { CommandError, EXIT_FAILURE, EXIT_OK, EXIT_USAGE, isParseArgsError, UsageError } from './exit';
import { readJsonFile } from './input';
import * as ENUMS from '../connectors/enums';
import { CONNECTOR_TYPES, PROPERTY_RENAMES } from '../connectors/registry';
import { EnumCatalog } from '../importer/plan';
import { createSecretProbe } from '../importer/secret-probe';
import { KibanaError } from '../kibana/client';
import { ConnectionError } from '../kibana/connection';
import { hasOwn } from '../object';

export type { CliContext };
export { EXIT_FAILURE, EXIT_OK, EXIT_USAGE };

/** The commands, by name, in the order the help lists them. */
const COMMANDS: Readonly<Record<string, Command>> = {
  import: importCommand,
  types: typesCommand,
  guard: guardCommand,
  test: testCommand,
};

const MAIN_HELP = `Usage: kibana-connectors <command> [options]
       kibana-connectors --version

Commands:
${Object.entries(COMMANDS).map(([name, c]) => `  ${name.padEnd(8)} ${c.summary}`).join('\n')}

Run "kibana-connectors <command> --help" for a command's options.
Exit codes: 0 success, 1 failure (Kibana, files, input), 2 usage error.
`;

/** The version of this package (its package.json, two folders up from src/cli and lib/cli). */
export function packageVersion(): string {
  const file = path.join(__dirname, '..', '..', 'package.json');
  try {
    const version = (readJsonFile(file, file) as { version?: unknown } | null)?.version;
    if (typeof version === 'string') return version;
  } catch {
    // reported below
  }
  throw new CommandError(`cannot read the package version from ${file}`);
}

function defaultContext(): CliContext {
  return {
    stdout: (t) => process.stdout.write(t),
    stderr: (t) => process.stderr.write(t),
    env: process.env,
    cwd: process.cwd(),
    registry: CONNECTOR_TYPES,
    propertyRenames: PROPERTY_RENAMES,
    secretProbe: createSecretProbe,
    enums: ENUMS as unknown as EnumCatalog,
  };
}

/** Runs the command line `argv` (without node and script); resolves to the exit code. */
export async function run(argv: readonly string[], context: Partial<CliContext> = {}): Promise<number> {
  const full: CliContext = { ...defaultContext(), ...context };
  const [name, ...rest] = argv;
  const known = name !== undefined && hasOwn(COMMANDS, name);
  try {
    switch (name) {
      case undefined:
        full.stderr(MAIN_HELP);
        return EXIT_USAGE;
      case '-h':
      case '--help':
      case 'help':
        full.stdout(MAIN_HELP);
        return EXIT_OK;
      case '-V':
      case '--version':
        full.stdout(`${packageVersion()}\n`);
        return EXIT_OK;
    }
    if (!known) throw new UsageError(`unknown command ${JSON.stringify(name)}`);
    return await COMMANDS[name].run(rest, full);
  } catch (e) {
    if (e instanceof UsageError || e instanceof ConnectionError || isParseArgsError(e)) {
      full.stderr(`kibana-connectors: ${usageText(e as Error)}\nRun "kibana-connectors ${known ? name + ' ' : ''}--help" for usage.\n`);
      return EXIT_USAGE;
    }
    const message = e instanceof KibanaError || e instanceof CommandError ? e.message : `unexpected error: ${e instanceof Error ? e.message : String(e)}`;
    full.stderr(`kibana-connectors: ${terminalText(message)}\n`);
    return EXIT_FAILURE;
  }
}

/**
 * A usage error's message on one terminal-safe line. Node's parseArgs breaks some messages between
 * its own sentences ("... is ambiguous.\nDid you forget ..."): those breaks become spaces, rather
 * than the literal `\u000a` terminalText would show. Every other character, a line break inside an
 * argument included, goes through terminalText once.
 */
function usageText(e: Error): string {
  const text = isParseArgsError(e) ? e.message.replace(/([.?])\n(?=[A-Z])/g, '$1 ') : e.message;
  return terminalText(text);
}

if (require.main === module) {
  run(process.argv.slice(2)).then((code) => { process.exitCode = code; }, (e) => {
    process.stderr.write(`kibana-connectors: ${e instanceof Error ? e.message : String(e)}\n`);
    process.exitCode = EXIT_FAILURE;
  });
}
