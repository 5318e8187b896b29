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

/** A one-line object literal of strings, keys bare when they are identifiers. */
export function objectLiteral(value: Record<string, string>): string {
  const entries = Object.entries(value).map(([k, v]) => `${objectKey(k)}: ${literal(v)}`);
  return entries.length ? `{ ${entries.join(', ')} }` : '{}';
}

/** A JSDoc comment; every text goes through the doc sanitizer. A tag with text '' has no text. */
export function doc(description: string, tags: Array<[string, string]> = []): OptionalKind<JSDocStructure> {
  return {
    description: docText(description),
    tags: tags.map(([tagName, text]) => ({ tagName, text: text === '' ? undefined : docText(text) })),
  };
}
