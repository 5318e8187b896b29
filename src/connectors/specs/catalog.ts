// GENERATED FILE: do not edit by hand.
// Written by the connector generator (generator/connectors/) from its inputs:
// catalog/catalog.json.
// Regenerate with: npx projen generate
import { CatalogSpec } from '../../engine/spec';

/**
 * The newest Kibana release the catalog was checked against. A target Kibana newer than this one
 * accepts what the catalog saw on Kibana's main branch.
 */
export const CATALOG: CatalogSpec = { checkedThrough: '9.5.4' };
