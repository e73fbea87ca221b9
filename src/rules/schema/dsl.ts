// A tiny schema language. One definition yields the TypeScript type (Infer), the
// validator (with JSON paths and "did you mean"), a JSON Schema for editors and
// Chrome's managed-storage schema subset. Kept small on purpose: only the shapes
// rule packs need.

/**
 * A problem with a value at a JSON path: the one shape for every pack, policy and
 * storage problem (PackIssue adds a position in the source, PolicyIssue a warning flag).
 */
export interface Issue {
  /** JSON path, e.g. `$.clients[3].aliases[0]`; a stored pack's path starts with where it came from. */
  path: string;
  message: string;
}

interface Common {
  description?: string;
}

export type Schema =
  | StringSchema
  | NumberSchema
  | BooleanSchema
  | EnumSchema<readonly string[]>
  | ArraySchema<Schema>
  | ObjectSchema<Record<string, Schema>>
  | RecordSchema<Schema>
  | EitherSchema<Schema, Schema>;

export interface StringSchema extends Common {
  kind: 'string';
  minLength?: number;
  maxLength?: number;
  /** Extra check returning a problem or null (e.g. "is a safe regular expression"). */
  check?: (value: string) => string | null;
}
export interface NumberSchema extends Common {
  kind: 'number';
  integer?: boolean;
  minimum?: number;
  maximum?: number;
}
export interface BooleanSchema extends Common {
  kind: 'boolean';
}
export interface EnumSchema<V extends readonly string[]> extends Common {
  kind: 'enum';
  values: V;
}
export interface ArraySchema<I extends Schema> extends Common {
  kind: 'array';
  items: I;
  maxItems?: number;
}
export interface ObjectSchema<P extends Record<string, Schema>> extends Common {
  kind: 'object';
  properties: P;
  required: readonly (keyof P & string)[];
}
export interface RecordSchema<V extends Schema> extends Common {
  kind: 'record';
  values: V;
  /** Allowed keys, when they form a closed set. */
  keys?: readonly string[];
}
/**
 * A value of one of two shapes, told apart by JSON type (e.g. `"Jansen"` or
 * `{"name": "Jansen", ...}`). Chrome's policy schema has no unions, so the
 * managed schema keeps only `managed`.
 */
export interface EitherSchema<A extends Schema, B extends Schema> extends Common {
  kind: 'either';
  a: A;
  b: B;
  managed: 'a' | 'b';
}

type Opt<P> = { [K in keyof P]?: P[K] };

export type Infer<S> = S extends StringSchema
  ? string
  : S extends NumberSchema
    ? number
    : S extends BooleanSchema
      ? boolean
      : S extends EnumSchema<infer V>
        ? V[number]
        : S extends ArraySchema<infer I>
          ? Infer<I>[]
          : S extends RecordSchema<infer V>
            ? Record<string, Infer<V>>
            : S extends EitherSchema<infer A, infer B>
              ? Infer<A> | Infer<B>
              : S extends ObjectSchema<infer P>
                ? InferObject<P, S['required'][number]>
                : never;

type InferObject<P extends Record<string, Schema>, R extends string> = {
  [K in keyof P & R]: Infer<P[K]>;
} & { [K in Exclude<keyof P, R>]?: Infer<P[K]> } extends infer O
  ? { [K in keyof O]: O[K] }
  : never;

// Two signatures: without `required` every property is optional (TypeScript would
// otherwise infer R from its constraint and make every property required).
function objectSchema<P extends Record<string, Schema>>(properties: P, o?: Common): ObjectSchema<P> & { required: readonly [] };
function objectSchema<P extends Record<string, Schema>, const R extends readonly (keyof P & string)[]>(
  properties: P,
  o: Common & { required: R },
): ObjectSchema<P> & { required: R };
function objectSchema(properties: Record<string, Schema>, o: Common & { required?: readonly string[] } = {}): ObjectSchema<Record<string, Schema>> {
  return { kind: 'object', properties, description: o.description, required: o.required ?? [] };
}

export const s = {
  string: (o: Opt<Omit<StringSchema, 'kind'>> = {}): StringSchema => ({ kind: 'string', ...o }),
  number: (o: Opt<Omit<NumberSchema, 'kind'>> = {}): NumberSchema => ({ kind: 'number', ...o }),
  boolean: (o: Common = {}): BooleanSchema => ({ kind: 'boolean', ...o }),
  enum: <const V extends readonly string[]>(values: V, o: Common = {}): EnumSchema<V> => ({
    kind: 'enum',
    values,
    ...o,
  }),
  array: <I extends Schema>(items: I, o: Common & { maxItems?: number } = {}): ArraySchema<I> => ({
    kind: 'array',
    items,
    ...o,
  }),
  object: objectSchema,
  record: <V extends Schema>(values: V, o: Common & { keys?: readonly string[] } = {}): RecordSchema<V> => ({
    kind: 'record',
    values,
    ...o,
  }),
  either: <A extends Schema, B extends Schema>(a: A, b: B, o: Common & { managed: 'a' | 'b' }): EitherSchema<A, B> => ({
    kind: 'either',
    a,
    b,
    ...o,
  }),
};

// ---------------------------------------------------------------- validation

const jsonType = (v: unknown): string =>
  v === null ? 'null' : Array.isArray(v) ? 'array' : typeof v === 'number' && Number.isInteger(v) ? 'integer' : typeof v;

const describe = (sc: Schema): string => {
  switch (sc.kind) {
    case 'string':
      return 'a string';
    case 'number':
      return sc.integer ? 'a whole number' : 'a number';
    case 'boolean':
      return 'true or false';
    case 'enum':
      return `one of ${sc.values.map((v) => JSON.stringify(v)).join(', ')}`;
    case 'array':
      return 'a list';
    case 'object':
    case 'record':
      return 'an object';
    case 'either':
      return `${describe(sc.a)} or ${describe(sc.b)}`;
  }
};

