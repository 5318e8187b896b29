// Runs the kibana-connectors CLI in-process (src/cli/main.ts run()) with stdout and stderr
// captured, and fails the test when a secret given reaches either: the one output-capturing
// runner of the CLI tests. Also the small registry most CLI tests import with.
import { CliContext, run } from '../../src/cli/main';
import { ConnectorTypeRegistry } from '../../src/importer/plan';

/** What a run shows a user: its exit code and everything it printed. */
export interface CliResult {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** A registry with one typed construct, Slack's (webhookUrl required). */
export const SLACK_REGISTRY: ConnectorTypeRegistry = {
  '.slack': { typeId: '.slack', constructName: 'SlackConnector', configFields: [], secretFields: ['webhookUrl'], requiredSecretFields: ['webhookUrl'], typed: true },
};

/**
 * Runs `args` with `context` (stdout and stderr are captured), then expects no `secrets` (a text
 * or a pattern) in what it printed.
 */
export async function runCli(args: readonly string[], context: Partial<CliContext>, secrets: readonly (string | RegExp)[] = []): Promise<CliResult> {
  let stdout = '';
  let stderr = '';
  const code = await run(args, {
    ...context,
    stdout: (t) => { stdout += t; },
    stderr: (t) => { stderr += t; },
  });
  for (const secret of secrets) expect(stdout + stderr).not.toMatch(secret);
  return { code, stdout, stderr };
}
