import * as fs from 'fs';
import * as path from 'path';
import { findConnectorRemovals, PlanError, shown } from '../src/guard/terraform-plan';

/** The least that `terraform show -json <planfile>` always prints. */
const PLAN = { format_version: '1.2', terraform_version: '1.11.4', planned_values: { root_module: {} } };
const load = (name: string) => JSON.parse(fs.readFileSync(path.join(__dirname, 'fixtures', 'plans', name), 'utf8'));

describe('finding connector removals in a plan', () => {
  test('deletes, with the reason from Terraform', () => {
    expect(findConnectorRemovals(load('delete.json'), 'delete.json')).toEqual([
      {
        address: 'elasticstack_kibana_action_connector.ops_slack',
        spaceId: 'default',
        connectorId: '1b4c7d3e-5f60-4a1b-9c2d-3e4f5a6b7c8d',
        name: 'Ops Slack',
        connectorTypeId: '.slack',
        action: 'delete',
        reason: 'deleted: the resource was removed from the configuration',
        spaceFrom: 'space_id',
        sensitive: [],
      },
      {
        address: 'elasticstack_kibana_action_connector.unused',
        spaceId: 'default',
        connectorId: '0a0b0c0d-0e0f-4a1b-8c2d-3e4f5a6b7c8d',
        name: 'Unused log',
        connectorTypeId: '.server-log',
        action: 'delete',
        reason: 'deleted: the resource was removed from the configuration',
        spaceFrom: 'space_id',
        sensitive: [],
      },
    ]);
  });

  test.each(['constructor', '__proto__', 'toString'])('an action_reason %s that only an Object member has is no known reason', (reason) => {
    const rc = {
      address: 'elasticstack_kibana_action_connector.x',
      type: 'elasticstack_kibana_action_connector',
      action_reason: reason,
      change: { actions: ['delete'], before: { connector_id: 'abc', space_id: 'default', name: 'X' } },
    };
    const [r] = findConnectorRemovals({ ...PLAN, resource_changes: [rc] }, 'plan.json');
    expect(r.reason).toBe('deleted');
  });

  test('replacement by a type change names the attribute and both values', () => {
    const [r] = findConnectorRemovals(load('replace-type.json'), 'replace-type.json');
    expect(r).toMatchObject({ action: 'replace', spaceId: 'default', reason: 'replaced: connector_type_id ".slack" → ".slack_api"' });
  });

  test('replacement by a space change (create before destroy too)', () => {
    const [r] = findConnectorRemovals(load('replace-space.json'), 'replace-space.json');
    expect(r).toMatchObject({ action: 'replace', spaceId: 'payments', connectorId: '9e8d7c6b-5a49-4382-8170-6f5e4d3c2b1a', reason: 'replaced: space_id "payments" → "payments-eu"' });
  });

  test('creates and in-place updates are not removals', () => {
    expect(findConnectorRemovals(load('create-only.json'), 'create-only.json')).toEqual([]);
  });

  test('no secret from the plan ever reaches a finding', () => {
    for (const name of ['delete.json', 'replace-type.json', 'replace-space.json', 'sensitive.json', 'for-each.json', 'no-space-id.json']) {
      expect(JSON.stringify(findConnectorRemovals(load(name), name))).not.toMatch(/PLAN-SECRET/);
    }
  });

  test('an id of the form <space>/<connector> is used when connector_id is missing', () => {
    const plan = { ...PLAN, resource_changes: [{ address: 'a.b', type: 'elasticstack_kibana_action_connector', change: { actions: ['delete'], before: { id: 'ops/my/odd-id' } } }] };
    expect(findConnectorRemovals(plan, 'p.json')[0]).toMatchObject({ spaceId: 'ops', connectorId: 'my/odd-id', spaceFrom: 'id' });
  });

  test.each([
    ['an array', [], /^p\.json: not a Terraform plan: a JSON array; expected the output of `terraform show -json <planfile>`$/],
    ['state JSON rather than a plan', { format_version: '1.0', terraform_version: '1.11.4', values: { root_module: {} } },
      /^p\.json: not a Terraform plan: it has "values" and no "planned_values", as `terraform show -json` prints for a state; expected the output of `terraform show -json <planfile>`$/],
    ['an empty state', { format_version: '1.0' }, /^p\.json: not a Terraform plan: no "planned_values"; expected the output of `terraform show -json <planfile>`$/],
    ['a plan without format_version', { planned_values: {} }, /^p\.json: not a Terraform plan: no "format_version"; expected the output/],
    ['planned_values that is not an object', { format_version: '1.2', planned_values: [] }, /^p\.json: not a Terraform plan: "planned_values" is an array, expected an object/],
    ['an unknown major format version', { ...PLAN, format_version: '2.0' }, /^p\.json: plan format_version "2\.0" is not supported \(expected 1\.x\)/],
    ['an errored plan', { ...PLAN, errored: true }, /^p\.json: the plan errored \("errored": true\), so its changes are incomplete/],
    ['resource_changes that is not a list', { ...PLAN, resource_changes: {} }, /p\.json: resource_changes is "object", expected an array/],
    ['a change without actions', { ...PLAN, resource_changes: [{ address: 'x.y', type: 'elasticstack_kibana_action_connector', change: {} }] }, /p\.json: resource_changes\[0\] \(x\.y\): change\.actions is missing/],
    ['a delete without prior state', { ...PLAN, resource_changes: [{ address: 'x.y', type: 'elasticstack_kibana_action_connector', change: { actions: ['delete'], before: null } }] }, /change\.before is null/],
    ['an address with control characters', { ...PLAN, resource_changes: [{ address: 'x.y["\u001b[2J"]', type: 'elasticstack_kibana_action_connector', change: {} }] }, /\(x\.y\["\\u001b\[2J"\]\): change\.actions is missing/],
  ])('rejects %s, naming the file and field', (_what, plan, message) => {
    expect(() => findConnectorRemovals(plan, 'p.json')).toThrow(PlanError);
    expect(() => findConnectorRemovals(plan, 'p.json')).toThrow(message);
  });

  test('a plan without changes has no resource_changes and no removals', () => {
    // as `terraform show -json` prints the plan of an empty module (Terraform 1.11)
    const empty = { format_version: '1.2', terraform_version: '1.11.4', planned_values: { root_module: {} }, configuration: { root_module: {} }, timestamp: '2026-11-29T01:56:43Z', applyable: false, complete: true, errored: false };
    expect(findConnectorRemovals(empty, 'p.json')).toEqual([]);
  });

  test('values marked sensitive are never in a finding\'s shown fields or reason', () => {
    const [r] = findConnectorRemovals(load('sensitive.json'), 'sensitive.json');
    expect(r).toMatchObject({ spaceId: 'payments', name: '(sensitive)', reason: 'replaced: space_id (sensitive) → (sensitive)', sensitive: ['spaceId'] });
    expect(shown(r, 'spaceId')).toBe('(sensitive)');
    expect(shown(r, 'connectorId')).toBe('9e8d7c6b-5a49-4382-8170-6f5e4d3c2b1a');
  });

  test('a whole prior state marked sensitive hides every value; an unknown new value is said so', () => {
    const before = { connector_id: 'c1', space_id: 'ops', name: 'N', connector_type_id: '.slack', id: 'ops/c1' };
    const change = (extra: object) => ({ ...PLAN, resource_changes: [{ address: 'a.b', type: 'elasticstack_kibana_action_connector', change: { actions: ['delete', 'create'], before, replace_paths: [['connector_type_id']], ...extra } }] });
    const [hidden] = findConnectorRemovals(change({ before_sensitive: true, after: { connector_type_id: '.x' }, after_sensitive: {} }), 'p.json');
    expect(hidden).toMatchObject({ spaceId: 'ops', connectorId: 'c1', name: '(sensitive)', connectorTypeId: '(sensitive)', reason: 'replaced: connector_type_id (sensitive) → ".x"' });
    expect(hidden.sensitive).toEqual(['spaceId', 'connectorId']);
    const [unknown] = findConnectorRemovals(change({ after: {}, after_unknown: { connector_type_id: true } }), 'p.json');
    expect(unknown.reason).toBe('replaced: connector_type_id ".slack" → (known after apply)');
  });

  test('a connector id from a sensitive id attribute is hidden', () => {
    const plan = { ...PLAN, resource_changes: [{ address: 'a.b', type: 'elasticstack_kibana_action_connector', change: { actions: ['delete'], before: { id: 'ops/c1' }, before_sensitive: { id: true } } }] };
    const [r] = findConnectorRemovals(plan, 'p.json');
    expect(r).toMatchObject({ spaceId: 'ops', connectorId: 'c1', sensitive: ['spaceId', 'connectorId'] });
  });

  test('a prior state without space_id (nor a <space>/<id> id) is looked up in "default", and says so', () => {
    expect(findConnectorRemovals(load('no-space-id.json'), 'no-space-id.json').map((r) => [r.spaceId, r.spaceFrom])).toEqual([['default', 'default'], ['default', 'default']]);
  });
});
