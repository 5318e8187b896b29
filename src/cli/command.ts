// A command as its options, help and run (defineCommand): the command line parsed against the
// connection options and the command's own, --help printed, positionals refused unless taken,
// --quiet turned into `progress`; and a command as main.ts lists it (CommandEntry: its summary, its
// module loaded only when it runs). May import ./connection-options, ./context, ./exit, ./options.
import { CONNECTION_OPTIONS } from './connection-options';
import { CliContext } from './context';
import { EXIT_OK } from './exit';
import { noPositionals, OptionTable, OptionValues, parseCommandLine } from './options';

/**
 * A command as main.ts lists it: its one-line summary (for the main help) and its implementation,
 * loaded when the command runs, so that `--version`, `--help` and light commands never load the
 * modules of heavy ones (cdktf, the constructs, the importer).
 */
export interface CommandEntry {
  readonly summary: string;
  readonly load: () => Command;
}

/** One `kibana-connectors` command: how it runs. */
export interface Command {
  /** Runs the command with the arguments after its name; resolves to the exit code. */
  readonly run: (argv: readonly string[], context: CliContext) => Promise<number>;
}

/** What a command defined with {@link defineCommand} runs with: its parsed command line. */
export interface ParsedCommandLine<T extends OptionTable> {
  /** Values of the connection options (with --quiet and --help) and the command's own. */
  readonly values: OptionValues<typeof CONNECTION_OPTIONS & T>;
  /** The positional arguments (none unless the definition takes them). */
  readonly positionals: readonly string[];
  /** Progress lines: stderr, or nothing with --quiet. */
  readonly progress: (text: string) => void;
}

/** A command as its options, its help and what it does with them. */
export interface CommandDefinition<T extends OptionTable> {
  /** The command's own options; the connection options (with --quiet and --help) are added. */
  readonly options: T;
  /** The text --help prints. */
  readonly help: string;
  /** Whether positional arguments are the command's to check (default: none allowed). */
  readonly positionals?: boolean;
  readonly run: (line: ParsedCommandLine<T>, context: CliContext) => Promise<number>;
}

/**
 * A command from its definition: the command line parsed against the connection options and the
 * command's own, --help printed, positionals refused unless taken, --quiet turned into `progress`.
 */
export function defineCommand<T extends OptionTable>(def: CommandDefinition<T>): Command {
  const table = { ...CONNECTION_OPTIONS, ...def.options };
  return {
    run: async (argv, context) => {
      const { values, positionals } = parseCommandLine(argv, table);
      if (values.help) {
        context.stdout(def.help);
        return EXIT_OK;
      }
      if (!def.positionals) noPositionals(positionals);
      const progress = values.quiet ? () => undefined : context.stderr;
      return def.run({ values: values as OptionValues<typeof CONNECTION_OPTIONS & T>, positionals, progress }, context);
    },
  };
}
