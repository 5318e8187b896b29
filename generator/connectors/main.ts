/**
 * Regenerates src/connectors/ and the README's connector table from generator/connector-types.json
 * and generator/catalog/.
 *
 * Run: npx projen generate:connectors   (or npx projen generate for every generator)
 * Options: --types <file> --catalog <dir> --out <dir> --readme <file>. The README (default: the
 * project's README.md) is written when --readme is given, or when --out is not.
 */
import { performance } from 'perf_hooks';
import { DEFAULT_CATALOG_DIR, DEFAULT_OUT_DIR, DEFAULT_README, DEFAULT_TYPES_FILE, generate, summary, writeFiles } from './generate';
import { checkCommandLine, commandLineOption } from './input';
import { displayPath, InputError } from './parse';
import { writeConnectorTable } from './readme';

const option = commandLineOption;

function main(args: string[]): number {
  const started = performance.now();
  try {
    const known = ['--types', '--catalog', '--out', '--readme'];
    checkCommandLine(args, known);
    const outDir = option(args, '--out', DEFAULT_OUT_DIR);
    const result = generate({ typesFile: option(args, '--types', DEFAULT_TYPES_FILE), catalogDir: option(args, '--catalog', DEFAULT_CATALOG_DIR) });
    const readmeFile = args.includes('--readme') || !args.includes('--out') ? option(args, '--readme', DEFAULT_README) : undefined;
    const removed = writeFiles(result.files, outDir);
    const readme = readmeFile ? { file: displayPath(readmeFile), changed: writeConnectorTable(readmeFile, result.readmeTable) } : undefined;
    console.log(summary(result, displayPath(outDir), removed, Math.round(performance.now() - started), readme));
    return 0;
  } catch (e) {
    if (e instanceof InputError) {
      console.error(`connector generator: ${e.message}`);
      return 1;
    }
    throw e;
  }
}

process.exitCode = main(process.argv.slice(2));
