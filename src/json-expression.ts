import { IResolvable, IResolveContext, Token, Tokenization } from 'cdktf';

/**
 * Turns a JSON-like value (literals and cdktf tokens mixed freely) into the Terraform
 * expression `jsonencode(<HCL value>)`.
 *
 * Why not `Fn.jsonencode`: cdktf 0.21 escapes only `${` inside its string literals and leaves
 * `"`, `\`, control characters and `%{` as they are, which yields invalid or misread Terraform,
 * and it drops `null` from arrays. Here every literal string is written as a fully escaped HCL
 * quoted template, so Terraform evaluates it back to exactly the same characters, while tokens
 * (variables, other resources' attributes, function calls) are written as live expressions.
 */
export class JsonEncodeExpression implements IResolvable {
  public readonly creationStack: string[] = [];

  constructor(private readonly value: unknown) {}

  public resolve(context: IResolveContext): string {
    const outer = context.suppressBraces;
    context.suppressBraces = true;
    try {
      const expr = `jsonencode(${renderValue(this.value, context)})`;
      return outer ? expr : '${' + expr + '}';
    } finally {
      context.suppressBraces = outer;
    }
  }

  public toString(): string {
    return Token.asString(this);
  }
}

/** Escapes one literal piece of text for use inside an HCL quoted template. */
export function escapeHclTemplateLiteral(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    const next = text[i + 1];
    switch (ch) {
      case '\\': out += '\\\\'; break;
      case '"': out += '\\"'; break;
      case '\n': out += '\\n'; break;
      case '\r': out += '\\r'; break;
      case '\t': out += '\\t'; break;
      case '$': out += next === '{' ? '$$' : '$'; break;
      case '%': out += next === '{' ? '%%' : '%'; break;
      default: {
        const code = ch.charCodeAt(0);
        out += code < 0x20 || code === 0x7f ? '\\u' + code.toString(16).padStart(4, '0') : ch;
      }
    }
  }
  return out;
}

/** A quoted HCL string whose value is exactly `text`. */
export function hclStringLiteral(text: string): string {
  return `"${escapeHclTemplateLiteral(text)}"`;
}

function renderValue(value: unknown, context: IResolveContext): string {
  if (value === null) return 'null';
  switch (typeof value) {
    case 'string': return renderString(value, context);
    case 'boolean': return value ? 'true' : 'false';
    case 'number': return renderNumber(value, context);
    case 'object': break;
    default: throw new Error(`cannot encode a value of type ${typeof value}`);
  }
  if (Tokenization.isResolvable(value)) return renderResolvable(value, context);
  if (Array.isArray(value)) {
    const list = Tokenization.reverseList(value as string[]);
    if (list && value.length === 1) return renderResolvable(list, context);
    return `[${value.map((item) => renderValue(item, context)).join(', ')}]`;
  }
  const entries = Object.entries(value as Record<string, unknown>).filter(([, v]) => v !== undefined);
  return `{${entries.map(([k, v]) => `${renderKey(k, context)} = ${renderValue(v, context)}`).join(', ')}}`;
}

function renderKey(key: string, context: IResolveContext): string {
  // A key that is an identifier would be read as a variable reference by HCL; always quote.
  return Token.isUnresolved(key) ? `(${renderString(key, context)})` : hclStringLiteral(key);
}

function renderNumber(value: number, context: IResolveContext): string {
  const token = Tokenization.reverseNumber(value);
  if (token) return renderResolvable(token, context);
  if (!Number.isFinite(value)) throw new Error(`cannot encode the number ${value}`);
  return JSON.stringify(value);
}

function renderResolvable(token: IResolvable, context: IResolveContext): string {
  const resolved = context.resolve(token);
  // An expression token (reference, function call) resolves to its expression text; a token
  // that produces data (a Lazy value, say) resolves to that data, which we encode as data.
  if (typeof resolved === 'string') return resolved;
  return renderValue(resolved, context);
}

interface Fragment { type: 'literal' | 'token' | 'intrinsic' | 'escape'; lit?: string; token?: IResolvable; value?: unknown }

function renderString(value: string, context: IResolveContext): string {
  if (!Token.isUnresolved(value)) return hclStringLiteral(value);
  // cdktf keeps the parts of a tokenized string in a private array; reading it is the only way
  // to tell literal text from embedded tokens without re-implementing its token encoding.
  const fragments = (Tokenization.reverseString(value) as unknown as { fragments: Fragment[] }).fragments;
  if (fragments.length === 1 && fragments[0].type === 'token') {
    return renderResolvable(fragments[0].token!, context);
  }
  let body = '';
  for (let i = 0; i < fragments.length; i++) {
    const f = fragments[i];
    if (f.type === 'literal') {
      let text = escapeHclTemplateLiteral(String(f.lit));
      // Literal `$` or `%` right before an interpolation would merge with its `${` into the `$${`
      // escape; write that trailing run as an interpolated string literal instead.
      const nextIsInterpolation = i + 1 < fragments.length && fragments[i + 1].type !== 'literal';
      const run = nextIsInterpolation ? /[$%]+$/.exec(text) : null;
      if (run) {
        text = text.slice(0, run.index) + '${"' + run[0] + '"}';
      }
      body += text;
    } else if (f.type === 'token') {
      body += '${' + renderResolvable(f.token!, context) + '}';
    } else if (f.type === 'intrinsic') {
      body += '${' + renderValue(f.value, context) + '}';
    } else {
      throw new Error('cannot encode a string with escape markers');
    }
  }
  return `"${body}"`;
}
