// Jest reporter (package.json "jest.reporters", set in .projenrc.ts): after a run, lists every test that
// was skipped, with its reason, so a missing requirement is never a silent pass. Tests skipped through
// test/support/requirements.ts carry the reason in their name; any other skip is listed as having none.
// Plain JavaScript: jest loads reporters without a TypeScript transform. Imports nothing.
'use strict';

const path = require('path');

const SKIPPED = new Set(['pending', 'skipped', 'todo', 'disabled']);

class SkipReporter {
  constructor(globalConfig) {
    this.globalConfig = globalConfig;
  }

  onRunComplete(_contexts, results) {
    // With -t / --testNamePattern every other test counts as skipped: nothing worth listing.
    if (this.globalConfig.testNamePattern) return;
    const lines = [];
    for (const file of results.testResults) {
      const rel = path.relative(this.globalConfig.rootDir, file.testFilePath);
      const project = file.displayName && file.displayName.name ? `[${file.displayName.name}] ` : '';
      for (const t of file.testResults) {
        if (!SKIPPED.has(t.status)) continue;
        const reason = /\[skipped: .*\]/.test(t.fullName) ? '' : ' [skipped: no reason given; use test/support/requirements.ts]';
        lines.push(`  ${project}${rel} › ${t.fullName}${reason}`);
      }
    }
    if (!lines.length) return;
    process.stderr.write(`\n${lines.length} skipped test${lines.length === 1 ? '' : 's'}:\n${lines.join('\n')}\n\n`);
  }
}

module.exports = SkipReporter;
