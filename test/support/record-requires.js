// Preloaded with `node --require` by test/cli-start.test.ts and bench/cli-start-child.ts: when the
// process exits, writes the files it loaded (require.cache) as a JSON array to $RECORD_REQUIRES_OUT.
// Plain JavaScript so it loads before any TypeScript hook. Imports Node only.
'use strict';

const fs = require('fs');

const out = process.env.RECORD_REQUIRES_OUT;
if (out) process.on('exit', () => fs.writeFileSync(out, JSON.stringify(Object.keys(require.cache))));
