// test/support/requirements.ts and the skip reporter, as a run shows them (e2e tier: it runs jest): a test whose requirement is
// missing is skipped and listed with its reason; under CI=true it fails the run instead.
import { execFile } from 'child_process';
import * as path from 'path';

const ROOT = path.join(__dirname, '..');

function jest(env: NodeJS.ProcessEnv): Promise<{ code: number | null; output: string }> {
  const config = {
    rootDir: ROOT,
    testMatch: ['<rootDir>/test/fixtures/requirements/needs.fixture.ts'],
    transform: { '^.+\\.tsx?$': ['ts-jest', { tsconfig: 'test/tsconfig.json' }] },
    reporters: ['default', '<rootDir>/test/support/skip-reporter.js'],
  };
  return new Promise((resolve) => {
    const child = execFile(process.execPath, [require.resolve('jest/bin/jest'), '--config', JSON.stringify(config), '--ci'], {
      cwd: ROOT, encoding: 'utf8', env: { ...process.env, ...env },
    }, (_error, stdout, stderr) => resolve({ code: child.exitCode, output: `${stdout}${stderr}` }));
  });
}

// Both runs at once: each is a jest process of its own.
const runs = { lenient: undefined as ReturnType<typeof jest> | undefined, strict: undefined as ReturnType<typeof jest> | undefined };
beforeAll(() => {
  runs.lenient = jest({ CI: '' });
  runs.strict = jest({ CI: 'true' });
});

describe('requires() and the skip reporter', () => {
  test('a missing requirement skips its tests and the run lists each with the reason; a hand-made skip is listed as having none', async () => {
    const { code, output } = await runs.lenient!;
    expect(code).toBe(0);
    expect(output).toContain('3 skipped tests:');
    expect(output).toContain('test/fixtures/requirements/needs.fixture.ts › without absent-tool [skipped: no `absent-tool` on PATH] would run');
    expect(output).toContain('› a single test without absent-tool [skipped: no `absent-tool` on PATH]');
    expect(output).toContain('› skipped by hand [skipped: no reason given; use test/support/requirements.ts]');
    expect(output).toMatch(/Tests: +3 skipped, 1 passed, 4 total/);
  });

  test('under CI=true a missing requirement fails the run, naming what is missing', async () => {
    const { code, output } = await runs.strict!;
    expect(code).toBe(1);
    expect(output).toContain('CI=true and this test cannot run: no `absent-tool` on PATH');
    expect(output).toMatch(/Tests: +2 failed, 1 skipped, 1 passed, 4 total/);
  });
});
