// Reads `terraform show -json <planfile>` output and finds the Kibana connectors a plan would
// delete or replace. Pure: JSON in, findings out. Anything that is not a plan (a state, an
// errored plan, another format) is a PlanError: the guard fails closed. Values the plan marks
// sensitive (before_sensitive/after_sensitive) never reach a shown field or the reason.
// Imports src/comment.ts (for error messages), src/object.ts, src/space-id.ts and
// src/resource-type.ts (the resource type, from the provider binding).
import { terminalText } from '../comment';
import { jsonKind } from '../object';
import { CONNECTOR_RESOURCE_TYPE } from '../resource-type';
import { DEFAULT_SPACE_ID, SPACE_ID_PATTERN } from '../space-id';

/** What is shown in place of a value the plan marks sensitive. */
export const SENSITIVE = '(sensitive)';

/** The fields of a removal that can carry a value the plan marks sensitive and are needed for the lookup. */
export type IdField = 'spaceId' | 'connectorId';

/** A connector that the plan deletes (or deletes and creates again). */
export interface ConnectorRemoval {
  /** Terraform address, e.g. `elasticstack_kibana_action_connector.ops_slack`. */
  readonly address: string;
  /** Space to look the connector up in (the real value, even when sensitive: print it with `shown`). */
  readonly spaceId: string;
  /** Connector id (the real value, even when sensitive: print it with `shown`). */
  readonly connectorId: string;
  /** Where spaceId comes from: the space_id attribute, the `<space>/<connector>` id, or assumed "default" (neither is in the prior state). */
  readonly spaceFrom: 'space_id' | 'id' | 'default';
  /** The id fields whose values the plan marks sensitive. */
  readonly sensitive: readonly IdField[];
  /** Connector name, or `(sensitive)`. */
  readonly name: string;
  /** Connector type, or `(sensitive)`. */
  readonly connectorTypeId: string;
  readonly action: 'delete' | 'replace';
  /** Why, in words: the attributes that force replacement, or Terraform's action reason. Never a sensitive value. */
  readonly reason: string;
}

export class PlanError extends Error {}

/** `r[field]` for printing: `(sensitive)` when the plan marks it so. */
export function shown(r: ConnectorRemoval, field: IdField): string {
  return r.sensitive.includes(field) ? SENSITIVE : r[field];
}

const EXPECTED = 'expected the output of `terraform show -json <planfile>`';

/** Terraform's action_reason values, in words (a Map: the plan's text never meets Object's members). */
const REASONS: ReadonlyMap<unknown, string> = new Map(Object.entries({
  replace_because_cannot_update: 'an attribute that cannot be updated in place changed',
  replace_because_tainted: 'the resource is tainted',
  replace_by_request: 'replacement was requested (-replace)',
  replace_by_triggers: 'replace_triggered_by fired',
  delete_because_no_resource_config: 'the resource was removed from the configuration',
  delete_because_no_module: 'its module was removed from the configuration',
  delete_because_wrong_repetition: 'count/for_each no longer includes it',
  delete_because_count_index: 'count no longer includes this index',
  delete_because_each_key: 'for_each no longer includes this key',
  delete_because_no_move_target: 'its moved target does not exist',
}));

const SHOWN = new Set(['connector_type_id', 'space_id', 'connector_id', 'name']);

function describe(value: unknown): string {
  return value === undefined ? 'missing' : JSON.stringify(value);
}

/** `null`, or the JSON kind with its article (`an array`, `a string`). */
function kindOf(value: unknown): string {
  const kind = jsonKind(value);
  return kind === 'null' ? kind : `${/^[aeiou]/.test(kind) ? 'an' : 'a'} ${kind}`;
}

/**
 * Whether the string attribute `attr` is marked in a `before_sensitive`, `after_sensitive` or
 * `after_unknown` tree, which mirrors the value with `true` at marked parts (`true` alone: all of it).
 */
function marked(tree: unknown, attr: string): boolean {
  if (tree === true) return true;
  return typeof tree === 'object' && tree !== null && (tree as Record<string, unknown>)[attr] === true;
}

/** Checks that `plan` is `terraform show -json <planfile>` output (format 1.x, not a state, not errored). */
function checkIsPlan(plan: unknown, source: string): asserts plan is Record<string, unknown> {
  if (typeof plan !== 'object' || plan === null || Array.isArray(plan)) {
    throw new PlanError(`${source}: not a Terraform plan: a JSON ${jsonKind(plan)}; ${EXPECTED}`);
  }
  const p = plan as Record<string, unknown>;
  if (p.planned_values === undefined) {
    // `terraform show -json` without a plan file prints the state: format_version, terraform_version, values.
    const why = p.values !== undefined ? 'it has "values" and no "planned_values", as `terraform show -json` prints for a state' : 'no "planned_values"';
    throw new PlanError(`${source}: not a Terraform plan: ${why}; ${EXPECTED}`);
  }
  if (typeof p.planned_values !== 'object' || p.planned_values === null || Array.isArray(p.planned_values)) {
    throw new PlanError(`${source}: not a Terraform plan: "planned_values" is ${kindOf(p.planned_values)}, expected an object; ${EXPECTED}`);
  }
  if (typeof p.format_version !== 'string') throw new PlanError(`${source}: not a Terraform plan: no "format_version"; ${EXPECTED}`);
  if (!/^1\./.test(p.format_version)) {
    throw new PlanError(`${source}: plan format_version ${terminalText(JSON.stringify(p.format_version))} is not supported (expected 1.x)`);
  }
  if (p.errored === true) {
    throw new PlanError(`${source}: the plan errored ("errored": true), so its changes are incomplete; fix the errors and plan again`);
  }
}

