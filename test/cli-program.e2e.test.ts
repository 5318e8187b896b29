// `kibana-connectors` from src/ as a program through ts-node, as `npx projen generate:types` runs it:
// data on stdout, exit codes from run(). End-to-end tier: each run compiles the CLI's modules afresh.
// (The compiled CLI as a program: test/cli-start.test.ts.)
import { execFile } from 'child_process';
import * as path from 'path';
import { scenarioOptions } from './support/import-scenario';
import { KibanaDouble } from './support/kibana-double';

const API_KEY = 'cHJvZ3JhbS10ZXN0LWtleQ==';

let double: KibanaDouble | undefined;
afterEach(async () => {
  await double?.stop();
  double = undefined;
});

test('run as a program (as `npx projen generate:types` does): data on stdout, exit codes from run()', async () => {
  double = await KibanaDouble.start(scenarioOptions({ credentials: { apiKey: API_KEY } }));
  const spawn = (args: string[], env: NodeJS.ProcessEnv): Promise<{ code: number; stdout: string; stderr: string }> => new Promise((resolve) => {
    const child = execFile(process.execPath, ['-r', 'ts-node/register/transpile-only', path.join('src', 'cli', 'main.ts'), ...args], {
      cwd: path.join(__dirname, '..'),
      env: { PATH: process.env.PATH, ...env },
    }, (error, stdout, stderr) => resolve({ code: child.exitCode ?? (error ? 1 : 0), stdout, stderr }));
  });
  const ok = await spawn(['types', '--feature-id', 'alerting'], { KIBANA_ENDPOINT: double.url, KIBANA_API_KEY: API_KEY });
  expect(ok.code).toBe(0);
  expect(JSON.parse(ok.stdout).map((t: { id: string }) => t.id)).toEqual(['.slack', '.index', '.cases', '.jira']);
  const denied = await spawn(['types'], { KIBANA_ENDPOINT: double.url, KIBANA_API_KEY: 'wrong-key' });
  expect(denied).toMatchObject({ code: 1, stdout: '' });
  expect(denied.stderr).toMatch(/401 Unauthorized/);
  expect((await spawn(['import', '--format', 'x'], {})).code).toBe(2);
});
