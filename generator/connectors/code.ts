/**
 * Small code-text helpers of the emit step: TypeScript literals, object keys and doc comments.
 * Pure functions of their arguments; no ts-morph project, no module state.
 */
import { JSDocStructure, OptionalKind } from 'ts-morph';
import { docText } from './sanitize';

/** A TypeScript literal for a JSON value, strings in single quotes. */
export function literal(value: unknown): string {
  if (typeof value === 'string') {
    return `'${JSON.stringify(value).slice(1, -1).replace(/\\"/g, '"').replace(/'/g, "\\'")}'`;
  }
  if (Array.isArray(value)) return `[${value.map(literal).join(', ')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value);
    return entries.length ? `{ ${entries.map(([k, v]) => `${literal(k)}: ${literal(v)}`).join(', ')} }` : '{}';
  }
  return JSON.stringify(value);
}

/** An object literal key: bare when it is an identifier, else quoted. */
export function objectKey(key: string): string {
  return /^[A-Za-z_$][A-Za-z0-9_$]*$/.test(key) ? key : literal(key);
}

/** A JSDoc comment; every text goes through the doc sanitizer. A tag with text '' has no text. */
export function doc(description: string, tags: Array<[string, string]> = []): OptionalKind<JSDocStructure> {
  return {
    description: wrapText(docText(description)),
    tags: tags.map(([tagName, text]) => ({ tagName, text: text === '' ? undefined : docText(text) })),
  };
}

/** Generated lines longer than this are broken: one item (property, element, argument) per line. */
export const LINE_WIDTH = 120;

/**
 * `open` items `close` on one line when that line, starting `indent` columns in, fits in
 * LINE_WIDTH (and no item spans lines); else one item per line with a trailing comma. `spaced`
 * puts spaces inside the brackets of the one-line form, as object literals have them. The
 * ts-morph formatter indents the lines afterwards.
 */
export function wrapList(open: string, items: string[], close: string, indent: number, spaced = false): string {
  if (!items.length) return `${open}${close}`;
  const pad = spaced ? ' ' : '';
  const oneLine = `${open}${pad}${items.join(', ')}${pad}${close}`;
  if (indent + oneLine.length <= LINE_WIDTH && !oneLine.includes('\n')) return oneLine;
  return `${open}\n${items.map((item) => `${item},`).join('\n')}\n${close}`;
}

/** A call statement `name(args);`, one argument per line when it does not fit. */
export function callStatement(name: string, args: string[], indent: number): string {
  return wrapList(`${name}(`, args, ');', indent);
}

/** An array literal of JSON values. */
export function arrayLiteral(values: unknown[], indent: number): string {
  return wrapList('[', values.map(literal), ']', indent);
}

/** An object literal from `key: value` code entries. */
export function objectCode(entries: string[], indent: number): string {
  return entries.length ? wrapList('{', entries, '}', indent, true) : '{}';
}

/**
 * Doc text broken into lines of at most `width` characters, at spaces only, never so that a line
 * starts with what Markdown or JSDoc would read as a list, quote, heading or tag.
 */
export function wrapText(text: string, width = 100): string {
  const startsBlock = /^([-+*>#|@=]|\d+[.)]|```)/;
  return text.split('\n').map((line) => {
    if (line.length <= width || /^\s/.test(line)) return line;
    const words = line.split(' ');
    const out: string[] = [];
    let current = '';
    for (const word of words) {
      if (current !== '' && current.length + 1 + word.length > width && word !== '' && !startsBlock.test(word)) {
        out.push(current);
        current = word;
      } else {
        current = current === '' ? word : `${current} ${word}`;
      }
    }
    out.push(current);
    return out.join('\n');
  }).join('\n');
}
