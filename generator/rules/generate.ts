/**
 * The rule generator as a function: parse → model → emit, then write. main.ts is the command line
 * around it; tests call it directly on fixture inputs.
 */
import * as fs from 'fs';
import * as path from 'path';
import { emit, GENERATED_MARKER } from './emit';
import { emitRuleFeatures, parseRuleFeatures, RuleFeature } from './features';
import { buildModel, RuleGeneratorModel } from './model';
import { CATALOG_FILE, displayPath, FEATURES_FILE, parseRuleCatalog, parseRuleCatalogRelease, parseRuleTypes } from './parse';
import { writeGeneratedFiles } from '../connectors/input';

export const ROOT = path.join(__dirname, '..', '..');
export const DEFAULT_TYPES_FILE = path.join(ROOT, 'generator', 'rule-types.json');
export const DEFAULT_CATALOG_DIR = path.join(ROOT, 'generator', 'rule-catalog');
export const DEFAULT_OUT_DIR = path.join(ROOT, 'src', 'rules');

export interface GenerateOptions {
  readonly typesFile?: string;
  readonly catalogDir?: string;
}

export interface GenerateResult {
  readonly model: RuleGeneratorModel;
  /** The version gates of rule-catalog/rule-features.json (none when the catalog folder has no such file). */
  readonly features: RuleFeature[];
  /** Path inside src/rules/ to content, sorted by path. */
  readonly files: Map<string, string>;
}

/** Parses, models and emits, without writing anything. Throws InputError on malformed input. */
export function generate(options: GenerateOptions = {}): GenerateResult {
  const typesFile = options.typesFile ?? DEFAULT_TYPES_FILE;
  const answer = parseRuleTypes(typesFile);
  const dir = options.catalogDir ?? DEFAULT_CATALOG_DIR;
  const catalog = parseRuleCatalog(dir);
  const checkedThrough = fs.existsSync(path.join(dir, CATALOG_FILE)) ? parseRuleCatalogRelease(dir).checkedThrough : '0.0.0';
  const model = buildModel(answer, catalog, checkedThrough, displayPath(typesFile));
  const files = emit(model);
  const featuresFile = path.join(dir, FEATURES_FILE);
  const features = fs.existsSync(featuresFile) ? parseRuleFeatures(featuresFile) : [];
  if (features.length) files.set('features.ts', emitRuleFeatures(features));
  return { model, features, files: new Map([...files.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) };
}

/**
 * Writes the files into `outDir`, and removes the files an earlier run generated there that this
 * one does not (files without the generated marker, such as src/rules/alerting-rule.ts, are left
 * alone). Returns the paths removed.
 */
export function writeFiles(files: Map<string, string>, outDir: string): string[] {
  return writeGeneratedFiles(files, outDir, GENERATED_MARKER);
}

/** The summary the command line prints. */
export function summary(result: GenerateResult, outDir: string, removed: string[], ms: number): string {
  const { model, files } = result;
  const lines = [
    `rule generator: ${model.ruleTypes.length} rule types in the registry, ${model.typed.length} typed classes, ${model.enums.length} enums, ${result.features.length} version gates, ${files.size} files in ${outDir} (${ms} ms)`,
    ...model.typed.map((t) => `  ${t.ruleTypeId} -> ${t.className}`),
  ];
  if (removed.length) lines.push(`removed stale generated files: ${removed.join(', ')}`);
  return lines.join('\n');
}
