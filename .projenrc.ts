import { cdktf, javascript, JsonFile } from 'projen';
import { IMPORT_ZONES } from './projenrc/import-zones';

// Versions that must stay pinned on this toolchain: see BUILDING.md for the reasons.
const CDKTF_VERSION = '0.21.0';
const CDKTN_VERSION = '0.24.0';

/**
 * Test tiers and flavours, by file name (BUILDING.md, "Tests"): `*.e2e.test.ts` is the end-to-end tier
 * (packaging, examples, README, generator runs, the importer end to end, new apps), which `npm test`
 * runs and `npm run test:unit` (bare `npx jest`) leaves out; `*.flavoured.test.ts` and
 * `*.flavoured.e2e.test.ts` also run under the cdktn jest project, which is flavour equivalence and so
 * end-to-end: the unit tier runs under cdktf only.
 */
const E2E_TESTS = '\\.e2e\\.test\\.ts$';
const FLAVOURED_TESTS = ['<rootDir>/test/**/*.flavoured.test.ts', '<rootDir>/test/**/*.flavoured.e2e.test.ts'];
/** Jest options each project needs (with `projects`, jest reads them per project, not from the root). */
const JEST_PROJECT = {
  transform: { '^.+\\.[t]sx?$': ['ts-jest', { tsconfig: 'test/tsconfig.json' }] },
  setupFiles: ['<rootDir>/test/support/env.ts'],
  // The unit tier by default; `npm test` passes --testPathIgnorePatterns /node_modules/ (both tiers).
  testPathIgnorePatterns: ['/node_modules/', E2E_TESTS],
  clearMocks: true,
};

const project = new cdktf.ConstructLibraryCdktf({
  name: 'cdktf-kibana-connectors',
  description:
    'Typed CDK for Terraform constructs for Kibana action connectors (Slack, PagerDuty, Jira, webhooks, email, ServiceNow, OpenAI, ...) over elasticstack_kibana_action_connector.',
  author: 'cdktf-kibana-connectors contributors',
  authorAddress: 'maintainers@cdktf-kibana-connectors.dev',
  repositoryUrl: 'https://github.com/cdktf-kibana-connectors/cdktf-kibana-connectors.git',
  license: 'Apache-2.0',
  defaultReleaseBranch: 'main',
  projenrcTs: true,
  packageManager: javascript.NodePackageManager.NPM,
  minNodeVersion: '20.0.0',
  typescriptVersion: '~5.9.3',
  jsiiVersion: '~5.9.0',
  cdktfVersion: `^${CDKTF_VERSION}`,
  constructsVersion: '^10.6.0', // cdktn's peer range is >=10.6.0 <10.8.0; cdktf's ^10.4.2
  keywords: ['cdktf', 'kibana', 'elastic', 'elasticstack', 'terraform', 'connectors', 'alerting'],

  // No hosted CI or release pipeline here: `.ci/run` is the one CI entry point.
  github: false,
  release: false,
  depsUpgrade: false,
  buildWorkflow: false,
  pullRequestTemplate: false,
  sampleCode: false,

  bin: { 'kibana-connectors': 'lib/cli/main.js' },

  // Runtime dependencies that are not jsii modules must be bundled (jsii's rule): mustache.js, the
  // library Kibana renders action templates with, parses them for the rule-action checker (src/rules/).
  bundledDeps: ['mustache@^4.2.0'],

  devDeps: [
    `@cdktf/provider-generator@${CDKTF_VERSION}`,
    `cdktn@${CDKTN_VERSION}`,
    `@cdktn/provider-generator@${CDKTN_VERSION}`,
    'jsii-pacmak',
    'ajv@^8',
    'ts-morph@^28',
    'yaml@^2',
    '@types/mustache',
  ],

  eslintOptions: {
    dirs: ['src'],
    devdirs: ['test', 'generator', 'bench', 'examples'],
    ignorePatterns: ['src/provider/**', 'src/connectors/**', 'src/rules/types/**', 'src/rules/registry.ts', '*.js', '*.d.ts', 'node_modules/', 'lib/', 'coverage/'],
  },

  jestOptions: {
    // Snapshots must fail when output changes, never be rewritten by a test run.
    updateSnapshot: javascript.UpdateSnapshot.NEVER,
    jestConfig: {
      testMatch: ['<rootDir>/test/**/*.test.ts'],
      testTimeout: 120_000,
      // Every core: jest's default leaves one to its main process, which on two cores halves the run;
      // many tests wait on child processes (terraform, the CLI) rather than compute.
      maxWorkers: '100%',
      // A worker that has finished (its exit event fires within ~20 ms) takes 180-240 ms to be torn down at
      // 450-715 MiB, and past jest's default 500 ms under load: it was killed with the "failed to exit
      // gracefully" warning although no handle was open (measured 2026-12-05, see the stop-25 note).
      workerGracefulExitTimeout: 3000,
      collectCoverage: false,
      setupFiles: ['<rootDir>/test/support/env.ts'],
      // Every test under cdktf; the flavoured ones once more under cdktn (see FLAVOURED_TESTS).
      projects: [
        { displayName: 'cdktf', ...JEST_PROJECT, testMatch: ['<rootDir>/test/**/*.test.ts'] },
        {
          displayName: 'cdktn',
          ...JEST_PROJECT,
          setupFiles: [...JEST_PROJECT.setupFiles, '<rootDir>/test/support/cdktn-env.ts'],
          testMatch: FLAVOURED_TESTS,
          // Nothing in the unit tier: the e2e tier's --testPathIgnorePatterns /node_modules/ lets the flavoured files in.
          testPathIgnorePatterns: ['/node_modules/', '\\.test\\.ts$'],
          // The same test files, with `cdktf` and the library's src/ resolved to the cdktn flavour.
          moduleNameMapper: { '^cdktf$': 'cdktn', '^(?:\\.\\./)+src(/.*)?$': '<rootDir>/flavours/cdktn/src$1' },
        },
      ] as any,
    },
  },

  tsconfigDev: {
    include: ['../generator/**/*.ts', '../bench/**/*.ts', '../examples/**/*.ts', '../src/**/*.ts'],
    compilerOptions: {},
  },

  gitignore: ['/flavours/', '/test/.readme-*/', '/test/.tmp-*/', '/examples/*/cdktf.out/', '/examples/*/.gen/', '/.bench/', '*.tfstate*', '.terraform/'],
});

