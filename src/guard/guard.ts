// Decides which planned connector removals are safe: a connector that rules still reference
// (Kibana's referenced_by_count > 0) blocks the change unless its address is allowed. The guard
// fails closed: a count Kibana does not give (missing, null, not a count) and a connector Kibana
// does not list in its space block too. Formats the table; every cell from Kibana or the plan goes
// through terminalText, and values the plan marks sensitive are shown as `(sensitive)`.
// Imports src/guard/terraform-plan.ts and src/comment.ts.
import { ConnectorRemoval, shown } from './terraform-plan';
import { terminalText } from '../comment';

export type GuardVerdict = 'blocked' | 'allowed' | 'unreferenced';

/** How many rules use a connector: Kibana's count, or why it is not known. */
export type RuleCount = number | 'unknown' | 'not-found';

export interface GuardRow extends ConnectorRemoval {
  readonly rules: RuleCount;
  readonly verdict: GuardVerdict;
  /** Why the row is blocked or allowed, in words (plain text, not yet terminal-safe). */
  readonly why: string;
}

/**
 * Reads each connector's `referenced_by_count` for one space, as Kibana answered it (any JSON
 * value, undefined when the field is missing). A connector id that is not a key was not listed.
 */
export type ReferenceCounts = (spaceId: string) => Promise<ReadonlyMap<string, unknown>>;

function countOf(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0 ? value : undefined;
}

function describeCount(value: unknown): string {
  if (value === undefined) return 'missing';
  if (value === null) return 'null';
  return `not a count: ${JSON.stringify(value).slice(0, 40)}`;
}

/**
 * Looks up every removal's reference count (one list call per space) and gives a verdict.
 * Kibana errors propagate: the guard fails closed.
 */
export async function judgeRemovals(removals: ConnectorRemoval[], counts: ReferenceCounts, allow: ReadonlySet<string>): Promise<GuardRow[]> {
  const spaces = [...new Set(removals.map((r) => r.spaceId))].sort();
  const bySpace = new Map<string, ReadonlyMap<string, unknown>>();
  for (const space of spaces) bySpace.set(space, await counts(space));
  return removals.map((r) => {
    const listed = bySpace.get(r.spaceId)!;
    let rules: RuleCount;
    let why: string;
    if (!listed.has(r.connectorId)) {
      rules = 'not-found';
      const assumed = r.spaceFrom === 'default' ? ' (assumed: the plan has no space_id)' : '';
      why = `not found in space ${JSON.stringify(shown(r, 'spaceId'))}${assumed}; cannot tell whether rules use it`;
    } else {
      const raw = listed.get(r.connectorId);
      const n = countOf(raw);
      rules = n ?? 'unknown';
      why = n === undefined
        ? `Kibana did not say how many rules use it (referenced_by_count ${describeCount(raw)})`
        : `used by ${n} rule${n === 1 ? '' : 's'}`;
    }
    let verdict: GuardVerdict;
    if (rules === 0) verdict = 'unreferenced';
    else verdict = allow.has(r.address) ? 'allowed' : 'blocked';
    return { ...r, rules, verdict, why };
  });
}

/** A plain-text table of the rows, columns padded to width; every cell is terminal-safe. */
export function formatGuardTable(rows: GuardRow[]): string {
  const header = ['ADDRESS', 'SPACE', 'CONNECTOR ID', 'NAME', 'RULES', 'CHANGE', 'VERDICT'];
  const body = rows.map((r) => [
    r.address,
    shown(r, 'spaceId') + (r.spaceFrom === 'default' ? ' (assumed)' : ''),
    shown(r, 'connectorId'),
    r.name,
    r.rules === 'not-found' ? 'not found' : String(r.rules),
    r.reason,
    r.verdict,
  ].map(terminalText));
  return formatTable(header, body);
}

function formatTable(header: string[], body: string[][]): string {
  const all = [header, ...body];
  const widths = header.map((_, i) => Math.max(...all.map((row) => row[i].length)));
  return all.map((row) => row.map((cell, i) => (i === row.length - 1 ? cell : cell.padEnd(widths[i]))).join('  ')).join('\n') + '\n';
}
