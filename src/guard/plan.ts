// Reads `terraform show -json <planfile>` output and finds the Kibana connectors a plan would
// delete or replace. Pure: JSON in, findings out.

export const CONNECTOR_RESOURCE_TYPE = 'elasticstack_kibana_action_connector';

/** A connector that the plan deletes (or deletes and creates again). */
export interface ConnectorRemoval {
  /** Terraform address, e.g. `elasticstack_kibana_action_connector.ops_slack`. */
  readonly address: string;
  readonly spaceId: string;
  readonly connectorId: string;
  readonly name: string;
  readonly connectorTypeId: string;
  readonly action: 'delete' | 'replace';
  /** Why, in words: the attributes that force replacement, or Terraform's action reason. */
  readonly reason: string;
}

export class PlanError extends Error {}

const REASONS: Record<string, string> = {
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
};

const SHOWN = new Set(['connector_type_id', 'space_id', 'connector_id', 'name']);

function describe(value: unknown): string {
  return value === undefined ? 'missing' : JSON.stringify(value);
}

/**
 * Finds every `elasticstack_kibana_action_connector` the plan deletes or replaces.
 * `source` names the file in error messages.
 */
export function findConnectorRemovals(plan: unknown, source: string): ConnectorRemoval[] {
  if (typeof plan !== 'object' || plan === null || Array.isArray(plan)) {
    throw new PlanError(`${source}: not a Terraform plan in JSON (expected an object from \`terraform show -json <planfile>\`)`);
  }
  const changes = (plan as any).resource_changes;
  if (changes === undefined) {
    if ((plan as any).format_version === undefined) {
      throw new PlanError(`${source}: no format_version or resource_changes; is this \`terraform show -json <planfile>\` output?`);
    }
    return []; // a plan with no changes at all has no resource_changes
  }
  if (!Array.isArray(changes)) throw new PlanError(`${source}: resource_changes is ${describe(typeof changes)}, expected an array`);

  const removals: ConnectorRemoval[] = [];
  changes.forEach((rc: any, i: number) => {
    const where = `${source}: resource_changes[${i}]`;
    if (typeof rc !== 'object' || rc === null) throw new PlanError(`${where} is not an object`);
    if (rc.type !== CONNECTOR_RESOURCE_TYPE || rc.mode === 'data') return;
    const actions = rc.change?.actions;
    if (!Array.isArray(actions)) throw new PlanError(`${where} (${rc.address}): change.actions is ${describe(actions)}, expected an array`);
    if (!actions.includes('delete')) return;
    const before = rc.change.before;
    if (typeof before !== 'object' || before === null) {
      throw new PlanError(`${where} (${rc.address}): change.before is ${describe(before)}; a delete must carry the prior state`);
    }
    const [spaceId, connectorId] = idParts(before, `${where} (${rc.address})`);
    const replace = actions.includes('create');
    removals.push({
      address: String(rc.address),
      spaceId,
      connectorId,
      name: typeof before.name === 'string' ? before.name : '',
      connectorTypeId: typeof before.connector_type_id === 'string' ? before.connector_type_id : '',
      action: replace ? 'replace' : 'delete',
      reason: reasonOf(rc, replace),
    });
  });
  return removals;
}

function idParts(before: any, where: string): [string, string] {
  let spaceId = typeof before.space_id === 'string' && before.space_id ? before.space_id : undefined;
  let connectorId = typeof before.connector_id === 'string' && before.connector_id ? before.connector_id : undefined;
  if ((!spaceId || !connectorId) && typeof before.id === 'string' && before.id.includes('/')) {
    const slash = before.id.indexOf('/');
    spaceId ??= before.id.slice(0, slash);
    connectorId ??= before.id.slice(slash + 1);
  }
  if (!connectorId) throw new PlanError(`${where}: change.before has neither connector_id nor an id of the form <space>/<connector>`);
  return [spaceId ?? 'default', connectorId];
}

function reasonOf(rc: any, replace: boolean): string {
  const paths: unknown = rc.change?.replace_paths;
  if (replace && Array.isArray(paths) && paths.length) {
    const changed = paths.map((p) => (Array.isArray(p) ? p.join('.') : String(p)));
    // Only these attributes' values are shown; anything else (never secrets) by name alone.
    const detail = changed.map((attr) => (SHOWN.has(attr)
      ? `${attr} ${describe(rc.change.before?.[attr])} → ${describe(rc.change.after?.[attr])}`
      : `${attr} changed`));
    return `replaced: ${detail.join(', ')}`;
  }
  const known = REASONS[rc.action_reason];
  if (known) return `${replace ? 'replaced' : 'deleted'}: ${known}`;
  return replace ? 'replaced' : 'deleted';
}
