// Independent readers for the generated files, so the tests check what a real
// consumer would see: a strict XML parser (sax) for the .mobileconfig, and a
// reader of the .reg format as regedit documents it.
import { createRequire } from 'node:module';

interface SaxParser {
  onopentag: (t: { name: string }) => void;
  onclosetag: (name: string) => void;
  ontext: (t: string) => void;
  ondoctype: (d: string) => void;
  onerror: (e: Error) => void;
  write(s: string): SaxParser;
  close(): void;
}
// sax (a dev dependency) is a strict, well-known XML parser.
const sax = createRequire(import.meta.url)('sax') as { parser(strict: boolean): SaxParser };

type Frame = { tag: string; items: unknown[]; keys: string[]; text: string };

/** XML property list → JS value. Throws on malformed XML or plist structure. */
export function parsePlist(xml: string): unknown {
  const p = sax.parser(true);
  const stack: Frame[] = [{ tag: 'root', items: [], keys: [], text: '' }];
  let doctype = '';
  p.ondoctype = (d) => (doctype = d);
  p.onerror = (e) => {
    throw e;
  };
  p.onopentag = (t) => stack.push({ tag: t.name, items: [], keys: [], text: '' });
  p.ontext = (t) => (stack[stack.length - 1]!.text += t);
  p.onclosetag = (name) => {
    const f = stack.pop()!;
    const parent = stack[stack.length - 1]!;
    let value: unknown;
    switch (name) {
      case 'key':
        parent.keys.push(f.text);
        return;
      case 'string':
        value = f.text;
        break;
      case 'integer':
        if (!/^-?\d+$/.test(f.text)) throw new Error(`bad integer ${f.text}`);
        value = Number(f.text);
        break;
      case 'real':
        value = Number(f.text);
        break;
      case 'true':
      case 'false':
        value = name === 'true';
        break;
      case 'array':
        value = f.items;
        break;
      case 'dict':
        if (f.keys.length !== f.items.length) throw new Error('dict with unpaired keys');
        value = Object.fromEntries(f.keys.map((k, i) => [k, f.items[i]]));
        break;
      case 'plist':
        if (f.items.length !== 1) throw new Error('plist must hold one value');
        value = f.items[0];
        break;
      default:
        throw new Error(`unexpected <${name}>`);
    }
    parent.items.push(value);
  };
  p.write(xml).close();
  if (!/PUBLIC "-\/\/Apple\/\/DTD PLIST 1.0\/\/EN"/.test(doctype)) throw new Error('missing plist DOCTYPE');
  return stack[0]!.items[0];
}

export type RegValue = { type: 'REG_SZ'; value: string } | { type: 'REG_DWORD'; value: number };

/** .reg text → { key path: { value name: value } }; `[-key]` lines are returned in `deleted`. */
export function parseReg(text: string): { keys: Record<string, Record<string, RegValue>>; deleted: string[] } {
  const lines = text.split('\r\n');
  if (lines[0] !== 'Windows Registry Editor Version 5.00') throw new Error('missing .reg header');
  if (/(^|[^\r])\n/.test(text)) throw new Error('line ending other than CRLF');
  const keys: Record<string, Record<string, RegValue>> = {};
  const deleted: string[] = [];
  let current: Record<string, RegValue> | undefined;
  for (const line of lines.slice(1)) {
    if (line === '' || line.startsWith(';')) continue;
    const section = /^\[(-?)(HKEY_[^\]]+)\]$/.exec(line);
    if (section) {
      if (section[1]) {
        deleted.push(section[2]!);
        current = undefined;
      } else current = keys[section[2]!] ??= {};
      continue;
    }
    const value = /^"((?:[^"\\]|\\.)*)"=(?:"((?:[^"\\]|\\.)*)"|dword:([0-9a-f]{8}))$/.exec(line);
    if (!value || !current) throw new Error(`cannot read .reg line: ${line.slice(0, 80)}`);
    const unquote = (s: string) => s.replace(/\\(.)/g, '$1');
    current[unquote(value[1]!)] =
      value[3] !== undefined ? { type: 'REG_DWORD', value: parseInt(value[3], 16) } : { type: 'REG_SZ', value: unquote(value[2]!) };
  }
  return { keys, deleted };
}
