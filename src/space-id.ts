// Kibana's rule for space ids, in a module with no dependencies so that every layer (constructs,
// REST client, CLI) checks space ids the same way.

/** Kibana space ids: lowercase letters, digits, `_` and `-`. */
export const SPACE_ID_PATTERN = /^[a-z0-9_-]+$/;

/** The space Kibana uses when none is named (its API paths then have no `/s/<space>` prefix). */
export const DEFAULT_SPACE_ID = 'default';

/** The problem of a space id outside Kibana's rule, or undefined for a valid one. */
export function spaceIdProblem(spaceId: string): string | undefined {
  return SPACE_ID_PATTERN.test(spaceId) ? undefined : `spaceId ${JSON.stringify(spaceId)} is not a Kibana space id (lowercase letters, digits, "_" and "-")`;
}