// Dev-time folders outside src/ get their own tsconfig so eslint's project service and ts-node see them.
for (const dir of ['generator', 'bench', 'examples']) {
  new JsonFile(project, `${dir}/tsconfig.json`, {
    obj: {
      extends: '../tsconfig.json',
      compilerOptions: { noEmit: true, rootDir: '..' },
      include: ['**/*.ts', '../src/**/*.ts'],
      exclude: ['node_modules'],
    },
  });
}

// Every skipped test is listed with its reason at the end of a run (test/support/requirements.ts).
project.jest!.addReporter('<rootDir>/test/support/skip-reporter.js' as any);

// README's "A contributor's map" as lint rules: an import the map does not allow fails eslint.
project.eslint!.addRules({ 'import/no-restricted-paths': ['error', { zones: IMPORT_ZONES }] });

// The provider binding is generated from a committed schema (no @cdktf/provider-elasticstack on npm).
project.addTask('generate:provider', {
  description: 'Regenerate src/provider/ from generator/provider-schema.json',
  exec: 'ts-node --transpile-only generator/provider/generate.ts',
});

const connectors = project.addTask('generate:connectors', {
  description: 'Regenerate src/connectors/ from generator/connector-types.json and generator/catalog/',
  exec: 'ts-node --transpile-only generator/connectors/main.ts',
});
const rules = project.addTask('generate:rules', {
  description: 'Regenerate src/rules/registry.ts and src/rules/types/ from generator/rule-types.json and generator/rule-catalog/',
  exec: 'ts-node --transpile-only generator/rules/main.ts',
});
// The cdktn flavour (flavours/cdktn, gitignored): the cdktn-kibana-connectors package, made from src/ by
// every build and every test run (generator/flavour/cdktn.ts), jsii-compiled in its own folder.
const flavour = project.addTask('generate:flavour', {
  description: 'Write flavours/cdktn/ (the cdktn-kibana-connectors package) from src/ and generator/provider-schema.json',
  exec: 'ts-node --transpile-only generator/flavour/cdktn.ts',
});
// The two test tiers (see E2E_TESTS): `npm test` (and CI) runs both, then eslint; `npm run test:unit`
// the unit tier under cdktf (as bare `npx jest` does); `npm run test:e2e` the end-to-end tier. `npm test`
// and test:e2e write the flavour first: the cdktn project tests flavours/cdktn/src, a copy of src/.
const JEST = 'jest --passWithNoTests --ci';
const ALL_TIERS = '--testPathIgnorePatterns /node_modules/';
project.testTask.reset();
project.testTask.spawn(flavour);
project.testTask.exec(`${JEST} ${ALL_TIERS}`, { receiveArgs: true });
project.testTask.spawn(project.tasks.tryFind('eslint')!);
// Snapshots live in both tiers (the generator's is e2e): updating them runs both.
project.tasks.tryFind('test:update')!.reset(`jest --updateSnapshot --passWithNoTests --ci ${ALL_TIERS}`, { receiveArgs: true });
const testUnit = project.addTask('test:unit', { description: 'The unit tier: every test but *.e2e.test.ts, under cdktf' });
testUnit.exec(JEST, { receiveArgs: true });
const testE2e = project.addTask('test:e2e', { description: 'The end-to-end tier: the *.e2e.test.ts files under cdktf, and the flavoured files under cdktn' });
testE2e.spawn(flavour);
testE2e.exec(`${JEST} ${ALL_TIERS} --selectProjects cdktf --testPathPatterns '\\.e2e\\.test\\.ts$'`, { receiveArgs: true });
testE2e.exec(`${JEST} ${ALL_TIERS} --selectProjects cdktn`, { receiveArgs: true });
const compileCdktn = project.addTask('compile:cdktn', { description: 'Write flavours/cdktn and compile it with jsii' });
compileCdktn.spawn(flavour);
compileCdktn.exec('jsii --silence-warnings=reserved-word', { cwd: 'flavours/cdktn' });
project.compileTask.spawn(compileCdktn);
project.addPackageIgnore('/flavours/');
// Both tarballs by jsii-pacmak's one pattern: dist/js/cdktf-kibana-connectors@<version>.jsii.tgz (package:js)
// and dist/js/cdktn-kibana-connectors@<version>.jsii.tgz (package:cdktn, which compiles the flavour first
// when it is not built).
const packageCdktn = project.addTask('package:cdktn', {
  description: 'Pack cdktn-kibana-connectors as dist/js/cdktn-kibana-connectors@<version>.jsii.tgz (jsii-pacmak)',
});
packageCdktn.spawn(compileCdktn, {
  condition: 'node -e "const fs=require(\'fs\');process.exit(fs.existsSync(\'flavours/cdktn/.jsii\')&&fs.existsSync(\'flavours/cdktn/lib/index.js\')?1:0)"',
});
packageCdktn.exec('jsii-pacmak -v --target js --outdir ../../dist', { cwd: 'flavours/cdktn' });
project.tasks.tryFind('package:js')!.spawn(packageCdktn);

