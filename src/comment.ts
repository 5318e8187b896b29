// One place for making untrusted text safe where it is shown or pasted: comments of generated
// files (TypeScript `//`, HCL and YAML `#`), terminal output, and shell command lines.

// C0 and C1 controls, DEL, Unicode line and paragraph separators, and the bidirectional
// formatting characters that can make a terminal or editor show text other than what it is.
// eslint-disable-next-line no-control-regex
const UNSAFE_CHARACTERS = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
/** The same class without the global flag, for a test that keeps no state (most texts hold none: no copy is made). */
const HAS_UNSAFE_CHARACTER = new RegExp(UNSAFE_CHARACTERS.source);

/** One unsafe character as its `\uXXXX` escape (valid in JSON, JavaScript, TypeScript and YAML double-quoted strings). */
function unicodeEscape(ch: string): string {
  return `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`;
}

/** `text` with every control, line-breaking or bidi formatting character written as `\uXXXX`. */
export function escapeControlCharacters(text: string): string {
  if (!HAS_UNSAFE_CHARACTER.test(text)) return text;
  return text.replace(UNSAFE_CHARACTERS, unicodeEscape);
}

/**
 * `text` as a JSON string literal (also a TypeScript string literal and a YAML double-quoted
 * scalar) with what JSON leaves raw of the unsafe characters (DEL, C1 controls, the line and
 * paragraph separators, bidi formatting) written as `\uXXXX` too: the same value, and a file
 * shows what it holds.
 */
export function jsonStringLiteral(text: string): string {
  return escapeControlCharacters(JSON.stringify(text));
}

/** Longest string (value or object key) of the JSON the CLI prints: a longer one is cut, saying how long it was. */
export const MAX_JSON_STRING = 4096;

/** `text`, or its first MAX_JSON_STRING characters (never half a surrogate pair) and how long it was. */
function boundedJsonString(text: string): string {
  if (text.length <= MAX_JSON_STRING) return text;
  const end = /[\ud800-\udbff]/.test(text[MAX_JSON_STRING - 1]) ? MAX_JSON_STRING - 1 : MAX_JSON_STRING;
  return `${text.slice(0, end)}... (${text.length} characters)`;
}

/**
 * A copy of `value` (parsed JSON) with every string and object key bounded (boundedJsonString).
 * Objects have no prototype, so a `__proto__` key stays a key.
 */
function boundedJsonValue(value: unknown): unknown {
  if (typeof value === 'string') return boundedJsonString(value);
  if (Array.isArray(value)) return value.map(boundedJsonValue);
  if (typeof value !== 'object' || value === null) return value;
  const out = Object.create(null) as Record<string, unknown>;
  for (const [key, item] of Object.entries(value)) out[boundedJsonString(key)] = boundedJsonValue(item);
  return out;
}

/**
 * `value` as a JSON document: two-space indented, ending in a newline, with the unsafe characters
 * JSON leaves raw (DEL, C1 controls, line and paragraph separators, bidi formatting) written as
 * `\uXXXX` inside their strings: the same values, and nothing a terminal acts on. The only raw
 * line breaks left are the layout's (JSON.stringify escapes every C0 control inside strings).
 */
export function jsonDocument(value: unknown): string {
  const text = JSON.stringify(value, null, 2);
  return text.replace(UNSAFE_CHARACTERS, (ch) => (ch === '\n' ? ch : unicodeEscape(ch))) + '\n';
}

/**
 * `value` (Kibana's answer) as the CLI prints it as JSON: a jsonDocument whose every string and
 * object key is at most MAX_JSON_STRING characters, a longer one cut as boundedJsonString says
 * (so one text from Kibana cannot flood a terminal; the answer as a whole is bounded by the
 * client's response size limit).
 */
export function terminalJson(value: unknown): string {
  return jsonDocument(boundedJsonValue(value));
}

/**
 * One comment line: `marker text`, with everything that could end the comment early (line
 * breaks of any kind, control characters) escaped.
 */
export function safeComment(marker: string, text: string): string {
  const safe = escapeControlCharacters(text);
  return safe === '' ? marker : `${marker} ${safe}`;
}

/** Text from Kibana or a file, safe to print on a terminal (no escape sequences, one line). */
export function terminalText(text: string): string {
  return escapeControlCharacters(text);
}

/**
 * One POSIX shell word whose value is exactly `text` (single-quoted unless it is made only of
 * characters no shell treats specially), for commands a user is told to copy and paste.
 */
export function shellQuote(text: string): string {
  if (/^[A-Za-z0-9_@%+=:,./-]+$/.test(text)) return text;
  // Close the quote, write an escaped quote, reopen: ' becomes '\''.
  return `'${text.replace(/'/g, "'\\''")}'`;
}
