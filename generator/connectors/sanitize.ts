/**
 * The one sanitizer for text that lands in a generated doc comment (descriptions from the
 * catalog, display names from the connector_types answer, defaults). It keeps the comment
 * closed and well-formed whatever the input holds.
 */
export function docText(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    // Control characters (tab and newline aside) would garble the comment or the docs.
    .replace(/[\u0000-\u0008\u000b-\u001f\u007f\u2028\u2029]/g, ' ')
    .replace(/\t/g, '  ')
    // `*/` would end the comment early.
    .replace(/\*\//g, '*\\/')
    // `@` at the start of a line would start a JSDoc tag.
    .replace(/^(\s*)@/gm, '$1\\@')
    // Trailing spaces and runs of blank lines.
    .replace(/[ \t]+$/gm, '')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}
