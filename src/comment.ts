// One sanitizer for text written into a generated file's line comments (TypeScript `//`,
// HCL and YAML `#`).

/**
 * One comment line: `marker text`, with everything that could end the comment early (line
 * breaks of any kind, control characters) escaped.
 */
export function safeComment(marker: string, text: string): string {
  // eslint-disable-next-line no-control-regex
  const safe = text.replace(/[\u0000-\u001f\u007f\u0085\u2028\u2029]/g, (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`);
  return safe === '' ? marker : `${marker} ${safe}`;
}