const generate = project.addTask('generate', { description: 'Regenerate every generated source file' });
generate.spawn(project.tasks.tryFind('generate:provider')!);
generate.spawn(connectors);
generate.spawn(rules);

project.addTask('generate:types', {
  description: 'Refresh generator/connector-types.json from a live Kibana (KIBANA_ENDPOINT and credentials from the environment)',
  exec: 'ts-node --transpile-only src/cli/main.ts types --out generator/connector-types.json',
});

project.addTask('generate:rule-types', {
  description: 'Refresh generator/rule-types.json from a live Kibana (KIBANA_ENDPOINT and credentials from the environment)',
  exec: 'ts-node --transpile-only src/cli/main.ts types --rules --out generator/rule-types.json',
});

project.addTask('bench', {
  description: 'Measure synth, generator and importer speed and memory; prints a table',
  exec: 'ts-node --transpile-only bench/run.ts',
});

project.addTask('example:synth', {
  description: 'Synthesize examples/basic and print where the Terraform JSON is',
  exec: 'ts-node --transpile-only examples/basic/main.ts',
});

// examples/cdktn imports the cdktn flavour's source (flavours/cdktn/src, gitignored): write it first, so
// that the task works on a fresh clone.
const exampleCdktn = project.addTask('example:synth:cdktn', {
  description: 'Write flavours/cdktn, then synthesize examples/cdktn (a cdktn app) and print where the Terraform JSON is',
});
exampleCdktn.spawn(flavour);
exampleCdktn.exec('ts-node --transpile-only examples/cdktn/main.ts');

// The API reference: jsii-docgen's JSON model rendered as API.md (an index by connector type) and one
// page per connector type in docs/api/ (generator/api-docs/render.ts), instead of one 1 MB file.
const docgen = project.tasks.tryFind('docgen')!;
docgen.reset('jsii-docgen -f json -o .api');
docgen.exec('ts-node --transpile-only generator/api-docs/render.ts .api.json');
project.gitignore.exclude('/.api.json');
// Scratch folders of the tests that must live inside the repository (module resolution).
project.gitignore.exclude('/test/.tmp-*/', '/test/.readme-*/');

// Generated sources: reviewers and GitHub collapse them in diffs.
project.gitattributes.addAttributes('/src/connectors/**', 'linguist-generated');
project.gitattributes.addAttributes('/src/rules/types/**', 'linguist-generated');
project.gitattributes.addAttributes('/src/rules/registry.ts', 'linguist-generated');
project.gitattributes.addAttributes('/src/provider/**', 'linguist-generated');
project.gitattributes.addAttributes('/docs/api/**', 'linguist-generated');

// What users get from `npm pack` / the registry: the compiled library, its jsii assembly, the docs and
// the CLI (lib/cli/main.js). Everything else (CI, benchmarks, generator, examples and their cdktf.out)
// stays in the repository; test/package.e2e.test.ts lists the packed files.
project.package.addField('files', ['lib/**/*.js', 'lib/**/*.d.ts', '.jsii', 'API.md', 'docs/api/*.md']);

// A fresh clone has no lib/: packing must build it rather than silently ship a package without code.
const NOT_COMPILED = 'node -e "const fs=require(\'fs\');process.exit(fs.existsSync(\'.jsii\')&&fs.existsSync(\'lib/index.js\')?1:0)"';
project.tasks.tryFind('package:js')!.prependSpawn(project.compileTask, { condition: NOT_COMPILED });
project.package.setScript('prepack', `if ${NOT_COMPILED}; then npx projen compile 1>&2; fi`);

project.synth();
