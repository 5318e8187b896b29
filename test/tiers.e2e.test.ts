// The two test tiers and the two flavours follow file names (BUILDING.md, "Tests"): bare `npx jest` and
// `npm run test:unit` run every test but `*.e2e.test.ts`, under cdktf only; `npm test` (and so CI) runs
// both tiers, where the cdktn project runs exactly the `*.flavoured.test.ts` and `*.flavoured.e2e.test.ts`
// files (flavour equivalence is end-to-end). Unit-tier
// files spawn neither npm nor npx (no registry, no network, no projen task). E2E tier: it runs jest.
import { execFile } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';

const ROOT = path.join(__dirname, '..');

function listTests(args: string[]): Promise<string[]> {
  return new Promise((resolve, reject) => {
    execFile(process.execPath, [require.resolve('jest/bin/jest'), '--listTests', '--json', ...args], { cwd: ROOT, encoding: 'utf8' }, (error, stdout, stderr) => {
      if (error) reject(new Error(`jest --listTests ${args.join(' ')}: ${stderr}`));
      else resolve((JSON.parse(stdout) as string[]).map((f) => path.relative(ROOT, f)).sort());
    });
  });
}

function steps(task: string): unknown[] {
  return JSON.parse(fs.readFileSync(path.join(ROOT, '.projen', 'tasks.json'), 'utf8')).tasks[task].steps;
}

const testFiles = fs.readdirSync(path.join(ROOT, 'test')).filter((f) => f.endsWith('.test.ts')).map((f) => `test/${f}`).sort();
const e2e = (f: string) => f.endsWith('.e2e.test.ts');
const flavoured = (f: string) => /\.flavoured(\.e2e)?\.test\.ts$/.test(f);

describe('test tiers and flavours by file name', () => {
  test('bare jest runs the unit tier under cdktf; npm test\'s arguments add the e2e tier and the cdktn project\'s flavoured files', async () => {
    expect(testFiles.filter(e2e).length).toBeGreaterThan(5);
    const [unit, unitCdktn, all, allCdktn] = await Promise.all([
      listTests([]),
      listTests(['--selectProjects', 'cdktn']),
      listTests(['--testPathIgnorePatterns', '/node_modules/']),
      listTests(['--selectProjects', 'cdktn', '--testPathIgnorePatterns', '/node_modules/']),
    ]);
    expect(unit).toEqual(testFiles.filter((f) => !e2e(f)));
    expect(unitCdktn).toEqual([]);
    expect(all).toEqual(testFiles);
    expect(allCdktn).toEqual(testFiles.filter(flavoured));
  });

  test('npm test runs both tiers and eslint after writing the flavour, test:unit the unit tier (no flavour), test:e2e the e2e tier; test:update both tiers', () => {
    expect(steps('test')).toEqual([
      { spawn: 'generate:flavour' }, { exec: 'jest --passWithNoTests --ci --testPathIgnorePatterns /node_modules/', receiveArgs: true }, { spawn: 'eslint' },
    ]);
    expect(steps('test:unit')).toEqual([{ exec: 'jest --passWithNoTests --ci', receiveArgs: true }]);
    expect(steps('test:e2e')).toEqual([
      { spawn: 'generate:flavour' },
      { exec: "jest --passWithNoTests --ci --testPathIgnorePatterns /node_modules/ --selectProjects cdktf --testPathPatterns '\\.e2e\\.test\\.ts$'", receiveArgs: true },
      { exec: 'jest --passWithNoTests --ci --testPathIgnorePatterns /node_modules/ --selectProjects cdktn', receiveArgs: true },
    ]);
    expect(steps('test:update')).toEqual([{ exec: 'jest --updateSnapshot --passWithNoTests --ci --testPathIgnorePatterns /node_modules/', receiveArgs: true }]);
    expect(fs.readFileSync(path.join(ROOT, '.ci', 'run'), 'utf8')).toMatch(/^npm test$/m);
  });

  test('unit-tier files spawn neither npm nor npx', () => {
    const spawnsNpm = (f: string) => /['"`]npx?['"`]/.test(fs.readFileSync(path.join(ROOT, f), 'utf8'));
    expect(testFiles.filter((f) => !e2e(f) && spawnsNpm(f))).toEqual([]);
    expect(testFiles.filter((f) => e2e(f) && spawnsNpm(f)).length).toBeGreaterThan(0);
  });
});
