// API reference renderer: turns jsii-docgen's JSON model of the compiled library (plus the `.jsii`
// assembly, which says which members a class declares itself) into API.md, an index by connector type,
// and docs/api/*.md, one page per connector type with its construct, structs and enums together, plus
// pages for the core constructs, shared types and the provider binding. Members a class inherits are
// listed by name with a link to the class that documents them, never repeated.
//
// Usage (the `docgen` task): jsii-docgen -f json -o <model.json>; ts-node generator/api-docs/render.ts <model.json>
// Reads the model, `.jsii` and src/connectors/registry.ts; writes API.md and docs/api/. Deterministic.
import * as fs from 'fs';
import * as path from 'path';
import { CONNECTOR_TYPES } from '../../src/connectors/registry';

const ROOT = path.join(__dirname, '..', '..');
const PACKAGE = 'cdktf-kibana-connectors';
const HEADER = '<!-- GENERATED FILE: written by `npx projen docgen` (generator/api-docs/render.ts) from the compiled library. Do not edit. -->';

// A type: a pattern such as `%[]` or `{ [key: string]: % }` whose `%`s are named types or nested patterns.
interface TypeRef { readonly formattingPattern?: string; readonly types?: TypeRef[]; readonly fqn?: string; readonly displayName?: string }
interface Docs { readonly summary?: string; readonly remarks?: string; readonly example?: string; readonly deprecated?: boolean }
interface Param { readonly displayName: string; readonly type: TypeRef; readonly optional?: boolean; readonly docs: Docs }
interface Member {
  readonly displayName: string;
  readonly fqn: string;
  readonly type?: TypeRef;
  readonly optional?: boolean;
  readonly default?: string;
  readonly docs: Docs;
  readonly parameters?: Param[];
}
interface Entity {
  readonly fqn: string;
  readonly displayName: string;
  readonly docs: Docs;
  readonly initializer?: { parameters: Param[] };
  readonly instanceMethods?: Member[];
  readonly staticMethods?: Member[];
  readonly properties?: Member[];
  readonly constants?: Member[];
  readonly members?: Member[];
}
type Kind = 'construct' | 'class' | 'struct' | 'interface' | 'enum';
interface Model { apiReference: { constructs: Entity[]; classes: Entity[]; structs: Entity[]; interfaces: Entity[]; enums: Entity[] } }
interface JsiiType {
  readonly base?: string;
  readonly interfaces?: string[];
  readonly methods?: Array<{ name: string; static?: boolean }>;
  readonly properties?: Array<{ name: string }>;
}
interface Jsii { types: Record<string, JsiiType> }

/** Where each documented type lives: page file and anchor. */
interface Placement { readonly page: string; readonly kind: Kind; readonly entity: Entity }

// One escaping rule for text in Markdown tables.
const cell = (text: string | undefined) => (text ?? '').replace(/\|/g, '\\|').replace(/\r?\n/g, ' ').trim();
const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
const anchor = (fqn: string) => fqn.replace(/[^A-Za-z0-9]+/g, '-').toLowerCase();
const kebab = (name: string) => name.replace(/([a-z0-9])([A-Z])/g, '$1-$2').toLowerCase();

/** Fully qualified names of the named types in a type reference, nested patterns included. */
function named(ref: TypeRef | undefined): string[] {
  if (!ref) return [];
  if (ref.fqn) return [ref.fqn];
  return (ref.types ?? []).flatMap(named);
}

/** Writes a type reference: `name` for named types, `literal` for pattern text such as `string` or `[]`. */
function format(ref: TypeRef, name: (t: TypeRef) => string, literal: (text: string) => string = (t) => t): string {
  if (ref.fqn) return name(ref);
  const pattern = ref.formattingPattern ?? 'unknown';
  let i = 0;
  const parts = pattern.split('%');
  return parts.map((text, k) => (text ? literal(text) : '') + (k < parts.length - 1 ? format(ref.types?.[i++] ?? { formattingPattern: 'unknown' }, name, literal) : '')).join('');
}

class Renderer {
  private readonly placements = new Map<string, Placement>();

  constructor(private readonly model: Model, private readonly jsii: Jsii) {}

