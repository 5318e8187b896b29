// Finds imported data that cdktf would read as one of its own token markers. cdktf parses every
// string it synthesizes for `${TfToken[...]}` (and the list and map forms) and for numbers that
// encode a token, written out or as JSON numbers, and puts the token's value in their place.
// It has no escape for them, so such data cannot be written into TypeScript output as a literal.
// The one rule is cdktf's own: its token encoding module (pure functions; no App, no I/O). The
// planners take it as their TokenMarkerFinder (./token-markers.ts) when the plan is for
// TypeScript; HCL output never loads this module.
import { extractTokenDouble, TokenString } from 'cdktf/lib/tokens/private/encoding';
import { fieldPath } from '../object';

function isTokenNumber(n: number): boolean {
  return extractTokenDouble(n, false) !== undefined || extractTokenDouble(n, true) !== undefined;
}

/** Whether cdktf would read some part of `text` as a token marker when it synthesizes it. */
export function holdsCdktfMarker(text: string): boolean {
  if (TokenString.forString(text).test() || TokenString.forListToken(text).test() || TokenString.forMapToken(text).test()) {
    return true;
  }
  // cdktf also reads numbers written out inside a string as number tokens (see its resolve step).
  const numbers = TokenString.forNumbers(text);
  if (!numbers.test()) return false;
  let found = false;
  numbers.split(((id: string) => {
    if (isTokenNumber(parseFloat(id))) found = true;
    return undefined;
  }) as unknown as Parameters<TokenString['split']>[0]);
  return found;
}

/**
 * The path of the first string (object keys included) or number in `value` that cdktf would
 * read as a token marker, `path` naming `value` itself; undefined when there is none.
 */
export function findCdktfMarker(value: unknown, path: string): string | undefined {
  if (typeof value === 'string') return holdsCdktfMarker(value) ? path : undefined;
  if (typeof value === 'number') return isTokenNumber(value) ? path : undefined;
  if (value === null || typeof value !== 'object') return undefined;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const found = findCdktfMarker(value[i], fieldPath(path, i));
      if (found) return found;
    }
    return undefined;
  }
  for (const [k, v] of Object.entries(value)) {
    const child = fieldPath(path, k);
    if (holdsCdktfMarker(k)) return `the key ${child}`;
    const found = findCdktfMarker(v, child);
    if (found) return found;
  }
  return undefined;
}
