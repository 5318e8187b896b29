#!/usr/bin/env node
// The `kibana-connectors` command line: a dispatch table of its commands (src/cli/commands/:
// import, types, guard, test), the top-level help and `--version`, and the one place errors
// become exit codes and messages (never a stack trace; every message through terminalText, so
// text from the command line, files or Kibana prints no control or bidi character raw).
// Starts fast: a command's module, and the library data of the command context (the connector
// registry, enums and secret probes), are loaded only when a command uses them, so `--version`,
// `--help`, `guard` and `test` never load cdktf, and `import` loads it only to write TypeScript
// (the constructs' secret probe; HCL gets the rule engine's) (test/cli-start.test.ts).
// May import the other modules of src/cli/, ./commands/* (lazily), src/comment.ts, src/object.ts, and
// lazily the package's connector registry, enums and secret probes (the defaults of the command
// context) and the Kibana client's error classes.
import * as path from 'path';
import { terminalText } from '../comment';
import { CommandEntry } from './command';
import { CliContext } from './context';
import { CommandError, EXIT_FAILURE, EXIT_OK, EXIT_USAGE, isParseArgsError, UsageError } from './exit';
import { readJsonFile } from './input';
import type * as Enums from '../connectors/enums';
import type * as Registry from '../connectors/registry';
import type * as EngineProbe from '../importer/engine-probe';
import type { EnumCatalog } from '../importer/plan';
import type * as SecretProbe from '../importer/secret-probe';
import type * as Client from '../kibana/client';
import type * as Connection from '../kibana/connection';
import { hasOwn } from '../object';

export type { CliContext };
export { EXIT_FAILURE, EXIT_OK, EXIT_USAGE };

/**
 * The commands, by name, in the order the help lists them; each module is loaded when its command
 * runs (a synchronous require: `import()` would stay an ES module import under module nodenext).
 */
/* eslint-disable @typescript-eslint/no-require-imports */
const COMMANDS: Readonly<Record<string, CommandEntry>> = {
  import: {
    summary: 'Write TypeScript (cdktf or cdktn) or HCL that adopts existing Kibana connectors and rules',
    load: () => (require('./commands/import') as typeof import('./commands/import')).importCommand,
  },
  types: {
    summary: "Write Kibana's connector_types answer (the types a Kibana offers, with licenses), or with --rules its rule_types",
    load: () => (require('./commands/types') as typeof import('./commands/types')).typesCommand,
  },
  guard: {
    summary: 'Fail when a Terraform plan deletes or replaces connectors that rules use',
    load: () => (require('./commands/guard') as typeof import('./commands/guard')).guardCommand,
  },
  test: {
    summary: "Run a connector once (POST .../_execute) and print Kibana's answer",
    load: () => (require('./commands/test-connector') as typeof import('./commands/test-connector')).testCommand,
  },
};
/* eslint-enable @typescript-eslint/no-require-imports */

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

// The library data of the default context, each loaded on first use (the constructs' secret probe
// loads them and cdktf; the registry, enums and the engine's probe are data and the rule engine). A synchronous require, since the context's fields are plain values.
/* eslint-disable @typescript-eslint/no-require-imports */
const registry = (): typeof Registry => require('../connectors/registry');
const enums = (): typeof Enums => require('../connectors/enums');
const secretProbe = (): typeof SecretProbe => require('../importer/secret-probe');
const engineProbe = (): typeof EngineProbe => require('../importer/engine-probe');
// The Kibana client's error classes, for the error report only (the client loads https and tls).
const client = (): typeof Client => require('../kibana/client');
const connection = (): typeof Connection => require('../kibana/connection');
/* eslint-enable @typescript-eslint/no-require-imports */

/** The command context: `given` over the defaults, whose library data loads only when a command reads it. */
function commandContext(given: Partial<CliContext>): CliContext {
  const defaults: CliContext = {
    stdout: (t) => process.stdout.write(t),
    stderr: (t) => process.stderr.write(t),
    env: process.env,
    cwd: process.cwd(),
    get registry() { return registry().CONNECTOR_TYPES; },
    get propertyRenames() { return registry().PROPERTY_RENAMES; },
    secretProbe: (options) => (options.output === 'hcl' ? engineProbe().createEngineProbe(options) : secretProbe().createSecretProbe(options)),
    get enums() { return enums() as unknown as EnumCatalog; },
  };
  // Property descriptors, not a spread: a spread would call every getter and load everything.
  return Object.defineProperties(defaults, Object.getOwnPropertyDescriptors(given));
}

/** Runs the command line `argv` (without node and script); resolves to the exit code. */
export async function run(argv: readonly string[], context: Partial<CliContext> = {}): Promise<number> {
  const full = commandContext(context);
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
    return await COMMANDS[name].load().run(rest, full);
  } catch (e) {
    if (e instanceof UsageError || e instanceof connection().ConnectionError || isParseArgsError(e)) {
      full.stderr(`kibana-connectors: ${usageText(e as Error)}\nRun "kibana-connectors ${known ? name + ' ' : ''}--help" for usage.\n`);
      return EXIT_USAGE;
    }
    const message = e instanceof client().KibanaError || e instanceof CommandError ? e.message : `unexpected error: ${e instanceof Error ? e.message : String(e)}`;
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