  render(): Map<string, string> {
    const api = this.model.apiReference;
    const all: Array<[Kind, Entity]> = [
      ...api.constructs.map((e) => ['construct', e] as [Kind, Entity]),
      ...api.classes.map((e) => ['class', e] as [Kind, Entity]),
      ...api.structs.map((e) => ['struct', e] as [Kind, Entity]),
      ...api.interfaces.map((e) => ['interface', e] as [Kind, Entity]),
      ...api.enums.map((e) => ['enum', e] as [Kind, Entity]),
    ];
    const byFqn = new Map(all.map(([kind, e]) => [e.fqn, { kind, entity: e }]));

    // Typed connectors: the construct and every struct or enum reachable from it that no other
    // connector reaches go on its page; what several reach goes to the shared page.
    const typed = Object.values(CONNECTOR_TYPES).filter((t) => t.typed && byFqn.has(`${PACKAGE}.${t.constructName}`))
      .sort((a, b) => (a.typeId < b.typeId ? -1 : 1));
    const reachedBy = new Map<string, Set<string>>();
    for (const t of typed) {
      for (const fqn of this.reachable(`${PACKAGE}.${t.constructName}`, byFqn)) {
        if (!reachedBy.has(fqn)) reachedBy.set(fqn, new Set());
        reachedBy.get(fqn)!.add(t.constructName);
      }
    }
    for (const [kind, e] of all) {
      const users = reachedBy.get(e.fqn);
      let page: string;
      if (users?.size === 1) page = `docs/api/${kebab([...users][0])}.md`;
      else if (users && users.size > 1) page = 'docs/api/shared.md';
      else if (e.fqn.split('.').length > 2) page = 'docs/api/provider-binding.md';
      else page = 'docs/api/core.md';
      this.placements.set(e.fqn, { page, kind, entity: e });
    }

    const pages = new Map<string, string[]>();
    const order: Kind[] = ['construct', 'class', 'interface', 'struct', 'enum'];
    const byName = (a: Placement, b: Placement) => compare(a.entity.displayName, b.entity.displayName);
    const sorted = [...this.placements.values()].sort((a, b) => order.indexOf(a.kind) - order.indexOf(b.kind) || byName(a, b));
    for (const p of sorted) {
      if (!pages.has(p.page)) pages.set(p.page, []);
      pages.get(p.page)!.push(this.entity(p));
    }

    const out = new Map<string, string>();
    const titles: Record<string, string> = {
      'docs/api/core.md': 'Core: `KibanaConnector` and what every connector shares',
      'docs/api/shared.md': 'Types shared by several connector types',
      'docs/api/provider-binding.md': 'Provider binding (generated from the elasticstack provider schema)',
    };
    for (const t of typed) titles[`docs/api/${kebab(t.constructName)}.md`] = `\`${t.typeId}\`: ${t.constructName}`;
    for (const [page, sections] of [...pages.entries()].sort(([a], [b]) => (a < b ? -1 : 1))) {
      out.set(page, [HEADER, '', `# ${titles[page] ?? page}`, '', `[API reference index](${this.rel(page, 'API.md')})`, '', ...sections].join('\n'));
    }
    out.set('API.md', this.index(typed));
    return out;
  }

  private index(typed: Array<{ typeId: string; constructName: string }>): string {
    const lines = [HEADER, '', '# API reference', '',
      'Each connector type has a page with its construct, its `config`, `secrets` and `params` structs and its enums.',
      'Members every connector inherits from `KibanaConnector` are documented once, on the core page.', '',
      '## Core', '', '| type | kind | summary |', '|---|---|---|'];
    const on = (page: string) => [...this.placements.values()].filter((p) => p.page === page)
      .sort((a, b) => (a.entity.displayName < b.entity.displayName ? -1 : 1));
    for (const p of on('docs/api/core.md')) lines.push(`| ${this.link('API.md', p.entity.fqn)} | ${p.kind} | ${cell(p.entity.docs.summary)} |`);
    lines.push('', '## Connector types', '', '| type id | construct | structs and enums |', '|---|---|---|');
    for (const t of typed) {
      const page = `docs/api/${kebab(t.constructName)}.md`;
      const others = on(page).filter((p) => p.kind !== 'construct').map((p) => this.link('API.md', p.entity.fqn));
      lines.push(`| \`${t.typeId}\` | ${this.link('API.md', `${PACKAGE}.${t.constructName}`)} | ${others.join(', ')} |`);
    }
    lines.push('', '## Shared by several connector types', '');
    lines.push(on('docs/api/shared.md').map((p) => this.link('API.md', p.entity.fqn)).join(', '));
    lines.push('', '## Provider binding', '', 'Generated from the provider schema; namespaces as a prebuilt provider package would have them.', '');
    lines.push(on('docs/api/provider-binding.md').filter((p) => p.kind === 'construct').map((p) => this.link('API.md', p.entity.fqn)).join(', '));
    lines.push('', 'All provider binding types: [provider-binding.md](docs/api/provider-binding.md).', '');
    return lines.join('\n');
  }

