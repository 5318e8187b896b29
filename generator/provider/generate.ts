/**
 * Regenerates the offline elasticstack provider binding in src/provider/ from
 * generator/provider-schema.json (the format of `terraform providers schema -json`).
 *
 * Run: npx projen generate:provider
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { generateProviderBindingsFromSchema } from '@cdktf/provider-generator';

export const PROVIDER_SCHEMA_FILE = path.join(__dirname, '..', 'provider-schema.json');

const HEADER = [
  '// GENERATED FILE: do not edit by hand.',
  '// Built by @cdktf/provider-generator from generator/provider-schema.json (elastic/elasticstack).',
  '// Regenerate with: npx projen generate:provider',
  '',
].join('\n');

/** Module folders the generator writes, and the namespace each is exported under from src/index.ts. */
export const PROVIDER_MODULES: ReadonlyArray<{ folder: string; namespace: string }> = [
  { folder: 'provider', namespace: 'provider' },
  { folder: 'kibana-action-connector', namespace: 'kibanaActionConnector' },
  { folder: 'data-elasticstack-kibana-action-connector', namespace: 'dataElasticstackKibanaActionConnector' },
];

/**
 * Generates the binding into `outDir` (which is replaced) and returns the files written,
 * relative to `outDir`, in a stable order.
 */
export async function generateProviderBinding(outDir: string, schemaFile = PROVIDER_SCHEMA_FILE): Promise<string[]> {
  const schema = JSON.parse(fs.readFileSync(schemaFile, 'utf8'));
  const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'kc-provider-'));
  try {
    await generateProviderBindingsFromSchema(scratch, schema);
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
