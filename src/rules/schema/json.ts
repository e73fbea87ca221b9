// A small JSON parser that remembers where every value starts, so pack errors can
// say "company.pack.json:12:7 $.clients[3]" instead of only a path, and syntax
// errors say line and column in plain words. Packs come from admins, URLs and
// storage, so it parses them as hostile: objects have no prototype (a "__proto__"
// key stays an ordinary key for the validator to refuse) and nesting is bounded
// (a recursive parser would otherwise overflow the stack).
import { childPath } from './dsl.ts';

/** Far deeper than any pack (the deepest part, a rule's message, is 4 levels). */
export const MAX_DEPTH = 64;

export interface Located {
  value: unknown;
  /** JSON path ("$.clients[3]") → offset of the value in the source. */
  offsets: Map<string, number>;
}

export class JsonSyntaxError extends Error {
  constructor(
    message: string,
    readonly line: number,
    readonly column: number,
  ) {
    super(`line ${line}, column ${column}: ${message}`);
  }
}

/**
 * 1-based line and column (in characters) of offsets in `source`. The line starts are
 * found once: a pack with thousands of problems must not rescan the file for each.
 */
export function lineIndex(source: string): (offset: number) => { line: number; column: number } {
  const starts = [0];
  for (let i = source.indexOf('\n'); i >= 0; i = source.indexOf('\n', i + 1)) starts.push(i + 1);
  return (offset) => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: offset - starts[lo]! + 1 };
  };
}

export const lineCol = (source: string, offset: number) => lineIndex(source)(offset);

export function parseJson(source: string): Located {
  const offsets = new Map<string, number>();
  let i = source.charCodeAt(0) === 0xfeff ? 1 : 0; // a BOM is harmless
  const fail = (message: string, at = i): never => {
    const { line, column } = lineCol(source, at);
    throw new JsonSyntaxError(message, line, column);
  };
  const ws = () => {
    while (i < source.length && /[ \t\r\n]/.test(source[i]!)) i++;
  };
  const describe = (at: number) =>
    at >= source.length ? 'the end of the file' : source[at] === '"' ? 'a new string (is a comma missing?)' : `"${source[at]}"`;

  let depth = 0;
  const value = (path: string): unknown => {
    ws();
    offsets.set(path, i);
    const c = source[i];
    if ((c === '{' || c === '[') && depth >= MAX_DEPTH) fail(`${path} is nested more than ${MAX_DEPTH} levels deep; a rule pack needs at most 5`);
    if (c === '{') return nested(() => object(path));
    if (c === '[') return nested(() => array(path));
    if (c === '"') return string();
    if (c === '-' || (c !== undefined && c >= '0' && c <= '9')) return number();
    for (const [word, v] of [['true', true], ['false', false], ['null', null]] as const)
      if (source.startsWith(word, i)) {
        i += word.length;
        return v;
      }
    if (c === "'") fail('strings must use double quotes (") in JSON');
    return fail(`expected a value, found ${describe(i)}`);
  };

  const nested = (parse: () => unknown) => {
    depth++;
    const v = parse();
    depth--;
    return v;
  };

  const object = (path: string) => {
    const out: Record<string, unknown> = Object.create(null);
    i++;
    ws();
    if (source[i] === '}') {
      i++;
      return out;
    }
    for (;;) {
      ws();
      if (source[i] !== '"') fail(source[i] === '}' ? 'remove the comma before "}"' : `expected a key in double quotes, found ${describe(i)}`);
      const keyAt = i;
      const key = string();
      if (Object.hasOwn(out, key)) fail(`the key "${key}" appears twice in this object`, keyAt);
      ws();
      if (source[i] !== ':') fail(`expected ":" after the key "${key}", found ${describe(i)}`);
      i++;
      out[key] = value(childPath(path, key));
      ws();
      if (source[i] === ',') {
        i++;
        continue;
      }
      if (source[i] === '}') {
        i++;
        return out;
      }
      fail(`expected "," or "}" after the value of "${key}", found ${describe(i)}`);
    }
  };

  const array = (path: string) => {
    const out: unknown[] = [];
    i++;
    ws();
    if (source[i] === ']') {
      i++;
      return out;
    }
    for (;;) {
      ws();
      if (source[i] === ']') fail('remove the comma before "]"');
      out.push(value(`${path}[${out.length}]`));
      ws();
      if (source[i] === ',') {
        i++;
        continue;
      }
      if (source[i] === ']') {
        i++;
        return out;
      }
      fail(`expected "," or "]" after item ${out.length - 1} of the list, found ${describe(i)}`);
    }
  };

  const string = (): string => {
    const start = i;
    i++;
    let out = '';
    for (;;) {
      if (i >= source.length) fail('this string is never closed', start);
      const c = source[i]!;
      if (c === '"') {
        i++;
        return out;
      }
      if (c === '\n') fail('this string is never closed on its line', start);
      if (c === '\\') {
        const e = source[i + 1];
        const simple: Record<string, string> = { '"': '"', '\\': '\\', '/': '/', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t' };
        if (e !== undefined && simple[e] !== undefined) {
          out += simple[e];
          i += 2;
        } else if (e === 'u' && /^[0-9a-fA-F]{4}$/.test(source.slice(i + 2, i + 6))) {
          out += String.fromCharCode(parseInt(source.slice(i + 2, i + 6), 16));
          i += 6;
        } else fail(`invalid escape "\\${e ?? ''}" in a string (write "\\\\" for a backslash)`);
        continue;
      }
      out += c;
      i++;
    }
  };

  const number = (): number => {
    const m = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
    m.lastIndex = i;
    const hit = m.exec(source);
    if (!hit) return fail('invalid number');
    i = m.lastIndex;
    return Number(hit[0]);
  };

  ws();
  if (i >= source.length) fail('the file is empty; expected a JSON object');
  const v = value('$');
  ws();
  if (i < source.length) fail(`unexpected ${describe(i)} after the end of the JSON value`);
  return { value: v, offsets };
}