  /** Every struct and enum reachable from a construct through its initializer, static methods and structs. */
  private reachable(root: string, byFqn: Map<string, { kind: Kind; entity: Entity }>): Set<string> {
    const seen = new Set<string>([root]);
    const queue = [root];
    while (queue.length) {
      const e = byFqn.get(queue.pop()!)?.entity;
      if (!e) continue;
      const refs: TypeRef[] = [
        ...(e.initializer?.parameters ?? []).map((p) => p.type),
        ...(e.staticMethods ?? []).filter((m) => this.declares(e.fqn, m.displayName, true)).flatMap((m) => (m.parameters ?? []).map((p) => p.type)),
        ...(e === byFqn.get(root)?.entity ? [] : (e.properties ?? []).map((p) => p.type!)),
      ];
      for (const fqn of refs.flatMap(named)) {
        const target = byFqn.get(fqn);
        if (!target || seen.has(fqn) || (target.kind !== 'struct' && target.kind !== 'enum')) continue;
        // The options every connector shares, and the provider binding's types, are documented once.
        if (fqn === `${PACKAGE}.KibanaConnectorOptions` || fqn.split('.').length > 2) continue;
        seen.add(fqn);
        queue.push(fqn);
      }
    }
    return seen;
  }

  /** Whether the class declares the member itself (the `.jsii` assembly lists declared members only). */
  private declares(fqn: string, name: string, isStatic?: boolean): boolean {
    const t = this.jsii.types[fqn];
    if (!t) return true;
    return (t.methods ?? []).some((m) => m.name === name && (isStatic === undefined || Boolean(m.static) === isStatic))
      || (t.properties ?? []).some((p) => p.name === name);
  }

