// How the constructs write values into the synthesized Terraform configuration, so that Terraform
// reads back exactly what the user gave: the `jsonencode(...)` renderer for config and secrets, the
// escaping of plain string attributes (names, ids), and the one rule for telling tokens that stand
// for data (Lazy values, `Token.asAny`) from tokens that are Terraform expressions. Config and
// secrets that need nothing from synth (literals, references within their stack) are rendered when
// the construct is made, to a plain string; the rest when cdktf resolves them. Imports cdktf, the
// IConstruct type, the checks of ./validation, ./object and the escaping of ./template-text only.
//
// Terraform reads every JSON string of a configuration as a template: `${` starts an interpolation
// and `%{` a directive, `$${` and `%%{` stand for the literal characters. cdktf, for its part, reads
// `${TfToken[<key>]}` inside any string it writes as one of its tokens and has no escape for it, so a
// string holding such a marker is a token to cdktf and to these constructs alike (so is a number
// written inside a string that equals one of cdktf's encoded number tokens). Nothing here joins
// text in a way that could make a marker that was not in one of the strings given: escaping only
// doubles a `$` or `%` before `{`, and every token inside a template is written as its own `${...}`.
import { IResolvable, IResolveContext, LazyBase, OperatorExpression, ref, TerraformStack, Token, Tokenization } from 'cdktf';
import { IConstruct } from 'constructs';
import { fieldPath, isPlainObject } from './object';
import { escapeHclTemplateLiteral, escapeTemplateMarkers, hclStringLiteral } from './template-text';
import { circularProblem, scalarProblem, SPARSE_SLOT_PROBLEM } from './validation';

// cdktf does not export the classes that tell data from expressions, so they are found through
// public values: every reference, function call, operator, conditional or for expression is a
// TFExpression, which extends Intrinsic; `Token.asAny(value)` wraps plain data in a bare Intrinsic.
const INTRINSIC: object = Object.getPrototypeOf(Token.nullValue());
const TF_EXPRESSION: object = Object.getPrototypeOf(OperatorExpression.prototype);
// A plain reference (`var.x`, `elasticstack_...ops.id`: what variables and attributes give) names its
// target when it is made; in the stack it belongs to it resolves to exactly that name.
const REFERENCE: object = Object.getPrototypeOf(ref('reference'));

/**
 * Whether a token stands for data (its value is written as a JSON value) rather than for a Terraform
 * expression (its value is expression text, written as it is).
 */
function isDataToken(token: IResolvable): boolean {
  if (token instanceof LiteralString || token instanceof LazyBase) return true;
  return INTRINSIC.isPrototypeOf(token) && !TF_EXPRESSION.isPrototypeOf(token);
}

/**
 * Turns a JSON-like value (literals and cdktf tokens mixed freely) into the Terraform
 * expression `jsonencode(<HCL value>)`.
 *
 * Why not `Fn.jsonencode`: cdktf 0.21 escapes only `${` inside its string literals and leaves
 * `"`, `\`, control characters and `%{` as they are, which yields invalid or misread Terraform,
 * and it drops `null` from arrays. Here every literal string is written as a fully escaped HCL
 * quoted template, so Terraform evaluates it back to exactly the same characters, while tokens
 * (variables, other resources' attributes, function calls) are written as live expressions and
 * data tokens (Lazy values) as the data they produce.
 *
 * A value JSON cannot hold (NaN, a sparse array, a circular structure, a class instance, ...) is
 * reported as `[<construct path>] <field path> <problem>`. `app.synth()` resolves every attribute
 * once before it runs validations: then the placeholder `null` is written, and the construct's
 * validation reports the problem along with any others.
 */
export class JsonEncodeExpression implements IResolvable {
  public readonly creationStack: string[] = [];

  /**
   * @param value the value to encode
   * @param scope the construct named in error messages
   * @param field the name of the value in error messages, such as `config`
   */
  constructor(private readonly value: unknown, private readonly scope?: IConstruct, private readonly field = 'value') {}

  public resolve(context: IResolveContext): string {
    const outer = context.suppressBraces;
    context.suppressBraces = true;
    try {
      const expr = `jsonencode(${new Renderer(context, this.scope, this.field).value(this.value)})`;
      return outer ? expr : '${' + expr + '}';
    } catch (e) {
      if (context.preparing && e instanceof JsonValueError) return outer ? 'null' : '${null}';
      throw e;
    } finally {
      context.suppressBraces = outer;
    }
  }

