// Exit codes and the errors that choose them: main.ts turns a UsageError (or a parseArgs error)
// into exit 2 with a pointer to the help, a CommandError into exit 1. Also errnoText, how a
// failed file operation is named in those messages. Imports nothing.

/** Exit codes. */
export const EXIT_OK = 0;
export const EXIT_FAILURE = 1;
export const EXIT_USAGE = 2;

/** A wrong command line: exit 2, with a pointer to the command's help. */
export class UsageError extends Error {}
/** A command that could not do its job (a file, the input, Kibana's data): exit 1. */
export class CommandError extends Error {}

/** Whether `e` is a command-line error of Node's util.parseArgs (an unknown option, a missing value). */
export function isParseArgsError(e: unknown): boolean {
  const code = (e as { code?: unknown } | undefined)?.code;
  return typeof code === 'string' && code.startsWith('ERR_PARSE_ARGS');
}

/** The errno code of a failed file operation (`ENOENT`), or its message. */
export function errnoText(e: unknown): string {
  return (e as NodeJS.ErrnoException).code ?? (e as Error).message;
}
