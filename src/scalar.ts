// The one scalar policy of the code writers (the importer's TypeScript and HCL, the kibana.yml
// YAML): a scalar is null, a string, a boolean or a finite number; anything else (NaN, Infinity,
// undefined, functions, symbols, bigints) is refused, never written as something else. Each writer
// passes its own string quoting. Imports nothing.

/** The JSON scalars the writers accept. */
export type Scalar = null | string | boolean | number;

/** Why `value` is not a scalar a writer accepts (objects and arrays included), or undefined. */
export function scalarProblem(value: unknown): string | undefined {
  switch (typeof value) {
    case 'string':
    case 'boolean':
      return undefined;
    case 'number':
      return Number.isFinite(value) ? undefined : `is ${value}, which JSON cannot hold`;
    case 'undefined':
      return 'is undefined; use null or remove the item';
    case 'object':
      if (value === null) return undefined;
      return `is a ${Array.isArray(value) ? 'list' : (value as object).constructor?.name ?? 'object'}, not a scalar`;
    default:
      return `is a ${typeof value}, which is not a JSON value`;
  }
}

/** A value the writers cannot write; the message says what it is. */
export class ScalarError extends Error {
  constructor(problem: string) {
    super(`cannot write a value that ${problem}`);
    this.name = 'ScalarError';
  }
}

/**
 * The text of a scalar: `null`, `true`/`false`, a number as JSON writes it, a string through
 * `quote` (each language's string literal). Throws ScalarError for anything else.
 */
export function scalarText(value: unknown, quote: (text: string) => string): string {
  const problem = scalarProblem(value);
  if (problem !== undefined) throw new ScalarError(problem);
  if (typeof value === 'string') return quote(value);
  return JSON.stringify(value);
}