  public toString(): string {
    return Token.asString(this);
  }
}

/**
 * The string to give a `config` or `secrets` attribute for `value`: what JsonEncodeExpression writes.
 * A value with no token anywhere is rendered now, to a plain string (no token to register and resolve
 * at every synth pass); any other value, or one that cannot be written, stays a JsonEncodeExpression,
 * which reports the problem when it is resolved, as before.
 */
export function jsonEncodeText(value: unknown, scope: IConstruct, field: string): string {
  try {
    return '${jsonencode(' + new Renderer(undefined, scope, field).value(value) + ')}';
  } catch (e) {
    if (e !== NEEDS_CONTEXT && !(e instanceof JsonValueError)) throw e;
    return new JsonEncodeExpression(value, scope, field).toString();
  }
}

/** Thrown by a Renderer without a resolve context when it meets a token (one instance: no stack to record each time). */
const NEEDS_CONTEXT = new Error('a token needs a resolve context');

/**
 * A value that cannot be written. Its message cannot be changed: cdktf prefixes the message of
 * every error a token throws with `Resolution error:` and appends the token's creation stack,
 * which would bury the construct path and field this message starts with.
 */
export class JsonValueError extends Error {
  constructor(text: string) {
    super(text);
    this.name = 'JsonValueError';
    Object.defineProperty(this, 'message', { get: () => text, set: () => undefined, enumerable: false, configurable: true });
  }
}

/**
 * The value to give a string attribute of a cdktf resource, data source or import block so that
 * Terraform reads exactly `value`: literal text is escaped (see escapeTemplateMarkers); tokens
 * stay live references; a data token inside the string (a Lazy value, fromConnectorId's id) is
 * written as the text it produces. Ordinary strings come back unchanged. `scope` and `field` name
 * the attribute in errors.
 */
export function templateText(value: string, scope: IConstruct, field: string): string;
export function templateText(value: string | undefined, scope: IConstruct, field: string): string | undefined;
export function templateText(value: string | undefined, scope: IConstruct, field: string): string | undefined {
  if (typeof value !== 'string') return value;
  if (!Token.isUnresolved(value)) return escapeTemplateMarkers(value);
  let fragments: Fragment[];
  try {
    fragments = fragmentsOf(value);
  } catch {
    return value; // a marker with a key cdktf does not know: cdktf reports it at synth
  }
  return needsTemplate(fragments) ? new TemplateString(fragments, scope, field).toString() : value;
}

/** templateText applied to every string of a plain struct (such as `kibanaConnection`). */
export function templateStrings<T>(value: T, scope: IConstruct, field: string): T {
  if (typeof value === 'string') return templateText(value, scope, field) as unknown as T;
  if (Array.isArray(value) && !Token.isUnresolved(value)) {
    return value.map((v, i) => templateStrings(v, scope, fieldPath(field, i))) as unknown as T;
  }
  if (isPlainObject(value)) {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) out[k] = templateStrings(v, scope, fieldPath(field, k));
    return out as T;
  }
  return value;
}

/**
 * A string that stands for exactly `text` wherever it is used: in attributes of any resource, in
 * expressions, in config. `text` itself when it holds no template marker and no token, or when it
 * is made only of tokens that are Terraform expressions (a variable, an attribute, text around
 * them without markers: cdktf writes those right); otherwise a data token whose literal parts are
 * escaped and whose tokens stay live (a Lazy value's text is literal too).
 */
