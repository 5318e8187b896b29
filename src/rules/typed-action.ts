// typedAction: how a typed connector's `action()` (generated into src/connectors/) makes its
// RuleAction, with params written with Kibana's keys and the connector type's spec for the rule's
// checks. Internal: src/index.ts does not export it (test/public-api.test.ts).
// Imports: ../connector (the IKibanaConnector interface), ../engine/check (paramsObject),
// ../engine/spec, ./action, ./typed-specs.
import { IKibanaConnector } from '../connector';
import { RuleAction, RuleActionOptions, RuleActionProps } from './action';
import { ActionSource } from './typed-specs';
import { paramsObject } from '../engine/check';
import { ConnectorSpec } from '../engine/spec';

// Each connector's id, read once: reading `connectorId` makes a new reference token each time, with a
// recorded call stack, and a connector serves many actions. One token is as good as many: it is the
// same reference (`${<resource>.connector_id}`) wherever it is written.
const connectorIds = new WeakMap<IKibanaConnector, string>();

function connectorIdOf(connector: IKibanaConnector): string {
  let id = connectorIds.get(connector);
  if (id === undefined) {
    id = connector.connectorId;
    connectorIds.set(connector, id);
  }
  return id;
}

/** A typed connector's action: its params written with Kibana's keys, checked by the rule against `spec`. */
export function typedAction(connector: IKibanaConnector, spec: ConnectorSpec, options: RuleActionOptions & { params: unknown }): RuleAction {
  // RuleAction's constructor is private (not part of the API); the typed connectors make actions through it.
  const make = RuleAction as unknown as { new(source: ActionSource<RuleActionProps>): RuleAction };
  const props: RuleActionProps = { ...options, params: paramsObject(spec, options.params) };
  return new make({ connector, connectorId: connectorIdOf(connector), spaceId: connector.spaceId, spec, props });
}
