/**
 * The connector generator as a function: parse → model → emit, then write. main.ts is the
 * command line around it; tests call it directly on fixture inputs.
 */
import * as path from 'path';
import { emit, GENERATED_MARKER } from './emit';
import { writeGeneratedFiles } from './input';
import { GenerateOptions, loadModel, ROOT } from './load';
import { GeneratorModel } from './model';
import { renderConnectorTable } from './readme';

export { DEFAULT_CATALOG_DIR, DEFAULT_TYPES_FILE, ROOT } from './load';
export type { GenerateOptions } from './load';
export const DEFAULT_OUT_DIR = path.join(ROOT, 'src', 'connectors');
export const DEFAULT_README = path.join(ROOT, 'README.md');

export interface GenerateResult {
  readonly model: GeneratorModel;
  /** File name (inside src/connectors/) to content, sorted by name. */
  readonly files: Map<string, string>;
  /** The README's connector table (the lines between its markers). */
  readonly readmeTable: string;
}

/** Parses, models and emits, without writing anything. Throws InputError on malformed input. */
export function generate(options: GenerateOptions = {}): GenerateResult {
  const model = loadModel(options);
  return { model, files: emit(model), readmeTable: renderConnectorTable(model) };
}

/**
 * Writes the files into `outDir`, and removes files there that an earlier run generated but this
 * one does not (hand-written files, without the generated marker, are left alone).
 * Returns the names of the files removed.
 */
export function writeFiles(files: Map<string, string>, outDir: string): string[] {
  return writeGeneratedFiles(files, outDir, GENERATED_MARKER);
}

/** The summary the command line prints. */
export function summary(result: GenerateResult, outDir: string, removed: string[], ms: number, readme?: { file: string; changed: boolean }): string {
  const { model, files } = result;
  const typed = model.connectors.filter((c) => c.typed);
  const untyped = model.connectors.filter((c) => !c.typed);
  const lines = [
    `connector generator: ${model.connectors.length} constructs (${typed.length} typed, ${untyped.length} untyped), ${model.enums.length} enums, ${files.size} files in ${outDir} (${ms} ms)`,
  ];
  if (untyped.length) {
    lines.push('untyped (no catalog entry; free-form config and secrets):');
    for (const c of untyped) lines.push(`  ${c.typeId} -> ${c.constructName}`);
  }
  if (model.skipped.length) {
    lines.push('no construct:');
    for (const s of model.skipped) lines.push(`  ${s.typeId}: ${s.reason}`);
  }
  if (model.notInAnswer.length) {
    lines.push('catalog entries for types that connector-types.json does not list (no construct):');
    for (const n of model.notInAnswer) lines.push(`  ${n.typeId} (${n.file})`);
  }
  if (removed.length) lines.push(`removed stale generated files: ${removed.join(', ')}`);
  if (readme) lines.push(`connector table in ${readme.file}: ${readme.changed ? 'updated' : 'unchanged'}`);
  return lines.join('\n');
}
