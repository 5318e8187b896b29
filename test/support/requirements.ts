// What a test needs from the machine or the build, in one place: `requires(TERRAFORM)('...', () => ...)`
// in place of `describe`, `requiresTest(LIB)('...', () => ...)` in place of `test`. A test whose
// requirement is missing is skipped with the reason in its name (test/support/skip-reporter.js prints
// every skipped test at the end of the run); under CI=true it fails instead, so CI never passes a test
// it did not run. Imports Node only.
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';

const ROOT = path.join(__dirname, '..', '..');

/** Something a test needs: a binary on PATH or a build output. */
export interface Requirement {
  /** Short name, shown in the skipped test's name. */
  readonly name: string;
  /** What is missing and how to get it. */
  readonly missing: string;
  /** Whether this machine or checkout has it (checked once per test file). */
  readonly met: () => boolean;
}

function once(check: () => boolean): () => boolean {
  let value: boolean | undefined;
  return () => (value ??= check());
}

function onPath(binary: string): () => boolean {
  return once(() => spawnSync(binary, ['version'], { stdio: 'ignore' }).status === 0);
}

function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const file = path.join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(file) : fs.statSync(file).mtimeMs);
  }
  return newest;
}

/** Built, and compiled after the last change to src/ (`assembly` is written last by jsii). */
function builtFromSrc(assembly: string, files: string[]): () => boolean {
  return once(() => files.concat(assembly).every((f) => fs.existsSync(path.join(ROOT, f)))
    && fs.statSync(path.join(ROOT, assembly)).mtimeMs >= newestMtime(path.join(ROOT, 'src')));
}

/** The Terraform CLI (1.11 or later) on PATH. */
export const TERRAFORM: Requirement = {
  name: 'terraform',
  missing: 'no `terraform` on PATH (install Terraform 1.11 or later)',
  met: onPath('terraform'),
};

/** openssl on PATH (tests that make a TLS certificate). */
export const OPENSSL: Requirement = {
  name: 'openssl',
  missing: 'no `openssl` on PATH to make a test certificate',
  met: onPath('openssl'),
};

/** The compiled cdktf package: lib/ and .jsii (`npx projen compile`), compiled after the last change to src/. */
export const LIB: Requirement = {
  name: 'lib',
  missing: 'lib/ is not built, or older than src/ (run `npx projen compile`)',
  met: builtFromSrc('.jsii', ['lib/index.js', 'lib/cli/main.js']),
};

/**
 * The compiled cdktn flavour: flavours/cdktn/lib and its .jsii (`npx projen compile`, or `compile:cdktn`),
 * compiled after the last change to src/ (flavours/cdktn/src itself is rewritten by every test run).
 */
export const CDKTN_LIB: Requirement = {
  name: 'cdktn lib',
  missing: 'flavours/cdktn/lib is not built, or older than src/ (run `npx projen compile:cdktn`)',
  met: builtFromSrc('flavours/cdktn/.jsii', ['flavours/cdktn/lib/index.js']),
};

/** The names of the requirements in `needs` that are not met. */
export function missingOf(needs: readonly Requirement[]): Requirement[] {
  return needs.filter((n) => !n.met());
}

/** Why a test with these missing requirements did not run (part of its reported name). */
export function skipReason(missing: readonly Requirement[]): string {
  return `[skipped: ${missing.map((m) => m.missing).join('; ')}]`;
}

/** Whether a missing requirement fails the run instead of skipping (CI=true, as `.ci/run` sets). */
export function strict(env: NodeJS.ProcessEnv = process.env): boolean {
  return env.CI === 'true' || env.CI === '1';
}

function failure(missing: readonly Requirement[]): Error {
  return new Error(`CI=true and this test cannot run: ${missing.map((m) => m.missing).join('; ')}`);
}

/** A `describe` that needs `needs`: skipped (with the reason in its name) when one is missing, failing under CI. */
export function requires(...needs: Requirement[]): (name: string, fn: () => void) => void {
  const missing = missingOf(needs);
  if (!missing.length) return describe;
  if (strict()) {
    return (name) => describe(name, () => test(`needs ${missing.map((m) => m.name).join(', ')}`, () => { throw failure(missing); }));
  }
  return (name, fn) => describe.skip(`${name} ${skipReason(missing)}`, fn);
}

/** A `test` that needs `needs`: skipped (with the reason in its name) when one is missing, failing under CI. */
export function requiresTest(...needs: Requirement[]): (name: string, fn: jest.ProvidesCallback, timeout?: number) => void {
  const missing = missingOf(needs);
  if (!missing.length) return test;
  if (strict()) return (name) => test(name, () => { throw failure(missing); });
  return (name, fn, timeout) => test.skip(`${name} ${skipReason(missing)}`, fn, timeout);
}

/**
 * For the last part of a test that needs `need` (say, Terraform evaluating what the first part
 * synthesized): true when it is there; otherwise false with a warning naming `what` was not checked,
 * and under CI=true an error. Prefer `requires`/`requiresTest` for whole tests: the reporter lists those.
 */
export function hasFor(need: Requirement, what: string): boolean {
  if (need.met()) return true;
  if (strict()) throw failure([need]);
  // eslint-disable-next-line no-console
  console.warn(`partly skipped: ${need.missing}, so ${what} was not checked`);
  return false;
}
