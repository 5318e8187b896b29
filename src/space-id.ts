// Kibana's rule for space ids, and the id of an import block (`<space>/<id>`), in a module with no
// dependencies so that every layer (constructs, REST client, CLI) checks them the same way.

/** Kibana space ids: lowercase letters, digits, `_` and `-`. */
export const SPACE_ID_PATTERN = /^[a-z0-9_-]+$/;

/** The space Kibana uses when none is named (its API paths then have no `/s/<space>` prefix). */
export const DEFAULT_SPACE_ID = 'default';

/** The problem of a space id outside Kibana's rule, or undefined for a valid one. */
export function spaceIdProblem(spaceId: string): string | undefined {
  return SPACE_ID_PATTERN.test(spaceId) ? undefined : `spaceId ${JSON.stringify(spaceId)} is not a Kibana space id (lowercase letters, digits, "_" and "-")`;
}

/** The object id of an `importFrom(...)` call, and its problem (undefined when the id is usable). */
export interface ImportedObjectId {
  /** The id without a `<space>/` prefix equal to the object's space. */
  readonly id: string;
  readonly problem?: string;
}

/**
 * The id an `importFrom(given)` call on a connector or rule of `spaceId` imports: a `<space>/` prefix
 * equal to the object's space is accepted once; an empty id, or one naming another space, is a problem.
 * `noun` names the object in the message ("connector", "rule").
 */
export function importedObjectId(spaceId: string, given: string, noun: string): ImportedObjectId {
  const prefix = `${spaceId}/`;
  const id = given.startsWith(prefix) ? given.slice(prefix.length) : given;
  if (id.trim() === '') return { id, problem: `importFrom(${JSON.stringify(given)}): the ${noun} id is empty` };
  if (id.includes('/')) {
    return { id, problem: `importFrom(${JSON.stringify(given)}): give the ${noun} id alone, or "${prefix}<id>"; the ${noun} is in space ${JSON.stringify(spaceId)}` };
  }
  return { id };
}
