/**
 * Regenerates src/rules/registry.ts and src/rules/types/ from generator/rule-types.json and
 * generator/rule-catalog/.
 *
 * Run: npx projen generate:rules   (or npx projen generate for every generator)
 * Options: --types <file> --catalog <dir> --out <dir>.
 */
import { performance } from 'perf_hooks';
import { DEFAULT_CATALOG_DIR, DEFAULT_OUT_DIR, DEFAULT_TYPES_FILE, generate, summary, writeFiles } from './generate';
import { displayPath, InputError } from './parse';
import { checkCommandLine, commandLineOption } from '../connectors/input';

const option = commandLineOption;

function main(args: string[]): number {
  const started = performance.now();
  try {
    const known = ['--types', '--catalog', '--out'];
    checkCommandLine(args, known);
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