  private entity(p: Placement): string {
    const e = p.entity;
    const out = [`## ${e.displayName} <a id="${anchor(e.fqn)}"></a>`, '', `${p.kind}${e.fqn.split('.').length > 2 ? ` in \`${e.fqn.split('.').slice(1, -1).join('.')}\`` : ''}`, ''];
    if (e.docs.summary) out.push(e.docs.summary, '');
    if (e.docs.remarks) out.push(e.docs.remarks, '');
    if (e.docs.example) out.push('```ts', e.docs.example.trim(), '```', '');
    const base = this.jsii.types[e.fqn]?.base;
    if (e.initializer) {
      const params = e.initializer.parameters;
      out.push('### Initializer', '', '```ts', `new ${e.displayName}(${params.map((x) => `${x.displayName}${x.optional ? '?' : ''}: ${this.plain(x.type)}`).join(', ')})`, '```', '');
      out.push(...this.table(['parameter', 'type', 'description'], params.map((x) => [`\`${x.displayName}\``, this.type(p.page, x.type), cell(x.docs.summary)])));
    }
    const own = (list: Member[] | undefined, isStatic?: boolean) => (list ?? []).filter((m) => this.declares(e.fqn, m.displayName, isStatic));
    const methods = (title: string, list: Member[]) => {
      if (!list.length) return;
      out.push(`### ${title}`, '');
      for (const m of list) {
        out.push(`#### \`${m.displayName}(${(m.parameters ?? []).map((x) => `${x.displayName}${x.optional ? '?' : ''}`).join(', ')})\``, '');
        if (m.docs.summary) out.push(m.docs.summary, '');
        if (m.docs.remarks) out.push(m.docs.remarks, '');
        if (m.parameters?.length) out.push(...this.table(['parameter', 'type', 'description'], m.parameters.map((x) => [`\`${x.displayName}\``, this.type(p.page, x.type), cell(x.docs.summary)])));
      }
    };
    methods('Static methods', own(e.staticMethods, true));
    methods('Methods', own(e.instanceMethods, false));
    const props = own(e.properties);
    if (props.length) {
      out.push('### Properties', '');
      out.push(...this.table(['name', 'type', p.kind === 'struct' ? 'required / default' : 'description', ...(p.kind === 'struct' ? ['description'] : [])],
        props.map((m) => [`\`${m.displayName}\``, this.type(p.page, m.type!),
          ...(p.kind === 'struct' ? [m.optional ? cell(m.default ?? 'optional') : '**required**'] : []),
          cell([m.docs.summary, m.docs.remarks].filter(Boolean).join(' '))])));
    }
    const constants = own(e.constants);
    if (constants.length) {
      out.push('### Constants', '');
      out.push(...this.table(['name', 'type', 'description'], constants.map((m) => [`\`${m.displayName}\``, this.type(p.page, m.type!), cell(m.docs.summary)])));
    }
    if (e.members) {
      out.push('### Members', '');
      out.push(...this.table(['member', 'description'], e.members.map((m) => [`\`${m.displayName}\``, cell(m.docs.summary)])));
    }
    const bases = (this.jsii.types[e.fqn]?.interfaces ?? []).filter((fqn) => this.placements.has(fqn));
    if (p.kind === 'struct' && bases.length) out.push(`Also takes every property of ${bases.map((fqn) => this.link(p.page, fqn)).join(', ')}.`, '');
    if (base && (p.kind === 'construct' || p.kind === 'class')) {
      const inherited = [...(e.instanceMethods ?? []), ...(e.properties ?? [])].filter((m) => !this.declares(e.fqn, m.displayName)).map((m) => `\`${m.displayName}\``);
      if (inherited.length) out.push(`Inherited from ${this.placements.has(base) ? this.link(p.page, base) : `\`${base}\``}: ${inherited.join(', ')}.`, '');
    }
    return out.join('\n');
  }

  private table(header: string[], rows: string[][]): string[] {
    if (!rows.length) return [];
    return [`| ${header.join(' | ')} |`, `|${header.map(() => '---').join('|')}|`, ...rows.map((r) => `| ${r.join(' | ')} |`), ''];
  }

  private plain(ref: TypeRef): string {
    return format(ref, (t) => t.displayName ?? 'unknown');
  }

  /** The type as Markdown: our own types linked, others in code spans. */
  private type(from: string, ref: TypeRef): string {
    if (!named(ref).some((fqn) => this.placements.has(fqn))) return `\`${cell(this.plain(ref))}\``;
    return cell(format(ref, (t) => (t.fqn && this.placements.has(t.fqn) ? this.link(from, t.fqn) : `\`${t.displayName}\``), (text) => `\`${text}\``));
  }

  private link(from: string, fqn: string): string {
    const p = this.placements.get(fqn)!;
    const target = p.page === from ? '' : this.rel(from, p.page);
    return `[${p.entity.displayName}](${target}#${anchor(fqn)})`;
  }

  private rel(from: string, to: string): string {
    return path.posix.relative(path.posix.dirname(from), to) || path.posix.basename(to);
  }
}

function main(): void {
  const modelFile = process.argv[2];
  if (!modelFile) throw new Error('usage: render.ts <jsii-docgen JSON model>');
  const model = JSON.parse(fs.readFileSync(modelFile, 'utf8')) as Model;
  const jsii = JSON.parse(fs.readFileSync(path.join(ROOT, '.jsii'), 'utf8')) as Jsii;
  const files = new Renderer(model, jsii).render();
  const docs = path.join(ROOT, 'docs', 'api');
  fs.rmSync(docs, { recursive: true, force: true });
  fs.mkdirSync(docs, { recursive: true });
  for (const [file, text] of files) fs.writeFileSync(path.join(ROOT, file), text.replace(/\n{3,}/g, '\n\n').trimEnd() + '\n');
  console.log(`wrote API.md and ${files.size - 1} pages in docs/api/`);
}

main();
