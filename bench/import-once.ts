// One import in a fresh process: runs `kibana-connectors import --all-spaces` against a Kibana
// double and prints a JSON line with its time and peak memory.
// Usage: ts-node bench/import-once.ts <kibana url> <out file> <format ts|hcl> <concurrency> [<more import arguments>]
import { performance } from 'perf_hooks';
import { run } from '../src/cli/main';

// ts-node maps every stack trace through source maps, which users running compiled JS never pay
// for and which makes cdktf's token creation (it records a stack per token) several times slower.
(Error as { prepareStackTrace?: unknown }).prepareStackTrace = undefined;

const [url, out, format, concurrency, ...more] = process.argv.slice(2);
const started = performance.now();
void run(['import', '--all-spaces', '--format', format, '--out', out, '--concurrency', concurrency, '--quiet', ...more], {
  env: { KIBANA_ENDPOINT: url },
  stdout: () => undefined,
  stderr: (t) => process.stderr.write(t),
}).then((code) => {
  const ms = performance.now() - started;
  console.log(JSON.stringify({ code, ms, maxRssMb: process.resourceUsage().maxRSS / 1024 }));
  process.exitCode = code;
});
