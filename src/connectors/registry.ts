// GENERATED FILE: do not edit by hand.
// Written by the connector generator (generator/connectors/) from generator/catalog/.
// Regenerate with: npx projen generate
import { ConnectorTypeInfo } from '../connector-type-info';

/** Typed constructs by Kibana type id. (Empty until the connector generator has run.) */
export const CONNECTOR_TYPES: Readonly<Record<string, ConnectorTypeInfo>> = {};
