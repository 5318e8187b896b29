/**
 * The rule generator's version gates: reads `rule-catalog/rule-features.json` (which Kibana versions
 * accept each gated rule and action field, with the evidence: the pull request and its version labels,
 * the file at a release, or why it is unsettled; and the provider's own gate) and writes
 * src/rules/features.ts, the table the rule construct checks `kibanaVersion` against.
 * Every problem is an InputError naming the file and the JSON path.
 */
import { GENERATED_MARKER } from './emit';
import { checkSchema, checkTexts, checkVersions, CatalogVersions, displayPath, InputError } from './parse';
import { compareKibanaVersions, describeKibanaRanges, parseCatalogVersion } from '../../src/kibana-version';
import { literal, wrapText } from '../connectors/code';
import { readJson } from '../connectors/input';
import { docText } from '../connectors/sanitize';

/** The provider's gate for a field, or why it has none. */
export type ProviderGate = { file: string; at: string; since: string; note?: string } | { none: string };

/** One gated field, as the file states it. */
export interface RuleFeature {
  readonly name: string;
  readonly field: string;
  readonly what: string;
  readonly description: string;
  readonly versions: CatalogVersions;
  readonly provider: ProviderGate;
}

/** Reads and checks rule-features.json: its schema, no version in a description, ranges and their evidence. */
export function parseRuleFeatures(file: string): RuleFeature[] {
  const shown = displayPath(file);
  const data = readJson(file);
  checkSchema(file, data, 'features');
  checkTexts(shown, data, '');
  const features = (data as { features: Record<string, Omit<RuleFeature, 'name'>> }).features;
  return Object.entries(features).map(([name, f]) => {
    const ranges = f.versions.ranges;
    if (ranges.length !== 1 || ranges[0].since === undefined || ranges[0].until !== undefined) {
      throw new InputError(shown, `features.${name}.versions.ranges`, 'must be one range with since and no until: a gated field is accepted from one release on');
    }
    checkVersions(shown, f.versions, `features.${name}.versions`);
    // The provider refuses the field before its own gate whatever Kibana accepts: a later provider
    // gate is the one users meet at apply, so the construct must not promise less.
    const p = f.provider;
    if ('since' in p && compareKibanaVersions(parseCatalogVersion(p.since), parseCatalogVersion(ranges[0].since!)) > 0) {
      throw new InputError(shown, `features.${name}.provider.since`, `is ${p.since}, later than versions.ranges[0].since ${ranges[0].since}: the provider refuses the field before ${p.since}, so gate it there`);
    }
    return { name, ...f };
  });
}

/** Whether the evidence settles the version (no `unsettled` entry). */
export function isSettled(f: RuleFeature): boolean {
  return !f.versions.evidence.some((e) => 'unsettled' in e);
}

function evidenceText(f: RuleFeature): string[] {
  return f.versions.evidence.map((e) => {
    if ('unsettled' in e) return `unsettled: ${String(e.unsettled)}`;
    if ('pr' in e) {
      const labels = Array.isArray(e.labels) && e.labels.length ? `labelled ${(e.labels as string[]).join(', ')}` : 'no version label read';
      return `elastic/kibana#${String(e.pr)} (${labels})`;
    }
    return `elastic/kibana ${String(e.file)} at ${String(e.at)}`;
  });
}

function providerText(p: ProviderGate): string {
  return 'none' in p ? `the provider: no gate (${p.none})` : `the provider: ${p.since} (${p.file} at ${p.at})`;
}

/** src/rules/features.ts: the generated header, then the table. */
export function emitRuleFeatures(features: readonly RuleFeature[]): string {
  const lines = [
    GENERATED_MARKER,
    '// Written by the rule generator (generator/rules/) from its input:',
    '// rule-catalog/rule-features.json.',
    '// Regenerate with: npx projen generate',
    "import type { KibanaVersionRange } from '../kibana-version';",
    '',
    '/** A rule or action field that only some Kibana versions accept. */',
    'export interface RuleFeatureVersions {',
    '  /** Where the field is in the rule\'s props. */',
    '  readonly field: string;',
    '  /** What it is, as messages name it. */',
    '  readonly what: string;',
    '  /** The Kibana versions that accept it. */',
    '  readonly ranges: readonly KibanaVersionRange[];',
    '  /** False when Kibana\'s source and pull requests could not settle the version (rule-features.json says why). */',
    '  readonly settled: boolean;',
    '}',
    '',
    '/**',
    ' * The Kibana versions that accept each gated rule and action field, from',
    ' * generator/rule-catalog/rule-features.json (which holds the evidence of each).',
    ' */',
    'export const RULE_FEATURES = {',
  ];
  for (const f of features) {
    const paragraphs = [
      `${f.description} ${describeKibanaRanges(f.versions.ranges)}.`,
      `Evidence: ${evidenceText(f).join('; ')}; ${providerText(f.provider)}.`,
    ];
    lines.push('  /**');
    for (const para of paragraphs) {
      for (const l of wrapText(docText(para.replace(/\n/g, ' ')), 108).split('\n')) lines.push(`   * ${l}`.trimEnd());
    }
    lines.push('   */');
    const ranges = f.versions.ranges.map((r) => `{ since: ${literal(r.since)} }`).join(', ');
    lines.push(`  ${f.name}: { field: ${literal(f.field)}, what: ${literal(f.what)}, ranges: [${ranges}], settled: ${isSettled(f)} },`);
  }
  lines.push('} as const satisfies Readonly<Record<string, RuleFeatureVersions>>;', '');
  return lines.join('\n');
}
