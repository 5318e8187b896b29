// Terraform's escaping of literal text, in one place and without cdktf: what the constructs'
// renderer (./json-expression.ts) and the importer's HCL writer (src/importer/emit-hcl.ts) write so
// that Terraform reads back exactly the text given. Terraform reads every string of a
// configuration as a template: `${` starts an interpolation and `%{` a directive; `$${` and `%%{`
// stand for the literal characters. Imports ./comment.ts (the one set of characters escaped as
// `\uXXXX`) only, so `import --format hcl` never loads cdktf.
import { escapeControlCharacters } from './comment';

/** A character escapeHclTemplateLiteral writes differently (`${` and `%{` only before `{`). */
const HCL_SPECIAL = /[\\"\n\r\t]|[$%]\{/;

/** Escapes one literal piece of text for use inside an HCL quoted template. */
export function escapeHclTemplateLiteral(text: string): string {
  // Most texts (names, index patterns, mustache templates) hold nothing to escape here.
  if (!HCL_SPECIAL.test(text)) return escapeControlCharacters(text);
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    const next = text[i + 1];
    switch (ch) {
      case '\\': out += '\\\\'; break;
      case '"': out += '\\"'; break;
      case '\n': out += '\\n'; break;
      case '\r': out += '\\r'; break;
      case '\t': out += '\\t'; break;
      case '$': out += next === '{' ? '$$' : '$'; break;
      case '%': out += next === '{' ? '%%' : '%'; break;
      default: out += ch;
    }
  }
  // Every other control, line-breaking or bidi formatting character as `\uXXXX` (the one set of
  // src/comment.ts): Terraform reads the same character, and the file shows what it holds.
  return escapeControlCharacters(out);
}

/** A quoted HCL string whose value is exactly `text`. */
export function hclStringLiteral(text: string): string {
  return `"${escapeHclTemplateLiteral(text)}"`;
}

const TEMPLATE_MARKER = /[$%](?=\{)/g;

/**
 * Escapes literal text for a Terraform template written as a JSON string (`${` → `$${`,
 * `%{` → `%%{`; a `$` or `%` that is not right before `{` stays as it is). JSON escaping of
 * quotes and backslashes is left to the JSON writer.
 */
export function escapeTemplateMarkers(text: string): string {
  return text.indexOf('{') < 0 ? text : text.replace(TEMPLATE_MARKER, '$&$&');
}
