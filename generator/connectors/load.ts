/**
 * The connector generator's parse and model steps, without emit: the model of the committed inputs
 * (or fixture inputs) for tests that build from it, without loading ts-morph (which emit needs).
 */
import * as fs from 'fs';
import * as path from 'path';
import { buildModel, GeneratorModel } from './model';
import { CATALOG_FILE, parseCatalog, parseCatalogRelease, parseConnectorTypes, parseGroups } from './parse';

export const ROOT = path.join(__dirname, '..', '..');
export const DEFAULT_TYPES_FILE = path.join(ROOT, 'generator', 'connector-types.json');
export const DEFAULT_CATALOG_DIR = path.join(ROOT, 'generator', 'catalog');

export interface GenerateOptions {
  readonly typesFile?: string;
  readonly catalogDir?: string;
}

/** Parses and models the inputs, without emitting or writing anything. Throws InputError on malformed input. */
export function loadModel(options: GenerateOptions = {}): GeneratorModel {
  const answer = parseConnectorTypes(options.typesFile ?? DEFAULT_TYPES_FILE);
  const dir = options.catalogDir ?? DEFAULT_CATALOG_DIR;
  const catalog = parseCatalog(dir);
  const release = fs.existsSync(path.join(dir, CATALOG_FILE)) ? parseCatalogRelease(dir) : undefined;
  return buildModel(answer, catalog, parseGroups(path.join(dir, 'groups')), release);
}
