// The command context: where a command reads and writes, and the library data it uses (the
// registry, enums and secret probe main.ts passes; tests pass their own). May import
// src/importer/plan.ts and plan-rules.ts (types).
import { ConnectorTypeRegistry, EnumCatalog, PropertyRenames, SecretProbe } from '../importer/plan';
import type { RuleLibrary } from '../importer/plan-rules';

/** What a secret probe is made for. */
export interface SecretProbeFor {
  /** The target Kibana version (undefined: the newest known). */
  readonly kibanaVersion?: string;
  /**
   * The output the plan is written as: `ts` confirms the rule engine's answer by building the typed
   * constructs (the TypeScript must synthesize; loads cdktf), `hcl` asks the rule engine alone.
   */
  readonly output: 'ts' | 'hcl';
}

/** Makes the secret probe for a target Kibana version and an output. */
export type SecretProbeFactory = (options: SecretProbeFor) => SecretProbe;

/** What a command works with: where it reads and writes, and the library data it uses; tests pass their own. */
export interface CliContext {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  readonly env: NodeJS.ProcessEnv;
  readonly cwd: string;
  /** Connector types with typed constructs (default: the package's registry). */
  readonly registry: ConnectorTypeRegistry;
  /** Struct property names of Kibana keys where they differ (default: the package's). */
  readonly propertyRenames: PropertyRenames;
  /**
   * Makes the probe that finds conditionally required secrets and configs the typed construct
   * refuses, for the target Kibana version and the output (default: the package's createSecretProbe
   * for TypeScript, createEngineProbe for HCL; null: none).
   */
  readonly secretProbe: SecretProbeFactory | null;
  /** The enums the registry's `configEnums` name (default: the package's). */
  readonly enums: EnumCatalog;
  /** Rule types, typed rule classes' params and connector params for importing rules (default: the package's, src/importer/rule-library.ts). */
  readonly ruleLibrary?: RuleLibrary;
}
