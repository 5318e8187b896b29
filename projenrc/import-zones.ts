// README.md's "A contributor's map" (its "may import" column) as eslint `import/no-restricted-paths`
// zones: .projenrc.ts puts them into .eslintrc.json, so `npx projen eslint` (part of `npm test`)
// fails on an import the map does not allow. Change the map and this file together.
//
// Each layer is an allow-list: an import of ours (src/, generator/) outside `ours`, or of a CDK
// package outside `packages`, is an error. Node built-ins and other packages are left to
// import/no-extraneous-dependencies. The zones see `import`, `export ... from`, `import()` and
// `require()`. Lint skips src/provider/ and src/connectors/ (generated); test/import-zones.test.ts
// checks their zones.

/** A module (file or folder) of the map and what it may import. */
interface Layer {
  /** How the README names it, for the message. */
  readonly name: string;
  /** Files it covers, relative to the repository root: a file, a folder or a glob. */
  readonly target: string;
  /** Modules of ours it may import: files or folders (ending in `/`) relative to the repository root. */
  readonly ours: readonly string[];
  /**
   * CDK packages it may import (`cdktf`, `constructs`), whole or, as `package/path`, only the
   * listed module of it.
   */
  readonly packages?: readonly string[];
  /** Modules of ours it may not import although they are under an allowed folder. */
  readonly never?: readonly string[];
}

/** The CDK packages the zones govern. src/ never imports `cdktn` itself: the cdktn flavour rewrites `cdktf`. */
const CDK_PACKAGES = ['cdktf', 'cdktn', 'constructs'];

/** The modules everybody may import: leaves that import nothing of ours. */
const LEAVES = [
  'src/comment.ts', 'src/object.ts', 'src/scalar.ts', 'src/space-id.ts', 'src/connector-record.ts', 'src/rule-record.ts', 'src/connector-type-info.ts', 'src/flavour.ts',
  'src/creation-stacks.ts',
];

/** The importer's own modules and what all of them may import (README: `src/importer/`). */
const IMPORTER = [
  'src/importer/', 'src/connector-record.ts', 'src/rule-record.ts', 'src/connector-type-info.ts', 'src/comment.ts', 'src/scalar.ts',
  'src/resource-type.ts', 'src/flavour.ts', 'src/template-text.ts', 'src/object.ts',
  // The rule planner: the rule engine and the pure rule checks (templates, groups, params specs).
  'src/kibana-version.ts', 'src/engine/check.ts', 'src/engine/spec.ts', 'src/rules/rule-type-info.ts', 'src/rules/params-spec.ts',
  'src/rules/mustache.ts', 'src/rules/action-checks.ts',
];

