// A small YAML writer for JSON-like data: block mappings and sequences, every string
// double-quoted (a JSON string is a valid YAML double-quoted scalar, so any text survives; no
// control, line-separator or bidi character is written raw).
// Scalars follow the one policy of src/scalar.ts. May import src/comment.ts and src/scalar.ts.
import { jsonStringLiteral, safeComment } from './comment';
import { scalarText } from './scalar';

const PLAIN_KEY = /^[A-Za-z_][A-Za-z0-9_.-]*$/;

/**
 * A double-quoted YAML scalar: a JSON string, with what JSON leaves raw of the characters
 * src/comment.ts calls unsafe (DEL, C1 controls, line separators, bidi formatting) as `\uXXXX`.
 */
function quoted(text: string): string {
  return jsonStringLiteral(text);
}

function scalar(value: unknown): string {
  return scalarText(value, quoted);
}

function key(k: string): string {
  return PLAIN_KEY.test(k) && !/^(true|false|null|yes|no|on|off|y|n|~)$/i.test(k) ? k : quoted(k);
}

function isEmptyCollection(value: unknown): boolean {
  return typeof value === 'object' && value !== null && Object.keys(value).length === 0;
}

/** Lines of `value` at `indent` spaces; `value` is a mapping or sequence. */
function block(value: unknown, indent: number, out: string[]): void {
  const pad = ' '.repeat(indent);
  if (Array.isArray(value)) {
    for (const item of value) {
      if (typeof item === 'object' && item !== null && !isEmptyCollection(item)) {
        const inner: string[] = [];
        block(item, indent + 2, inner);
        out.push(`${pad}- ${inner[0].trimStart()}`, ...inner.slice(1));
      } else {
        out.push(`${pad}- ${isEmptyCollection(item) ? (Array.isArray(item) ? '[]' : '{}') : scalar(item)}`);
      }
    }
    return;
  }
  for (const [k, v] of Object.entries(value as Record<string, unknown>)) {
    if (v === undefined) continue;
    if (typeof v === 'object' && v !== null && !isEmptyCollection(v)) {
      out.push(`${pad}${key(k)}:`);
      block(v, indent + 2, out);
    } else {
      out.push(`${pad}${key(k)}: ${isEmptyCollection(v) ? (Array.isArray(v) ? '[]' : '{}') : scalar(v)}`);
    }
  }
}

/** YAML text for a mapping, with optional leading comment lines. */
export function toYaml(document: Record<string, unknown>, comments: string[] = []): string {
  const lines = comments.map((c) => safeComment('#', c));
  block(document, 0, lines);
  return lines.join('\n') + '\n';
}
