// A fresh clone of the repository for end-to-end tests: the tracked files as they are in the working
// tree (so uncommitted changes are tested too) in a scratch folder, node_modules linked from the
// repository (no install, no network); nothing built, nothing generated. Imports ./synth.
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { scratchDir } from './synth';

const ROOT = path.join(__dirname, '..', '..');

/** A scratch folder holding the repository's tracked files and a link to its node_modules. */
export function freshClone(prefix = 'kc-clone-'): string {
  const clone = scratchDir(prefix);
  const tracked = spawnSync('git', ['ls-files', '-z'], { cwd: ROOT, encoding: 'utf8' }).stdout.split('\0').filter(Boolean);
  for (const f of tracked) {
    if (!fs.existsSync(path.join(ROOT, f))) continue;
    fs.mkdirSync(path.dirname(path.join(clone, f)), { recursive: true });
    fs.copyFileSync(path.join(ROOT, f), path.join(clone, f));
  }
  fs.symlinkSync(path.join(ROOT, 'node_modules'), path.join(clone, 'node_modules'), 'dir');
  return clone;
}
