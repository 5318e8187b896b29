// No import cycle in the library or the CLI: every module of src/ reachable from src/index.ts and
// src/cli/main.ts, walked through its imports and re-exports (the TypeScript parser, the
// compiler's own module resolution), type-only imports included. src/connector.ts imports the
// generated connectors/registry.ts, whose typed constructs import connector.ts: this keeps that
// from becoming a cycle. A cycle is printed as the chain of modules.
import * as path from 'path';
import * as ts from 'typescript';

const ROOT = path.join(__dirname, '..');
const SRC = path.join(ROOT, 'src');
const OPTIONS: ts.CompilerOptions = { module: ts.ModuleKind.CommonJS, moduleResolution: ts.ModuleResolutionKind.Node10 };

/** The modules of src/ that `file` imports (import, export ... from, require(), import()). */
function importsOf(file: string): string[] {
  const info = ts.preProcessFile(ts.sys.readFile(file) ?? '', true, true);
  return info.importedFiles.flatMap(({ fileName }) => {
    const resolved = ts.resolveModuleName(fileName, file, OPTIONS, ts.sys).resolvedModule?.resolvedFileName;
    return resolved && resolved.startsWith(SRC + path.sep) && !resolved.endsWith('.d.ts') ? [resolved] : [];
  });
}

/** The first cycle found from `roots`, as a chain of modules, or undefined. */
function findCycle(roots: readonly string[], edges: (file: string) => string[] = importsOf): string[] | undefined {
  const done = new Set<string>();
  const stack: string[] = [];
  const visit = (file: string): string[] | undefined => {
    const at = stack.indexOf(file);
    if (at >= 0) return [...stack.slice(at), file];
    if (done.has(file)) return undefined;
    stack.push(file);
    for (const next of edges(file)) {
      const cycle = visit(next);
      if (cycle) return cycle;
    }
    stack.pop();
    done.add(file);
    return undefined;
  };
  for (const root of roots) {
    const cycle = visit(root);
    if (cycle) return cycle;
  }
  return undefined;
}

test('no import cycle from src/index.ts or src/cli/main.ts', () => {
  const cycle = findCycle([path.join(SRC, 'index.ts'), path.join(SRC, 'cli', 'main.ts')]);
  expect(cycle?.map((f) => path.relative(ROOT, f))).toBeUndefined();
});

test('the walk reaches connector.ts -> connectors/registry.ts (data only) and the typed constructs -> connector.ts', () => {
  const rel = (file: string): string[] => importsOf(path.join(SRC, file)).map((f) => path.relative(SRC, f));
  expect(rel('connector.ts')).toContain(path.join('connectors', 'registry.ts'));
  expect(rel(path.join('connectors', 'slack.ts'))).toContain('connector.ts');
  // The registry holds data only: type facts and the rule data of src/connectors/specs/, never a construct.
  const registry = rel(path.join('connectors', 'registry.ts'));
  expect(registry).toEqual(expect.arrayContaining(['connector-type-info.ts', path.join('engine', 'spec.ts'), path.join('connectors', 'specs', 'slack.ts')]));
  expect(registry.filter((f) => !f.startsWith(path.join('connectors', 'specs')) && !['connector-type-info.ts', path.join('engine', 'spec.ts')].includes(f))).toEqual([]);
});

test('a cycle is found and shown as its chain', () => {
  const graph: Record<string, string[]> = { index: ['a', 'c'], a: ['b'], b: ['c'], c: ['a'] };
  expect(findCycle(['index'], (f) => graph[f] ?? [])).toEqual(['a', 'b', 'c', 'a']);
  expect(findCycle(['index'], (f) => (f === 'c' ? [] : graph[f] ?? []))).toBeUndefined();
});
