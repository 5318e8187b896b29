// The one place for questions about untrusted values (parsed JSON, props, Kibana's answers): is it
// a plain object, does it have an own property (never a member every object has, such as
// `constructor`), what JSON kind is it, is a string blank by Kibana's rule, and how a field path is written in
// messages. Imports nothing.

/** An object literal or JSON object: not an array, a class instance or null. */
export function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return false;
  const proto = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

/** Whether `key` is an own property of `o` (not an inherited one such as `constructor` or `__proto__`). */
export function hasOwn(o: object, key: string): boolean {
  return Object.prototype.hasOwnProperty.call(o, key);
}

/** `o[key]` when `key` is an own property of `o`, else undefined. */
export function ownValue<T>(o: Readonly<Record<string, T>> | undefined, key: string): T | undefined {
  return o !== undefined && hasOwn(o, key) ? o[key] : undefined;
}

/** The JSON kind of a value for messages: `null`, `array`, or its typeof (`object`, `string`, ...). */
export function jsonKind(value: unknown): string {
  if (value === null) return 'null';
  return Array.isArray(value) ? 'array' : typeof value;
}

/** A readable name for a field path such as `config.headers["X-Api-Key"]` or `config.items[2]`. */
export function fieldPath(parent: string, key: string | number): string {
  if (typeof key === 'number') return `${parent}[${key}]`;
  return /^[A-Za-z_$][A-Za-z0-9_$]*$/.test(key) ? `${parent}.${key}` : `${parent}[${JSON.stringify(key)}]`;
}

/**
 * Kibana's rule for names and for strings in config and secrets (validateEmptyStrings, since 8.x,
 * on create and update): none may be empty or only whitespace.
 */
export function isBlankText(text: string): boolean {
  return text.trim() === '';
}
