/**
 * Regenerates src/rules/registry.ts and src/rules/types/ from generator/rule-types.json and
 * generator/rule-catalog/.
 *
 * Run: npx projen generate:rules   (or npx projen generate for every generator)
 * Options: --types <file> --catalog <dir> --out <dir>.
 */
import * as path from 'path';
import { performance } from 'perf_hooks';
import { DEFAULT_CATALOG_DIR, DEFAULT_OUT_DIR, DEFAULT_TYPES_FILE, generate, summary, writeFiles } from './generate';
import { displayPath, InputError } from './parse';

function option(args: string[], name: string, fallback: string): string {
  const i = args.indexOf(name);
  if (i < 0) return fallback;
  const value = args[i + 1];
  if (!value || value.startsWith('--')) throw new InputError('command line', name, 'needs a value');
  return path.resolve(value);
}

function main(args: string[]): number {
  const started = performance.now();
  try {
    const known = ['--types', '--catalog', '--out'];
    for (let i = 0; i < args.length; i += 2) {
      if (!known.includes(args[i])) throw new InputError('command line', args[i], `is not an option (options: ${known.join(', ')})`);
    }
    const outDir = option(args, '--out', DEFAULT_OUT_DIR);
    const result = generate({ typesFile: option(args, '--types', DEFAULT_TYPES_FILE), catalogDir: option(args, '--catalog', DEFAULT_CATALOG_DIR) });
    const removed = writeFiles(result.files, outDir);
    console.log(summary(result, displayPath(outDir), removed, Math.round(performance.now() - started)));
    return 0;
  } catch (e) {
    if (e instanceof InputError) {
      console.error(`rule generator: ${e.message}`);
      return 1;
    }
    throw e;
  }
}

process.exitCode = main(process.argv.slice(2));
