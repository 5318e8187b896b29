// Generator timing for npm run bench: regenerates every connector construct into a scratch folder.
// Usage: ts-node bench/generator-child.ts <scratch dir>
import * as fs from 'fs';
import * as path from 'path';
import { performance } from 'perf_hooks';
import { generate, writeFiles } from '../generator/connectors/generate';

// ts-node maps every stack trace through source maps, which users running compiled JS never pay
// for and which makes cdktf's token creation (it records a stack per token) several times slower.
(Error as { prepareStackTrace?: unknown }).prepareStackTrace = undefined;

const outDir = path.join(process.argv[2], 'generated-connectors');
const runs: number[] = [];
let fileCount = 0;
let bytes = 0;
for (let i = 0; i < 3; i++) {
  fs.rmSync(outDir, { recursive: true, force: true });
  const started = performance.now();
  const result = generate();
  writeFiles(result.files, outDir);
  runs.push(performance.now() - started);
  fileCount = result.files.size;
  bytes = [...result.files.values()].reduce((n, text) => n + Buffer.byteLength(text), 0);
}
fs.rmSync(outDir, { recursive: true, force: true });
const fmt = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
console.log(JSON.stringify({
  title: 'Generator: regenerate every connector construct (parse, model, ts-morph emit, write)',
  columns: ['first run (cold)', 'second run', 'third run', 'files', 'bytes', 'peak RSS'],
  rows: [[fmt(runs[0]), fmt(runs[1]), fmt(runs[2]), fileCount, bytes, `${Math.round(process.resourceUsage().maxRSS / 1024)} MB`]],
}));
