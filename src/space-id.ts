// Kibana's rule for space ids, in a module with no dependencies so that every layer (constructs,
// REST client, CLI) checks space ids the same way.

/** Kibana space ids: lowercase letters, digits, `_` and `-`. */
export const SPACE_ID_PATTERN = /^[a-z0-9_-]+$/;
