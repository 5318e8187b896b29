import { Construct } from 'constructs';

// The target Kibana version: the construct context key that sets it, parsing and comparing
// versions, and the version ranges (since, until) of the catalog. The one place that knows what
// a Kibana version looks like. Imports only constructs (for the context lookup).

/**
 * The construct context key naming the Kibana version the typed constructs target, such as
 * `new App({ context: { kibanaVersion: '8.15.0' } })`. Unset: the newest Kibana the catalog knows.
 */
export const KIBANA_VERSION_CONTEXT_KEY = 'kibanaVersion';

/**
 * A version such as `8.15` or `8.15.0`, as a user writes it, or a build's version as Kibana reports
 * it (`version.number` of GET /api/status): `9.2.0-SNAPSHOT`, `8.0.0-rc1`, whose pre-release
 * suffix targets that release. The one rule for the context key, `--kibana-version` and Kibana's status.
 */
const USER_VERSION = /^(\d{1,4})\.(\d{1,4})(?:\.(\d{1,4})(?:-[0-9A-Za-z][0-9A-Za-z.-]*)?)?$/;
/** A catalog version: a user version, `8.x` (some minor of 8), or `unreleased` (newer than every release). */
const CATALOG_VERSION = /^(\d{1,4})\.(\d{1,4}|x)(?:\.(\d{1,4}))?$/;

/** A parsed version: major, minor, patch. `unreleased` is `[Infinity, 0, 0]`. */
export type KibanaVersionParts = readonly [number, number, number];

/** Parses a version as a user writes it (`8.15`, `8.15.0`) or Kibana reports it (`9.2.0-SNAPSHOT`); undefined when it is not one. */
export function parseKibanaVersion(text: unknown): KibanaVersionParts | undefined {
  if (typeof text !== 'string') return undefined;
  const m = USER_VERSION.exec(text.trim());
  return m ? [Number(m[1]), Number(m[2]), Number(m[3] ?? 0)] : undefined;
}

const catalogCache = new Map<string, KibanaVersionParts>();

/** Parses a catalog version (`9.2.0`, `8.15`, `7.x`, `unreleased`); throws on anything else (a generator bug). */
export function parseCatalogVersion(text: string): KibanaVersionParts {
  const cached = catalogCache.get(text);
  if (cached) return cached;
  let parts: KibanaVersionParts;
  if (text === 'unreleased') {
    parts = [Infinity, 0, 0];
  } else {
    const m = CATALOG_VERSION.exec(text);
    if (!m) throw new Error(`${JSON.stringify(text)} is not a catalog Kibana version`);
    parts = [Number(m[1]), m[2] === 'x' ? 0 : Number(m[2]), Number(m[3] ?? 0)];
  }
  catalogCache.set(text, parts);
  return parts;
}

/** Whether `text` is a catalog version (for the generator's input checks). */
export function isCatalogVersion(text: string): boolean {
  return text === 'unreleased' || CATALOG_VERSION.test(text);
}

/** Negative, zero or positive as `a` is older than, equal to or newer than `b`. */
export function compareKibanaVersions(a: KibanaVersionParts, b: KibanaVersionParts): number {
  for (let i = 0; i < 3; i++) {
    if (a[i] !== b[i]) return a[i] < b[i] ? -1 : 1;
  }
  return 0;
}

/** The versions something holds for: from `since` (included) to `until` (the first version without it). */
export interface KibanaVersionRange {
  readonly since?: string;
  readonly until?: string;
}

/** "Kibana 9.2.0 and later", "Kibana before 9.0.0", "Kibana 8.10.0 to 8.19.x" ... for doc comments and messages. */
export function describeKibanaRange(range: KibanaVersionRange): string {
  if (range.since === 'unreleased') return "Kibana's main branch (in no release this library was checked against)";
  if (range.since && range.until) return `Kibana ${range.since} and later, before ${range.until}`;
  if (range.since) return `Kibana ${range.since} and later`;
  if (range.until) return `Kibana before ${range.until}`;
  return 'every Kibana version';
}

/** The ranges as one phrase: "Kibana 8.19.12 and later, before 9.0.0; or Kibana 9.2.5 and later". */
export function describeKibanaRanges(ranges: readonly KibanaVersionRange[] | undefined): string {
  if (!ranges || ranges.length === 0) return 'every Kibana version';
  return ranges.map(describeKibanaRange).join('; or ');
}

/**
 * The Kibana version a construct targets, read from the context key `kibanaVersion`. When the key
 * is not set the target is the newest Kibana the catalog knows: everything without an `until` holds.
 */
export class KibanaTarget {
  /** The target of a construct created in `scope` (context is inherited, so the scope's answer is the construct's). */
  public static of(scope: Construct): KibanaTarget {
    return new KibanaTarget(scope.node.tryGetContext(KIBANA_VERSION_CONTEXT_KEY));
  }

  /** The version, normalized to `major.minor.patch`; undefined for the newest Kibana. */
  public readonly version?: string;
  /** Why the context value is not a version; the target is then treated as the newest Kibana. */
  public readonly problem?: string;
  private readonly parts?: KibanaVersionParts;
  /** The target is newer than the release the catalog was checked through: it is read as Kibana's main branch. */
  private main = false;

  constructor(value: unknown) {
    if (value === undefined || value === null) return;
    const parts = parseKibanaVersion(value);
    if (!parts) {
      const shown = typeof value === 'string' ? JSON.stringify(value) : `a ${Array.isArray(value) ? 'list' : typeof value}`;
      this.problem = `the context key "${KIBANA_VERSION_CONTEXT_KEY}" is ${shown}, which is not a Kibana version; expected major.minor or major.minor.patch, such as 8.15 or 8.15.0`;
      return;
    }
    this.parts = parts;
    this.version = parts.join('.');
  }

  /** Whether the target is inside the range. The newest Kibana is inside every range without `until`. */
  public accepts(since: string | undefined, until: string | undefined): boolean {
    if (!this.parts || this.main) return until === undefined;
    if (since !== undefined && compareKibanaVersions(this.parts, parseCatalogVersion(since)) < 0) return false;
    if (until !== undefined && compareKibanaVersions(this.parts, parseCatalogVersion(until)) >= 0) return false;
    return true;
  }

  /** Whether some range holds the target (no ranges: every version does). */
  public acceptsAny(ranges: readonly KibanaVersionRange[] | undefined): boolean {
    if (!ranges || ranges.length === 0) return true;
    for (const r of ranges) if (this.accepts(r.since, r.until)) return true;
    return false;
  }

  /** Whether the target is a version newer than `release`. */
  public isNewerThan(release: string): boolean {
    return this.parts !== undefined && compareKibanaVersions(this.parts, parseCatalogVersion(release)) > 0;
  }

  /**
   * The target as facts checked through `release` read it: a target newer than that release
   * accepts what the catalog saw on Kibana's main branch (it is read as the newest Kibana).
   */
  public within(release: string): KibanaTarget {
    if (!this.isNewerThan(release)) return this;
    const target = new KibanaTarget(this.version);
    target.main = true;
    return target;
  }

  /** "Kibana 8.15.0 (context key kibanaVersion)", for messages. */
  public describe(): string {
    return this.version ? `the target Kibana ${this.version} (context key "${KIBANA_VERSION_CONTEXT_KEY}")` : 'the newest Kibana';
  }
}
