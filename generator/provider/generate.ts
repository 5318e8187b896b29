/**
 * Regenerates the offline elasticstack provider binding in src/provider/ from
 * generator/provider-schema.json (the format of `terraform providers schema -json`).
 *
 * Run: npx projen generate:provider. generator/flavour/cdktn.ts calls it with flavour 'cdktn' for the
 * cdktn package's binding (@cdktn/provider-generator, same schema).
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';

export const PROVIDER_SCHEMA_FILE = path.join(__dirname, '..', 'provider-schema.json');

/** The CDK a binding is generated for: its core package and the generator that targets it. */
export type Flavour = 'cdktf' | 'cdktn';

/**
 * Both generators have the same API; each writes bindings that import its own core package. They are
 * loaded on use: loading both in one process fails (each starts a Go WebAssembly runtime at load, and the
 * second fails with `WebAssembly.instantiate(): Import #0 module="go"` and exit code 1).
 */
const GENERATORS: Record<Flavour, { name: string; load: () => typeof import('@cdktf/provider-generator') }> = {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  cdktf: { name: '@cdktf/provider-generator', load: () => require('@cdktf/provider-generator') },
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  cdktn: { name: '@cdktn/provider-generator', load: () => require('@cdktn/provider-generator') },
};

function header(flavour: Flavour): string {
  return [
    '// GENERATED FILE: do not edit by hand.',
    `// Built by ${GENERATORS[flavour].name} from generator/provider-schema.json (elastic/elasticstack).`,
    flavour === 'cdktf' ? '// Regenerate with: npx projen generate:provider' : '// Regenerate with: npx projen generate:flavour',
    '',
  ].join('\n');
}

/** Module folders the generator writes, and the namespace each is exported under from src/index.ts. */
export const PROVIDER_MODULES: ReadonlyArray<{ folder: string; namespace: string }> = [
  { folder: 'provider', namespace: 'provider' },
  { folder: 'kibana-action-connector', namespace: 'kibanaActionConnector' },
  { folder: 'kibana-alerting-rule', namespace: 'kibanaAlertingRule' },
  { folder: 'data-elasticstack-kibana-action-connector', namespace: 'dataElasticstackKibanaActionConnector' },
];

/**
 * Generates the binding into `outDir` (which is replaced) and returns the files written,
 * relative to `outDir`, in a stable order.
 */
export async function generateProviderBinding(outDir: string, schemaFile = PROVIDER_SCHEMA_FILE, flavour: Flavour = 'cdktf'): Promise<string[]> {
  const HEADER = header(flavour);
  const schema = JSON.parse(fs.readFileSync(schemaFile, 'utf8'));
  const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'kc-provider-'));
  try {
    await GENERATORS[flavour].load().generateProviderBindingsFromSchema(scratch, schema);
    const generatedRoot = path.join(scratch, 'providers', 'elasticstack');
    fs.rmSync(outDir, { recursive: true, force: true });
    fs.mkdirSync(outDir, { recursive: true });
    const written: string[] = [];
    for (const mod of PROVIDER_MODULES) {
      const source = path.join(generatedRoot, mod.folder, 'index.ts');
      if (!fs.existsSync(source)) {
        throw new Error(`${schemaFile}: the provider generator wrote no ${mod.folder}/index.ts; is the schema complete?`);
      }
      fs.mkdirSync(path.join(outDir, mod.folder), { recursive: true });
      const body = fs.readFileSync(source, 'utf8');
      fs.writeFileSync(path.join(outDir, mod.folder, 'index.ts'), HEADER + body);
      written.push(path.join(mod.folder, 'index.ts'));
    }
    const index = HEADER + PROVIDER_MODULES.map((m) => `export * as ${m.namespace} from './${m.folder}';\n`).join('');
    fs.writeFileSync(path.join(outDir, 'index.ts'), index);
    written.push('index.ts');
    return written;
  } finally {
    fs.rmSync(scratch, { recursive: true, force: true });
  }
}

if (require.main === module) {
  const outDir = path.join(__dirname, '..', '..', 'src', 'provider');
  generateProviderBinding(outDir).then(
    (files) => console.log(`wrote ${files.length} files to ${path.relative(process.cwd(), outDir)}/`),
    (err) => {
      console.error(`generate:provider failed: ${err instanceof Error ? err.message : err}`);
      process.exit(1);
    },
  );
}
