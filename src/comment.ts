// One place for making untrusted text safe where it is shown or pasted: comments of generated
// files (TypeScript `//`, HCL and YAML `#`), terminal output, and shell command lines.

// C0 and C1 controls, DEL, Unicode line and paragraph separators, and the bidirectional
// formatting characters that can make a terminal or editor show text other than what it is.
// eslint-disable-next-line no-control-regex
const UNSAFE_CHARACTERS = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
/** The same class without the global flag, for a test that keeps no state (most texts hold none: no copy is made). */
const HAS_UNSAFE_CHARACTER = new RegExp(UNSAFE_CHARACTERS.source);

/** `text` with every control, line-breaking or bidi formatting character written as `\uXXXX`. */
export function escapeControlCharacters(text: string): string {
  if (!HAS_UNSAFE_CHARACTER.test(text)) return text;
  return text.replace(UNSAFE_CHARACTERS, (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`);
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