/**
 * Keys that mean something to every JavaScript object: a pack with "__proto__" validated
 * as empty and then switched rules off through the prototype. Never valid in a pack.
 */
export const RESERVED_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);

const reserved = (path: string, k: string): Issue => ({
  path: childPath(path, k),
  message: `"${k}" cannot be used as a key or id: JavaScript reserves it for objects themselves`,
});

export const childPath = (path: string, key: string): string =>
  /^[A-Za-z_$][\w$]*$/.test(key) ? `${path}.${key}` : `${path}[${JSON.stringify(key)}]`;

/** Closest candidate within a small edit distance, for "did you mean". */
export function didYouMean(word: string, candidates: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestD = Math.max(2, Math.floor(word.length / 3)) + 1;
  for (const c of candidates) {
    const d = editDistance(word.toLowerCase(), c.toLowerCase());
    if (d < bestD) {
      bestD = d;
      best = c;
    }
  }
  return best;
}

function editDistance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let prev = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const tmp = row[j]!;
      row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = tmp;
    }
  }
  return row[b.length]!;
}

export function validate(schema: Schema, value: unknown, path = '$'): Issue[] {
  const issues: Issue[] = [];
  walk(schema, value, path, issues);
  return issues;
}

function walk(sc: Schema, v: unknown, path: string, out: Issue[]): void {
  const t = jsonType(v);
  const wrong = () => out.push({ path, message: `must be ${describe(sc)}, not ${t === 'integer' ? 'a number' : t}` });
  switch (sc.kind) {
    case 'string': {
      if (typeof v !== 'string') return void wrong();
      if (sc.minLength !== undefined && v.trim().length < sc.minLength)
        out.push({ path, message: sc.minLength === 1 ? 'must not be empty' : `must have at least ${sc.minLength} characters` });
      else if (sc.maxLength !== undefined && v.length > sc.maxLength)
        out.push({ path, message: `must have at most ${sc.maxLength} characters (has ${v.length})` });
      else if (sc.check) {
        const problem = sc.check(v);
        if (problem) out.push({ path, message: problem });
      }
      return;
    }
    case 'number':
      if (typeof v !== 'number' || !Number.isFinite(v) || (sc.integer && !Number.isInteger(v))) return void wrong();
      if (sc.minimum !== undefined && v < sc.minimum) out.push({ path, message: `must be at least ${sc.minimum}` });
      if (sc.maximum !== undefined && v > sc.maximum) out.push({ path, message: `must be at most ${sc.maximum}` });
      return;
    case 'boolean':
      if (typeof v !== 'boolean') wrong();
      return;
    case 'enum':
      if (typeof v !== 'string' || !sc.values.includes(v)) {
        const hint = typeof v === 'string' ? didYouMean(v, sc.values) : undefined;
        out.push({
          path,
          message: `must be ${describe(sc)}, not ${JSON.stringify(v)}${hint ? ` (did you mean "${hint}"?)` : ''}`,
        });
      }
      return;
    case 'array':
      if (!Array.isArray(v)) return void wrong();
      if (sc.maxItems !== undefined && v.length > sc.maxItems)
        out.push({ path, message: `may have at most ${sc.maxItems} entries (has ${v.length})` });
      v.forEach((item, i) => walk(sc.items, item, `${path}[${i}]`, out));
      return;
    case 'record': {
      if (t !== 'object') return void wrong();
      for (const [k, item] of Object.entries(v as object)) {
        if (RESERVED_KEYS.has(k)) {
          out.push(reserved(path, k));
          continue;
        }
        if (sc.keys && !sc.keys.includes(k)) {
          const hint = didYouMean(k, sc.keys);
          out.push({
            path: childPath(path, k),
            message: `unknown key "${k}"${hint ? ` (did you mean "${hint}"?)` : ''}; expected one of ${sc.keys.join(', ')}`,
          });
          continue;
        }
        walk(sc.values, item, childPath(path, k), out);
      }
      return;
    }
    case 'object': {
      if (t !== 'object') return void wrong();
      const o = v as Record<string, unknown>;
      const known = Object.keys(sc.properties);
      for (const k of sc.required) if (!Object.hasOwn(o, k) || o[k] === undefined) out.push({ path: childPath(path, k), message: 'is required' });
      for (const [k, item] of Object.entries(o)) {
        if (RESERVED_KEYS.has(k)) {
          out.push(reserved(path, k));
          continue;
        }
        const prop = Object.hasOwn(sc.properties, k) ? sc.properties[k] : undefined;
        if (!prop) {
          // "$schema" lets editors find the JSON Schema; it is never an error.
          if (k === '$schema') continue;
          const hint = didYouMean(k, known);
          out.push({ path: childPath(path, k), message: `unknown key "${k}"${hint ? ` (did you mean "${hint}"?)` : ''}` });
          continue;
        }
        walk(prop, item, childPath(path, k), out);
      }
      return;
    }
    case 'either': {
      const matches = (x: Schema): boolean =>
        x.kind === 'object' || x.kind === 'record'
          ? t === 'object'
          : x.kind === 'array'
            ? t === 'array'
            : x.kind === 'number'
              ? typeof v === 'number'
              : x.kind === 'boolean'
                ? t === 'boolean'
                : t === 'string';
      if (matches(sc.a)) return walk(sc.a, v, path, out);
      if (matches(sc.b)) return walk(sc.b, v, path, out);
      return void wrong();
    }
  }
}

// Emitting JSON Schema and Chrome's managed-storage schema lives in emit.ts.
export { toChromeSchema, toJsonSchema } from './emit.ts';
