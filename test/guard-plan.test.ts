import * as fs from 'fs';
import * as path from 'path';
import { findConnectorRemovals, PlanError } from '../src/guard/plan';

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
      },
      {
        address: 'elasticstack_kibana_action_connector.unused',
        spaceId: 'default',
        connectorId: '0a0b0c0d-0e0f-4a1b-8c2d-3e4f5a6b7c8d',
        name: 'Unused log',
        connectorTypeId: '.server-log',
        action: 'delete',
        reason: 'deleted: the resource was removed from the configuration',
      },
    ]);
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
    for (const name of ['delete.json', 'replace-type.json', 'replace-space.json']) {
      expect(JSON.stringify(findConnectorRemovals(load(name), name))).not.toMatch(/PLAN-SECRET/);
    }
  });

  test('an id of the form <space>/<connector> is used when connector_id is missing', () => {
    const plan = { format_version: '1.2', resource_changes: [{ address: 'a.b', type: 'elasticstack_kibana_action_connector', change: { actions: ['delete'], before: { id: 'ops/my/odd-id' } } }] };
    expect(findConnectorRemovals(plan, 'p.json')[0]).toMatchObject({ spaceId: 'ops', connectorId: 'my/odd-id' });
  });

  test.each([
    ['an array', [], /p\.json: not a Terraform plan in JSON/],
    ['state JSON rather than a plan', { values: {} }, /p\.json: no format_version or resource_changes/],
    ['resource_changes that is not a list', { format_version: '1.2', resource_changes: {} }, /p\.json: resource_changes is "object", expected an array/],
    ['a change without actions', { format_version: '1.2', resource_changes: [{ address: 'x.y', type: 'elasticstack_kibana_action_connector', change: {} }] }, /p\.json: resource_changes\[0\] \(x\.y\): change\.actions is missing/],
    ['a delete without prior state', { format_version: '1.2', resource_changes: [{ address: 'x.y', type: 'elasticstack_kibana_action_connector', change: { actions: ['delete'], before: null } }] }, /change\.before is null/],
  ])('rejects %s, naming the file and field', (_what, plan, message) => {
    expect(() => findConnectorRemovals(plan, 'p.json')).toThrow(PlanError);
    expect(() => findConnectorRemovals(plan, 'p.json')).toThrow(message);
  });

  test('a plan without changes has no resource_changes and no removals', () => {
    expect(findConnectorRemovals({ format_version: '1.2' }, 'p.json')).toEqual([]);
  });
});