export const LAYERS: readonly Layer[] = [
  { name: 'generator/connectors/', target: 'generator/connectors', ours: ['generator/connectors/', 'src/kibana-version.ts'] },
  {
    name: 'generator/rules/',
    target: 'generator/rules',
    ours: ['generator/rules/', 'generator/connectors/code.ts', 'generator/connectors/sanitize.ts', 'generator/connectors/input.ts', 'generator/connectors/emit.ts', 'src/kibana-version.ts', 'src/engine/spec.ts'],
  },
  { name: 'generator/provider/', target: 'generator/provider', ours: ['generator/provider/'] },
  { name: 'generator/api-docs/', target: 'generator/api-docs', ours: ['generator/api-docs/', 'src/connectors/registry.ts'] },
  { name: 'generator/flavour/', target: 'generator/flavour', ours: ['generator/flavour/', 'generator/provider/'] },
  { name: 'src/provider/', target: 'src/provider', ours: ['src/provider/'], packages: ['cdktf', 'constructs'] },
  {
    name: 'src/connectors/',
    target: 'src/connectors',
    ours: ['src/connectors/', 'src/connector.ts', 'src/engine/', 'src/connector-type-info.ts', 'src/rules/action.ts', 'src/rules/typed-action.ts'],
    packages: ['constructs'],
  },
  { name: 'src/engine/spec.ts', target: 'src/engine/spec.ts', ours: [] },
  { name: 'src/engine/check.ts', target: 'src/engine/check.ts', ours: ['src/engine/spec.ts', 'src/kibana-version.ts', 'src/object.ts'] },
  {
    name: 'src/engine/construct.ts',
    target: 'src/engine/construct.ts',
    ours: ['src/engine/', 'src/kibana-version.ts'],
    packages: ['cdktf', 'constructs'],
  },
  {
    name: 'src/connector.ts',
    target: 'src/connector.ts',
    ours: [
      'src/provider/', 'src/json-expression.ts', 'src/validation.ts', 'src/space-id.ts', 'src/connectors/registry.ts', 'src/object.ts', 'src/engine/construct.ts',
      'src/creation-stacks.ts',
    ],
    packages: ['cdktf', 'constructs'],
  },
  {
    name: 'src/json-expression.ts',
    target: 'src/json-expression.ts',
    ours: ['src/validation.ts', 'src/template-text.ts', 'src/comment.ts', 'src/object.ts'],
    packages: ['cdktf', 'constructs'],
  },
  { name: 'src/template-text.ts', target: 'src/template-text.ts', ours: ['src/comment.ts'] },
  {
    name: 'src/validation.ts',
    target: 'src/validation.ts',
    ours: ['src/kibana-version.ts', 'src/scalar.ts', 'src/space-id.ts', 'src/object.ts'],
    packages: ['cdktf'],
  },
  { name: 'src/kibana-version.ts', target: 'src/kibana-version.ts', ours: [], packages: ['constructs'] },
  {
    name: 'src/preconfigured.ts',
    target: 'src/preconfigured.ts',
    ours: ['src/connector.ts', 'src/yaml.ts', 'src/comment.ts', 'src/flavour.ts', 'src/object.ts'],
    packages: ['cdktf', 'constructs'],
  },
  { name: 'src/yaml.ts', target: 'src/yaml.ts', ours: ['src/comment.ts', 'src/scalar.ts'] },
  ...LEAVES.map((leaf) => ({ name: leaf, target: leaf, ours: [] })),
  { name: 'src/resource-type.ts', target: 'src/resource-type.ts', ours: [] },
  { name: 'src/index.ts', target: 'src/index.ts', ours: ['src/connector.ts', 'src/provider/', 'src/preconfigured.ts', 'src/connectors/', 'src/rules/'] },
  {
    name: 'src/kibana/',
    target: 'src/kibana',
    ours: ['src/kibana/', 'src/connector-record.ts', 'src/rule-record.ts', 'src/comment.ts', 'src/space-id.ts', 'src/flavour.ts', 'src/object.ts'],
  },
  {
    name: 'src/importer/ (but the secret probes, the rule library and cdktf-markers.ts)',
    target: 'src/importer/!(secret-probe|engine-probe|cdktf-markers|rule-library).ts',
    ours: IMPORTER,
    // What loads cdktf is handed in (the probe, the marker rule), never imported: HCL output loads no cdktf.
    never: ['src/importer/secret-probe.ts', 'src/importer/cdktf-markers.ts'],
  },
  {
    name: 'src/importer/engine-probe.ts',
    target: 'src/importer/engine-probe.ts',
    ours: [...IMPORTER, 'src/connectors/registry.ts'],
    never: ['src/importer/secret-probe.ts', 'src/importer/cdktf-markers.ts'],
  },
  {
    name: 'src/importer/rule-library.ts',
    target: 'src/importer/rule-library.ts',
    ours: ['src/importer/plan-rules.ts', 'src/connectors/registry.ts', 'src/rules/registry.ts', 'src/rules/types/specs/'],
  },
  {
    name: 'src/importer/cdktf-markers.ts',
    target: 'src/importer/cdktf-markers.ts',
    ours: IMPORTER,
    packages: ['cdktf/lib/tokens/private/encoding'],
    never: ['src/importer/secret-probe.ts'],
  },
  {
    name: 'src/importer/secret-probe.ts',
    target: 'src/importer/secret-probe.ts',
    ours: [...IMPORTER, 'src/connectors/registry.ts', 'src/index.ts', 'src/engine/construct.ts'],
    packages: ['cdktf', 'constructs'],
  },
  // Alerting rules. The checks of templates and the rule data are pure (no cdktf), so the importer
  // and the CLI can share them; the rule construct is the one module here that meets cdktf.
  { name: 'src/rules/mustache.ts', target: 'src/rules/mustache.ts', ours: ['src/object.ts', 'src/comment.ts'] },
  { name: 'src/rules/rule-type-info.ts', target: 'src/rules/rule-type-info.ts', ours: ['src/engine/spec.ts'] },
  { name: 'src/rules/params-spec.ts', target: 'src/rules/params-spec.ts', ours: ['src/engine/spec.ts', 'src/engine/check.ts', 'src/object.ts', 'src/rules/rule-type-info.ts'] },
  { name: 'src/rules/action-checks.ts', target: 'src/rules/action-checks.ts', ours: ['src/rules/rule-type-info.ts'] },
  { name: 'src/rules/action.ts', target: 'src/rules/action.ts', ours: ['src/connector.ts', 'src/rules/typed-specs.ts'] },
  // What the typed classes hand to the constructs they build (internal: src/index.ts does not export them).
  { name: 'src/rules/typed-specs.ts', target: 'src/rules/typed-specs.ts', ours: ['src/connector.ts', 'src/engine/spec.ts', 'src/rules/rule-type-info.ts'] },
  {
    name: 'src/rules/typed-action.ts',
    target: 'src/rules/typed-action.ts',
    ours: ['src/connector.ts', 'src/engine/spec.ts', 'src/engine/check.ts', 'src/rules/action.ts', 'src/rules/typed-specs.ts'],
  },
  {
    name: 'src/rules/alerting-rule.ts',
    target: 'src/rules/alerting-rule.ts',
    ours: [
      'src/rules/', 'src/engine/', 'src/connector.ts', 'src/json-expression.ts', 'src/kibana-version.ts', 'src/object.ts', 'src/provider/', 'src/space-id.ts',
      'src/validation.ts', 'src/creation-stacks.ts',
    ],
    packages: ['cdktf', 'constructs'],
  },
  { name: 'src/rules/registry.ts', target: 'src/rules/registry.ts', ours: ['src/rules/rule-type-info.ts'] },
  // The version gates of rule and action fields (generated from rule-catalog/rule-features.json): data only.
  { name: 'src/rules/features.ts', target: 'src/rules/features.ts', ours: ['src/kibana-version.ts'] },
  { name: 'src/rules/types/', target: 'src/rules/types', ours: ['src/rules/', 'src/engine/spec.ts'], packages: ['constructs'] },
  { name: 'src/rules/index.ts', target: 'src/rules/index.ts', ours: ['src/rules/'] },
  { name: 'src/guard/', target: 'src/guard', ours: ['src/guard/', 'src/comment.ts', 'src/space-id.ts', 'src/resource-type.ts', 'src/object.ts'] },
  // The CLI's shared modules (README: src/cli/; each says so in its header).
  { name: 'src/cli/exit.ts', target: 'src/cli/exit.ts', ours: [] },
  ...['options', 'output', 'input'].map((m) => ({ name: `src/cli/${m}.ts`, target: `src/cli/${m}.ts`, ours: ['src/cli/exit.ts'] })),
  { name: 'src/cli/context.ts', target: 'src/cli/context.ts', ours: ['src/importer/plan.ts', 'src/importer/plan-rules.ts'] },
  {
    name: 'src/cli/connection-options.ts',
    target: 'src/cli/connection-options.ts',
    ours: ['src/kibana/', 'src/cli/context.ts', 'src/cli/exit.ts', 'src/cli/options.ts'],
  },
  {
    name: 'src/cli/command.ts',
    target: 'src/cli/command.ts',
    ours: ['src/cli/connection-options.ts', 'src/cli/context.ts', 'src/cli/exit.ts', 'src/cli/options.ts'],
  },
];