/**
 * Finds every `elasticstack_kibana_action_connector` the plan deletes or replaces.
 * `source` names the file in error messages. A real plan with no changes has no
 * resource_changes at all, and has no removals.
 */
export function findConnectorRemovals(plan: unknown, source: string): ConnectorRemoval[] {
  checkIsPlan(plan, source);
  const changes = plan.resource_changes;
  if (changes === undefined) return [];
  if (!Array.isArray(changes)) throw new PlanError(`${source}: resource_changes is ${describe(typeof changes)}, expected an array`);

  const removals: ConnectorRemoval[] = [];
  changes.forEach((rc: any, i: number) => {
    if (typeof rc !== 'object' || rc === null) throw new PlanError(`${source}: resource_changes[${i}] is not an object`);
    const where = `${source}: resource_changes[${i}] (${terminalText(String(rc.address))})`;
    if (rc.type !== CONNECTOR_RESOURCE_TYPE || rc.mode === 'data') return;
    const actions = rc.change?.actions;
    if (!Array.isArray(actions)) throw new PlanError(`${where}: change.actions is ${describe(actions)}, expected an array`);
    if (!actions.includes('delete')) return;
    const before = rc.change.before;
    if (typeof before !== 'object' || before === null) {
      throw new PlanError(`${where}: change.before is ${describe(before)}; a delete must carry the prior state`);
    }
    const beforeSensitive: unknown = rc.change.before_sensitive;
    const hidden = (attr: string) => marked(beforeSensitive, attr);
    const ids = idParts(before, hidden, where);
    const replace = actions.includes('create');
    const text = (attr: string) => (typeof before[attr] !== 'string' ? '' : hidden(attr) ? SENSITIVE : before[attr]);
    removals.push({
      address: String(rc.address),
      ...ids,
      name: text('name'),
      connectorTypeId: text('connector_type_id'),
      action: replace ? 'replace' : 'delete',
      reason: reasonOf(rc, replace),
    });
  });
  return removals;
}

function idParts(before: any, hidden: (attr: string) => boolean, where: string): Pick<ConnectorRemoval, 'spaceId' | 'connectorId' | 'spaceFrom' | 'sensitive'> {
  const sensitive = new Set<IdField>();
  let spaceId: string | undefined;
  let spaceFrom: ConnectorRemoval['spaceFrom'] = 'default';
  let connectorId: string | undefined;
  if (typeof before.space_id === 'string' && before.space_id) {
    spaceId = before.space_id;
    spaceFrom = 'space_id';
    if (hidden('space_id')) sensitive.add('spaceId');
  }
  if (typeof before.connector_id === 'string' && before.connector_id) {
    connectorId = before.connector_id;
    if (hidden('connector_id')) sensitive.add('connectorId');
  }
  if ((!spaceId || !connectorId) && typeof before.id === 'string' && before.id.includes('/')) {
    const slash = before.id.indexOf('/');
    if (!spaceId) {
      spaceId = before.id.slice(0, slash);
      spaceFrom = 'id';
      if (hidden('id')) sensitive.add('spaceId');
    }
    if (!connectorId) {
      connectorId = before.id.slice(slash + 1);
      if (hidden('id')) sensitive.add('connectorId');
    }
  }
  if (!connectorId) throw new PlanError(`${where}: change.before has neither connector_id nor an id of the form <space>/<connector>`);
  if (spaceId !== undefined && !SPACE_ID_PATTERN.test(spaceId)) {
    // Kibana cannot hold such a space (a hand-edited state): no lookup can answer for it, so fail closed, clearly.
    const shownSpace = sensitive.has('spaceId') ? SENSITIVE : JSON.stringify(spaceId);
    throw new PlanError(`${where}: the space id ${shownSpace} (from ${spaceFrom}) is not a Kibana space id (lowercase letters, digits, "_" and "-"), so the guard cannot ask Kibana about the connector`);
  }
  const order: IdField[] = ['spaceId', 'connectorId'];
  return { spaceId: spaceId ?? DEFAULT_SPACE_ID, connectorId, spaceFrom, sensitive: order.filter((f) => sensitive.has(f)) };
}

function reasonOf(rc: any, replace: boolean): string {
  const paths: unknown = rc.change?.replace_paths;
  if (replace && Array.isArray(paths) && paths.length) {
    const change = rc.change;
    const old = (attr: string) => (marked(change.before_sensitive, attr) ? SENSITIVE : describe(change.before?.[attr]));
    const now = (attr: string) => {
      if (marked(change.after_sensitive, attr)) return SENSITIVE;
      if (marked(change.after_unknown, attr)) return '(known after apply)';
      return describe(change.after?.[attr]);
    };
    const changed = paths.map((p) => (Array.isArray(p) ? p.join('.') : String(p)));
    // Only these attributes' values are shown (unless marked sensitive); anything else by name alone.
    const detail = changed.map((attr) => (SHOWN.has(attr) ? `${attr} ${old(attr)} → ${now(attr)}` : `${attr} changed`));
    return `replaced: ${detail.join(', ')}`;
  }
  const known = REASONS.get(rc.action_reason);
  if (known) return `${replace ? 'replaced' : 'deleted'}: ${known}`;
  return replace ? 'replaced' : 'deleted';
}
