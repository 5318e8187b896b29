import * as fs from 'fs';
import * as path from 'path';
import { scratchDir } from './support/synth';
import { generateProviderBinding } from '../generator/provider/generate';

function listFiles(root: string, dir = ''): string[] {
  return fs.readdirSync(path.join(root, dir), { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? listFiles(root, path.join(dir, e.name)) : [path.join(dir, e.name)],
  ).sort();
}

describe('provider binding', () => {
  test('the committed src/provider/ equals a fresh run of generate:provider', async () => {
    const fresh = scratchDir('kc-binding-');
    await generateProviderBinding(fresh);
    const committed = path.join(__dirname, '..', 'src', 'provider');
    expect(listFiles(committed)).toEqual(listFiles(fresh));
    for (const file of listFiles(fresh)) {
      expect({ file, same: fs.readFileSync(path.join(committed, file), 'utf8') === fs.readFileSync(path.join(fresh, file), 'utf8') })
        .toEqual({ file, same: true });
    }
  });

  test('every generated file says it is generated and how to regenerate it', () => {
    const committed = path.join(__dirname, '..', 'src', 'provider');
    for (const file of listFiles(committed)) {
      expect(fs.readFileSync(path.join(committed, file), 'utf8')).toMatch(/^\/\/ GENERATED FILE[^\n]*\n.*\n\/\/ Regenerate with: npx projen generate:provider/);
    }
  });

  test('the binding carries the schema: sensitive and write-only secrets, pinned provider version', () => {
    const resource = fs.readFileSync(path.join(__dirname, '..', 'src', 'provider', 'kibana-action-connector', 'index.ts'), 'utf8');
    expect(resource).toContain('readonly secretsWo?: string;');
    expect(resource).toContain('readonly secretsWoVersion?: string;');
    expect(resource).toContain("providerVersion: '0.16.3'");
    const schema = JSON.parse(fs.readFileSync(path.join(__dirname, '..', 'generator', 'provider-schema.json'), 'utf8'));
    const attrs = schema.provider_schemas['registry.terraform.io/elastic/elasticstack'].resource_schemas.elasticstack_kibana_action_connector.block.attributes;
    expect(attrs.secrets).toMatchObject({ sensitive: true, optional: true });
    expect(attrs.secrets_wo).toMatchObject({ sensitive: true, write_only: true });
    expect(attrs.connector_type_id).toMatchObject({ required: true });
  });
});
