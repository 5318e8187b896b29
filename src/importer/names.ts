// Readable, unique, stable Terraform/construct names for imported connectors.

/** Longest generated name (before a dedupe suffix). */
const MAX_NAME = 60;

/** Valid names: what Terraform accepts for a resource name, minus `-` and `__` (reserved for variables). */
export const NAME_PATTERN = /^[a-z_][a-z0-9_]*$/;

/** `webhookUrl` → `webhook_url`, `apiKeyID` → `api_key_id`, `Ops Slack #2` → `ops_slack_2`. */
export function snakeCase(text: string): string {
  const out = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1_$2')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '');
  return out;
}

/** The base name of a connector: its snake-cased display name, made a valid identifier. */
export function baseName(displayName: string): string {
  let name = snakeCase(displayName);
  if (name.length > MAX_NAME) name = name.slice(0, MAX_NAME).replace(/_+$/, '');
  if (name === '') name = 'connector';
  if (/^[0-9]/.test(name)) name = `c_${name}`;
  return name;
}

/** Why a name override is not usable, or undefined when it is. */
export function invalidNameReason(name: unknown): string | undefined {
  if (typeof name !== 'string') return 'must be a string';
  if (!NAME_PATTERN.test(name)) return 'must be lowercase letters, digits and "_", not starting with a digit';
  if (name.includes('__')) return 'must not contain "__" (kept for the secret variables\' names)';
  if (name.length > 200) return 'must be at most 200 characters';
  return undefined;
}

/**
 * Hands out unique names: the first claim of a base name gets it, later ones `<base>_2`,
 * `<base>_3`, ... (skipping names already taken). Linear in the number of names.
 */
export class NameAllocator {
  private readonly taken = new Set<string>();
  private readonly next = new Map<string, number>();

  /** Marks a name as used (overrides), returning false when it already was. */
  public reserve(name: string): boolean {
    if (this.taken.has(name)) return false;
    this.taken.add(name);
    return true;
  }

  public allocate(base: string): string {
    if (!this.taken.has(base)) {
      this.taken.add(base);
      return base;
    }
    let n = this.next.get(base) ?? 2;
    while (this.taken.has(`${base}_${n}`)) n++;
    const name = `${base}_${n}`;
    this.next.set(base, n + 1);
    this.taken.add(name);
    return name;
  }
}