export function literalText(text: string): string {
  if (text.indexOf('{') < 0) return text;
  if (!Token.isUnresolved(text)) return /[$%]\{/.test(text) ? new LiteralString(text).toString() : text;
  let fragments: Fragment[];
  try {
    fragments = fragmentsOf(text);
  } catch {
    return text; // a marker with a key cdktf does not know: cdktf reports it at synth
  }
  return needsTemplate(fragments) ? new LiteralString(text).toString() : text;
}

/**
 * Literal text, possibly holding tokens, as a token: a quoted HCL string (a template when it holds
 * tokens) in expressions, an interpolation of one in templates.
 */
class LiteralString implements IResolvable {
  public readonly creationStack: string[] = [];

  constructor(public readonly text: string) {}

  public resolve(context: IResolveContext): string {
    const outer = context.suppressBraces;
    context.suppressBraces = true;
    try {
      const literal = new Renderer(context, undefined, 'value').value(this.text);
      // The interpolation, rather than the escaped text, keeps it apart from the text around it.
      return outer ? literal : '${' + literal + '}';
    } finally {
      context.suppressBraces = outer;
    }
  }

  public toString(): string {
    return Token.asString(this);
  }
}

/** A string attribute mixing literal text and tokens, written as a Terraform template. */
class TemplateString implements IResolvable {
  public readonly creationStack: string[] = [];

  constructor(private readonly fragments: Fragment[], private readonly scope: IConstruct, private readonly field: string) {}

  public resolve(context: IResolveContext): string {
    const outer = context.suppressBraces;
    context.suppressBraces = true;
    try {
      const renderer = new Renderer(context, this.scope, this.field);
      const only = this.fragments.length === 1 ? this.fragments[0] : undefined;
      if (only?.type === 'token' && isDataToken(only.token!)) {
        const produced = renderer.produce(only.token!);
        if (typeof produced === 'string' && !Token.isUnresolved(produced)) return escapeTemplateMarkers(produced);
      }
      return renderer.template(this.fragments, escapeTemplateMarkers);
    } finally {
      context.suppressBraces = outer;
    }
  }

  public toString(): string {
    return Token.asString(this);
  }
}

interface Fragment { type: 'literal' | 'token' | 'intrinsic' | 'escape'; lit?: string; token?: IResolvable; value?: unknown }

function fragmentsOf(value: string): Fragment[] {
  // cdktf keeps the parts of a tokenized string in a private array; reading it is the only way
  // to tell literal text from embedded tokens without re-implementing its token encoding.
  return (Tokenization.reverseString(value) as unknown as { fragments: Fragment[] }).fragments;
}

/** Whether a tokenized string needs writing by TemplateString rather than as cdktf writes it. */
function needsTemplate(fragments: Fragment[]): boolean {
  for (let i = 0; i < fragments.length; i++) {
    const f = fragments[i];
    if (f.type === 'literal') {
      const lit = String(f.lit);
      if (lit.indexOf('{') >= 0 && /[$%]\{/.test(lit)) return true;
      const last = lit[lit.length - 1];
      if ((last === '$' || last === '%') && i + 1 < fragments.length) return true;
    } else if (f.type !== 'token' || isDataToken(f.token!)) {
      return true;
    }
  }
  return false;
}

/** Writes one value as HCL; keeps the path to the current value for error messages. */
class Renderer {
  private readonly keys: Array<string | number> = [];
  // Arrays, objects and data tokens being written, with the length of `keys` where each began.
  private readonly open = new Map<unknown, number>();
  private stack?: TerraformStack;

  /**
   * Without a context (rendering at construction), a token other than a literal or a reference to the
   * scope's own stack throws NEEDS_CONTEXT.
   */
  constructor(
    private readonly context: IResolveContext | undefined,
    private readonly scope: IConstruct | undefined,
    private readonly field: string,
  ) {}

  public value(value: unknown): string {
    if (value === null) return 'null';
    switch (typeof value) {
      case 'string': return this.string(value);
      case 'boolean': return value ? 'true' : 'false';
      case 'number': return this.number(value);
      case 'object': break;
      default: return this.fail(scalarProblem(value)!);
    }
    if (Tokenization.isResolvable(value)) return this.token(value);
    if (Array.isArray(value)) return this.array(value);
    if (!isPlainObject(value)) return this.fail(scalarProblem(value)!);
    const keys = Object.keys(value);
    if (keys.length === 1 && keys[0].indexOf('{') >= 0) {
      const map = Tokenization.reverseMap(value);
      if (map) return this.token(map);
    }
    this.enter(value);
    const parts: string[] = [];
    for (const k of keys) {
      const v = value[k];
      if (v === undefined) continue;
      this.keys.push(k);
      parts.push(`${this.key(k)} = ${this.value(v)}`);
      this.keys.pop();
    }
    this.open.delete(value);
    return `{${parts.join(', ')}}`;
  }

  /** The body (without quotes) of a template made of cdktf string fragments. */
  public template(fragments: Fragment[], escape: (text: string) => string): string {
    let body = '';
    for (let i = 0; i < fragments.length; i++) {
      const f = fragments[i];
      if (f.type === 'literal') {
        let text = escape(String(f.lit));
        // Literal `$` or `%` right before an interpolation would merge with its `${` into the `$${`
        // escape; write that trailing run as an interpolated string literal instead.
        const nextIsInterpolation = i + 1 < fragments.length && fragments[i + 1].type !== 'literal';
        const run = nextIsInterpolation ? /[$%]+$/.exec(text) : null;
        if (run) {
          text = text.slice(0, run.index) + '${"' + run[0] + '"}';
        }
        body += text;
      } else if (f.type === 'token') {
        body += '${' + this.token(f.token!) + '}';
      } else if (f.type === 'intrinsic') {
        body += '${' + this.value(f.value) + '}';
      } else {
        throw new Error('cannot encode a string with escape markers');
      }
    }
    return body;
  }

  /** What a data token produces, not yet resolved any further. */
  public produce(token: IResolvable): unknown {
    if (token instanceof LiteralString) return token.text;
    if (!this.context) throw NEEDS_CONTEXT;
    return token.resolve(this.context);
  }

  private array(value: unknown[]): string {
    if (value.length === 1) {
      const first = value[0];
      const list = typeof first === 'string' ? Tokenization.reverseList(value as string[])
        : typeof first === 'number' ? Tokenization.reverseNumberList(value as number[]) : undefined;
      if (list) return this.token(list);
    }
    this.enter(value);
    const parts: string[] = [];
    for (let i = 0; i < value.length; i++) {
      this.keys.push(i);
      if (!(i in value)) this.fail(SPARSE_SLOT_PROBLEM);
      parts.push(this.value(value[i]));
      this.keys.pop();
    }
    this.open.delete(value);
    return `[${parts.join(', ')}]`;
  }

  private key(key: string): string {
    // A key that is an identifier would be read as a variable reference by HCL; always quote.
    return Token.isUnresolved(key) ? `(${this.string(key)})` : hclStringLiteral(key);
  }

  private number(value: number): string {
    const token = Tokenization.reverseNumber(value);
    if (token) return this.token(token);
    if (!Number.isFinite(value)) return this.fail(scalarProblem(value)!);
    return JSON.stringify(value);
  }

  private token(token: IResolvable): string {
    if (isDataToken(token)) {
      // A Lazy value or `Token.asAny(...)`: what it produces is data, which may hold tokens again.
      this.enter(token);
      const out = this.value(this.produce(token));
      this.open.delete(token);
      return out;
    }
    // An expression (reference, function call, ...) resolves to its expression text.
    if (!this.context) return this.localReference(token);
    const resolved = this.context.resolve(token);
    return typeof resolved === 'string' ? resolved : this.value(resolved);
  }

  /**
   * Without a context: the name a plain reference to this scope's own stack resolves to (a reference to
   * another stack becomes a cross-stack output when the app is prepared, so it waits for synth).
   */
  private localReference(token: IResolvable): string {
    if (Object.getPrototypeOf(token) !== REFERENCE || !this.scope) throw NEEDS_CONTEXT;
    const { identifier, originStack } = token as unknown as { identifier: unknown; originStack?: unknown };
    if (typeof identifier !== 'string') throw NEEDS_CONTEXT;
    if (originStack !== undefined && originStack !== (this.stack ??= TerraformStack.of(this.scope))) throw NEEDS_CONTEXT;
    return identifier;
  }

  private string(value: string): string {
    if (!Token.isUnresolved(value)) return hclStringLiteral(value);
    const fragments = fragmentsOf(value);
    if (fragments.length === 1 && fragments[0].type === 'token') return this.token(fragments[0].token!);
    return `"${this.template(fragments, escapeHclTemplateLiteral)}"`;
  }

  private enter(value: unknown): void {
    const began = this.open.get(value);
    if (began !== undefined) this.fail(circularProblem(this.path(began)));
    this.open.set(value, this.keys.length);
  }

  private path(depth = this.keys.length): string {
    let path = this.field;
    for (let i = 0; i < depth; i++) path = fieldPath(path, this.keys[i]);
    return path;
  }

  private fail(problem: string): never {
    const where = this.scope ? `[${this.scope.node.path}] ` : '';
    throw new JsonValueError(`${where}${this.path()} ${problem}`);
  }
}
