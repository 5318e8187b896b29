import { Token } from 'cdktf';
import { fieldPath, isBlankText, isPlainObject } from './object';
import { scalarProblem as writerScalarProblem } from './scalar';
import { ImportedObjectId, importedObjectId } from './space-id';

// The checks of KibanaConnector's own props and of any JSON value it writes (config and secrets):
// problems as text, unresolved tokens treated as valid (their value is only known when Terraform
// runs). The JSON renderer (json-expression.ts) words the problems it meets while writing with the
// same phrases. What Kibana accepts per connector type is the rule engine's (src/engine/).

/**
 * The id an `importFrom(given)` call on a connector or rule of `spaceId` imports, and its problem
 * (src/space-id.ts's rule); an id or space that is a token passes through unchecked.
 */
export function importedId(spaceId: string, given: string, noun: string): ImportedObjectId {
  if (typeof given !== 'string' || Token.isUnresolved(given) || Token.isUnresolved(spaceId)) return { id: given };
  return importedObjectId(spaceId, given, noun);
}

/** The canonical 8-4-4-4-12 hex form the provider's UUID check accepts. */
export const UUID_PATTERN = /^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/;

/**
 * Why a value that is not a plain object, an array or a token cannot be written as JSON (for
 * example `is NaN, which JSON cannot hold`), or undefined when it can.
 */
export function scalarProblem(value: unknown): string | undefined {
  // The writers' scalar policy (src/scalar.ts), with two differences at synth: a number token is
  // a value Terraform decides, and an object here is a class instance (plain objects and arrays
  // are walked by the caller).
  if (typeof value === 'number' && Token.isUnresolved(value)) return undefined;
  if (typeof value === 'object' && value !== null) return `is a ${(value as object).constructor?.name ?? 'object'}, which is not a JSON value`;
  return writerScalarProblem(value);
}

/** The problem of a missing item in a sparse array such as `[1, , 3]`. */
export const SPARSE_SLOT_PROBLEM = 'is an empty slot of a sparse array, which JSON cannot hold; use null or remove it';

/** The problem of an object or array that contains itself, `ancestor` naming the outer one. */
export function circularProblem(ancestor: string): string {
  return `refers back to ${ancestor} (a circular structure), which JSON cannot hold`;
}

/**
 * Checks that `value` can be written as JSON: plain objects, arrays (without empty slots or cycles),
 * finite numbers, strings, booleans, null, and tokens. Also applies Kibana's rule that no string in
 * config or secrets may be empty or only whitespace (it answers 400 `value '' is not valid`).
 * `open` holds the arrays and objects being checked, with their paths (cycle detection).
 */
export function checkJsonValue(value: unknown, path: string, problems: string[], open: Map<object, string> = new Map()): void {
  if (value === null || typeof value === 'boolean') return;
  if (typeof value === 'string') {
    if (!Token.isUnresolved(value) && isBlankText(value)) {
      problems.push(`${path} is an empty string; Kibana rejects empty strings, leave the field out instead`);
    }
    return;
  }
  if (Token.isUnresolved(value)) return;
  if (Array.isArray(value) || isPlainObject(value)) {
    const ancestor = open.get(value);
    if (ancestor !== undefined) {
      problems.push(`${path} ${circularProblem(ancestor)}`);
      return;
    }
    open.set(value, path);
    if (Array.isArray(value)) {
      for (let i = 0; i < value.length; i++) {
        if (i in value) checkJsonValue(value[i], fieldPath(path, i), problems, open);
        else problems.push(`${fieldPath(path, i)} ${SPARSE_SLOT_PROBLEM}`);
      }
    } else {
      for (const [k, v] of Object.entries(value)) {
        if (v !== undefined) checkJsonValue(v, fieldPath(path, k), problems, open);
      }
    }
    open.delete(value);
    return;
  }
  const problem = scalarProblem(value);
  if (problem) problems.push(`${path} ${problem}`);
}
