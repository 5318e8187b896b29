// Decides which planned connector removals are safe: a connector that rules still reference
// (Kibana's referenced_by_count > 0) blocks the change unless its address is allowed.
import { ConnectorRemoval } from './plan';

export type GuardVerdict = 'blocked' | 'allowed' | 'unreferenced' | 'not-found';

export interface GuardRow extends ConnectorRemoval {
  /** Rules that use the connector, from Kibana; undefined when Kibana does not know it. */
  readonly referencedBy?: number;
  readonly verdict: GuardVerdict;
}

/** Reads `referenced_by_count` per connector id for one space. */
export type ReferenceCounts = (spaceId: string) => Promise<ReadonlyMap<string, number>>;

/**
 * Looks up every removal's reference count (one list call per space) and gives a verdict.
 * Kibana errors propagate: the guard fails closed.
 */
export async function judgeRemovals(removals: ConnectorRemoval[], counts: ReferenceCounts, allow: ReadonlySet<string>): Promise<GuardRow[]> {
  const spaces = [...new Set(removals.map((r) => r.spaceId))].sort();
  const bySpace = new Map<string, ReadonlyMap<string, number>>();
  for (const space of spaces) bySpace.set(space, await counts(space));
  return removals.map((r) => {
    const referencedBy = bySpace.get(r.spaceId)?.get(r.connectorId);
    let verdict: GuardVerdict;
    if (referencedBy === undefined) verdict = 'not-found';
    else if (referencedBy === 0) verdict = 'unreferenced';
    else verdict = allow.has(r.address) ? 'allowed' : 'blocked';
    return { ...r, referencedBy, verdict };
  });
}

/** A plain-text table of the rows, columns padded to width. */
export function formatGuardTable(rows: GuardRow[]): string {
  const header = ['ADDRESS', 'SPACE', 'CONNECTOR ID', 'NAME', 'RULES', 'CHANGE', 'VERDICT'];
  const body = rows.map((r) => [r.address, r.spaceId, r.connectorId, r.name, r.referencedBy === undefined ? '-' : String(r.referencedBy), r.reason, r.verdict]);
  return formatTable(header, body);
}

function formatTable(header: string[], body: string[][]): string {
  const clean = (s: string) => s.replace(/[\r\n\t]+/g, ' ');
  const all = [header, ...body.map((row) => row.map(clean))];
  const widths = header.map((_, i) => Math.max(...all.map((row) => row[i].length)));
  return all.map((row) => row.map((cell, i) => (i === row.length - 1 ? cell : cell.padEnd(widths[i]))).join('  ')).join('\n') + '\n';
}