/** `src/cli/`: everything but the constructs' internals (the binding, KibanaConnector, its JSON and checks). */
const CLI_NEVER = ['src/provider', 'src/connector.ts', 'src/json-expression.ts', 'src/validation.ts'];

/** One `import/no-restricted-paths` zone. */
export interface Zone {
  readonly target: string;
  readonly from: string | string[];
  readonly except?: string[];
  readonly message: string;
}

/** `ours` entries under `root` (`src/` or `generator/`), relative to it, as no-restricted-paths' `except` wants. */
function under(root: string, paths: readonly string[]): string[] {
  return paths.filter((p) => p.startsWith(`${root}/`)).map((p) => `./${p.slice(root.length + 1).replace(/\/$/, '')}`);
}

function zonesOf(layer: Layer): Zone[] {
  const allowed = [...layer.ours, ...(layer.packages ?? [])].map((p) => p.replace(/^src\/|\/$|\.ts$/g, ''));
  const message = `README.md, "A contributor's map": ${layer.name} may import ${allowed.length ? allowed.join(', ') : 'nothing of ours'}.`;
  const zones: Zone[] = [];
  for (const root of ['src', 'generator']) {
    zones.push({ target: layer.target, from: root, except: under(root, layer.ours), message });
  }
  if (layer.never?.length) zones.push({ target: layer.target, from: [...layer.never], message });
  for (const pkg of CDK_PACKAGES) {
    const parts = (layer.packages ?? []).filter((p) => p === pkg || p.startsWith(`${pkg}/`)).map((p) => p.slice(pkg.length + 1));
    if (parts.includes('')) continue; // the whole package
    // A module of the package: however the resolver finds it (the JavaScript or its typings).
    const except = parts.flatMap((p) => [`./${p}.js`, `./${p}.d.ts`]);
    zones.push({ target: layer.target, from: `node_modules/${pkg}`, ...(except.length ? { except } : {}), message });
  }
  return zones;
}

/** The zones of the map, in its order. */
export const IMPORT_ZONES: readonly Zone[] = [
  ...LAYERS.flatMap(zonesOf),
  {
    target: 'src/cli',
    from: [...CLI_NEVER, 'generator', 'node_modules/cdktn'],
    message: 'README.md, "A contributor\'s map": src/cli/ may import everything in src/ but the constructs\' internals (the binding, connector.ts, json-expression.ts, validation.ts).',
  },
];
