// README's "A contributor's map" is enforced by eslint's import/no-restricted-paths zones
// (projenrc/import-zones.ts, written into .eslintrc.json by `npx projen`). These tests lint small
// sources placed virtually in the tree with the rule as .eslintrc.json has it, to prove that a
// zone fails, and lint the generated src/connectors/ and src/provider/ (which `npm run eslint`
// skips) against their zones.
import * as fs from 'fs';
import * as path from 'path';
import { Linter, loadESLint } from 'eslint';

const ROOT = path.join(__dirname, '..');
const RULE = 'import/no-restricted-paths';

/** .eslintrc.json with only the zones rule (and no type information, which virtual files cannot have). */
function zonesConfig(): Linter.LegacyConfig {
  const text = fs.readFileSync(path.join(ROOT, '.eslintrc.json'), 'utf8').replace(/^\/\/.*\n/, '');
  const rc = JSON.parse(text) as Linter.LegacyConfig;
  if (!rc.rules?.[RULE]) throw new Error(`.eslintrc.json has no ${RULE}: run npx projen`);
  return {
    root: true,
    parser: rc.parser,
    parserOptions: { ecmaVersion: 2018, sourceType: 'module' },
    plugins: rc.plugins,
    settings: rc.settings,
    rules: { [RULE]: rc.rules[RULE] },
  };
}

let eslint: InstanceType<Awaited<ReturnType<typeof loadESLint>>>;
beforeAll(async () => {
  const LegacyESLint = await loadESLint({ useFlatConfig: false });
  eslint = new LegacyESLint({ cwd: ROOT, useEslintrc: false, ignore: false, baseConfig: zonesConfig() });
});

/** The zone messages of `source` linted as if it were the file `file`. */
async function zoneErrors(file: string, source: string): Promise<string[]> {
  const [result] = await eslint.lintText(source, { filePath: path.join(ROOT, file) });
  const fatal = result.messages.filter((m) => m.fatal);
  if (fatal.length) throw new Error(fatal.map((m) => m.message).join('\n'));
  return result.messages.filter((m) => m.ruleId === RULE).map((m) => m.message);
}

test('a zone fails: src/kibana/ may not import cdktf', async () => {
  const errors = await zoneErrors('src/kibana/x.ts', "import { App } from 'cdktf';\nexport const app = App;\n");
  expect(errors).toEqual([expect.stringMatching(/^Unexpected path "cdktf" imported in restricted zone\. README\.md, "A contributor's map": src\/kibana\/ may import/)]);
});

describe.each([
  // [file, import, allowed]
  ['src/kibana/x.ts', '../connector', false],
  ['src/kibana/x.ts', './transport', true],
  ['src/kibana/x.ts', '../space-id', true],
  ['src/guard/x.ts', '../validation', false],
  ['src/guard/x.ts', '../resource-type', true],
  ['src/comment.ts', './scalar', false],
  ['src/connector-record.ts', './space-id', false],
  ['src/scalar.ts', 'constructs', false],
  ['src/space-id.ts', '../generator/connectors/parse', false],
  ['src/connector.ts', '../generator/connectors/parse', false],
  ['src/connector.ts', './connectors/registry', true],
  ['src/json-expression.ts', './connector', false],
  ['src/validation.ts', 'constructs', false],
  ['src/validation.ts', 'cdktf', true],
  ['src/yaml.ts', './connector', false],
  ['src/resource-type.ts', './provider/kibana-action-connector', false],
  ['src/importer/x.ts', '../index', false],
  ['src/importer/x.ts', '../connector', false],
  ['src/importer/x.ts', './secret-probe', false],
  ['src/importer/x.ts', '../kibana/client', false],
  ['src/importer/x.ts', 'cdktf', false],
  // HCL output loads no cdktf: the importer reaches neither the renderer nor the constructs' checks, nor the modules handed to it.
  ['src/importer/x.ts', '../json-expression', false],
  ['src/importer/x.ts', '../validation', false],
  ['src/importer/x.ts', '../template-text', true],
  ['src/importer/x.ts', './cdktf-markers', false],
  ['src/importer/engine-probe.ts', '../connectors/registry', true],
  ['src/importer/engine-probe.ts', '../index', false],
  ['src/importer/engine-probe.ts', 'cdktf', false],
  ['src/template-text.ts', 'cdktf', false],
  ['src/importer/cdktf-markers.ts', 'cdktf', false],
  ['src/importer/cdktf-markers.ts', 'cdktf/lib/tokens/private/encoding', true],
  ['src/importer/secret-probe.ts', '../index', true],
  ['src/importer/secret-probe.ts', '../connectors/registry', true],
  ['src/importer/secret-probe.ts', '../kibana/client', false],
  ['src/cli/x.ts', '../connector', false],
  ['src/cli/x.ts', '../validation', false],
  ['src/cli/x.ts', '../provider', false],
  ['src/cli/x.ts', '../importer/plan', true],
  ['src/cli/x.ts', '../connectors/registry', true],
  ['src/rules/mustache.ts', 'cdktf', false],
  ['src/rules/mustache.ts', '../validation', false],
  ['src/rules/mustache.ts', '../comment', true],
  ['src/rules/action.ts', 'cdktf', false],
  ['src/rules/action.ts', './typed-specs', true],
  ['src/rules/action.ts', './typed-action', false],
  ['src/rules/typed-action.ts', '../engine/check', true],
  ['src/rules/typed-specs.ts', './action', false],
  ['src/rules/alerting-rule.ts', '../creation-stacks', true],
  ['src/creation-stacks.ts', 'cdktf', false],
  ['src/rules/rule-type-info.ts', '../connector', false],
  ['src/rules/alerting-rule.ts', './mustache', true],
  ['src/rules/alerting-rule.ts', 'cdktf', true],
  ['src/rules/alerting-rule.ts', '../validation', true],
  ['src/rules/alerting-rule.ts', '../cli/exit', false],
  ['generator/connectors/x.ts', '../../src/connector', false],
  ['generator/connectors/x.ts', '../../src/kibana-version', true],
  ['generator/flavour/x.ts', '../connectors/parse', false],
] as const)('%s importing %s', (file, specifier, allowed) => {
  test(allowed ? 'is allowed' : 'is refused', async () => {
    const errors = await zoneErrors(file, `import * as m from '${specifier}';\nexport const x = m;\n`);
    if (allowed) expect(errors).toEqual([]);
    else expect(errors).toEqual([expect.stringContaining(`Unexpected path "${specifier}" imported in restricted zone`)]);
  });
});

test('require() and import() are checked too', async () => {
  const errors = await zoneErrors('src/guard/x.ts', "export const a = require('../connector');\nexport const b = import('../validation');\n");
  expect(errors).toHaveLength(2);
});

test('the generated src/connectors/ and src/provider/ keep to their zones', async () => {
  const files = ['src/connectors', 'src/provider'].flatMap((dir) => fs.readdirSync(path.join(ROOT, dir), { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.ts')).map((f) => path.join(dir, f)));
  expect(files.length).toBeGreaterThan(30);
  const results = await eslint.lintFiles(files.map((f) => path.join(ROOT, f)));
  const problems = results.flatMap((r) => r.messages.filter((m) => m.ruleId === RULE || m.fatal).map((m) => `${path.relative(ROOT, r.filePath)}: ${m.message}`));
  expect(problems).toEqual([]);
});
