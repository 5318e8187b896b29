// The planners' side of cdktf's token markers, without cdktf: the finder they are given (the one
// rule is cdktf's own, in ./cdktf-markers.ts, which the CLI loads only when it writes TypeScript)
// and the one wording of the refusal. HCL has no such markers: a plan made without a finder loads
// no cdktf, and the TypeScript writer refuses it. Imports nothing.

/**
 * Finds data cdktf would read as one of its token markers: the path of the first such string
 * (object keys included) or number in `value`, `path` naming `value` itself; undefined when there
 * is none. ./cdktf-markers.ts findCdktfMarker is the one implementation.
 */
export type TokenMarkerFinder = (value: unknown, path: string) => string | undefined;

/**
 * Why the TypeScript output cannot hold an object: the first of `values` (each with its path) in
 * which `find` finds a token marker; undefined when there is none or no finder is given.
 */
export function tokenMarkerRefusal(find: TokenMarkerFinder | undefined, values: readonly (readonly [unknown, string])[]): string | undefined {
  if (!find) return undefined;
  for (const [value, path] of values) {
    const found = find(value, path);
    if (found !== undefined) return `${found} holds a cdktf token marker, which cdktf would replace at synth`;
  }
  return undefined;
}
