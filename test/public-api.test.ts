// What the package root (src/index.ts) exports at run time: classes, enums, the provider binding's
// namespaces and the constants on an allow-list, never a function. The helpers the generated
// classes and the CLI share (typedAction, paramsSpecOf, attachParamsSpec, withoutCreationStacks)
// live in modules src/index.ts does not re-export (src/rules/typed-action.ts,
// src/rules/typed-specs.ts, src/creation-stacks.ts), and the field groups' rule data (TLS_GROUP,
// ...) in src/connectors/specs/groups/; this keeps them, and any new one, out of the public API. Enums are told from constants by their declarations (the TypeScript checker), classes
// by their source text.
import * as path from 'path';
import * as ts from 'typescript';
import * as api from '../src';

const INDEX = path.join(__dirname, '..', 'src', 'index.ts');

/** Run-time exports that are neither a class nor an enum, each with why users see it. */
const ALLOWED: Record<string, string> = {
  // The provider binding's modules (src/provider/), as cdktf's own provider packages export them.
  kibanaActionConnector: 'provider binding namespace',
  kibanaAlertingRule: 'provider binding namespace',
  dataElasticstackKibanaActionConnector: 'provider binding namespace',
  provider: 'provider binding namespace',
  DEFAULT_SPACE_ID: "Kibana's default space id, the default of every spaceId",
};

/** The names src/index.ts exports whose declaration is an enum (the TypeScript checker's view). */
function enumExports(): Set<string> {
  const program = ts.createProgram([INDEX], { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2020, skipLibCheck: true, noResolve: false });
  const checker = program.getTypeChecker();
  const module = checker.getSymbolAtLocation(program.getSourceFile(INDEX)!)!;
  const enums = new Set<string>();
  for (const exported of checker.getExportsOfModule(module)) {
    // eslint-disable-next-line no-bitwise
    const target = exported.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(exported) : exported;
    // eslint-disable-next-line no-bitwise
    if (target.flags & ts.SymbolFlags.Enum) enums.add(exported.name);
  }
  return enums;
}

function isClass(value: unknown): boolean {
  return typeof value === 'function' && /^class\b/.test(Function.prototype.toString.call(value));
}

test('src/index.ts exports at run time only classes, enums and the allowed namespaces and constants', () => {
  const enums = enumExports();
  const runtime = Object.keys(api).sort();
  const other = runtime.filter((name) => !isClass((api as Record<string, unknown>)[name]) && !enums.has(name));
  expect(other).toEqual(Object.keys(ALLOWED).sort());
  // Sanity: the walk sees the classes and enums it lets through.
  expect(runtime).toEqual(expect.arrayContaining(['KibanaConnector', 'AlertingRule', 'RuleAction', 'NotifyWhen', 'SlackConnector']));
  expect(enums.has('NotifyWhen')).toBe(true);
});

test('the internal helpers are not exported from the package root', () => {
  for (const name of ['typedAction', 'paramsSpecOf', 'attachParamsSpec', 'withoutCreationStacks', 'recordActionSpec', 'ruleParamsSpecOf', 'TLS_GROUP', 'HTTP_AUTH_GROUP']) {
    expect(Object.keys(api)).not.toContain(name);
  }
});
