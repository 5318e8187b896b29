// Test environment: keep Terraform and cdktf quiet and away from the home folder.
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';

const configured = process.env.TF_CLI_CONFIG_FILE;
if (!configured || !fs.existsSync(configured)) {
  // Some machines point TF_CLI_CONFIG_FILE at a missing file; Terraform then warns on every call.
  const rc = path.join(os.tmpdir(), 'kibana-connectors-test.tfrc');
  if (!fs.existsSync(rc)) fs.writeFileSync(rc, '');
  process.env.TF_CLI_CONFIG_FILE = rc;
}
process.env.CHECKPOINT_DISABLE = '1';
process.env.CDKTF_DISABLE_PLUGIN_CACHE_ENV = '1';
