// A minimal XML property-list writer: the value types JSON has, nothing more.
const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

function node(v: unknown, indent: string): string {
  const inner = `${indent}\t`;
  if (typeof v === 'string') return `${indent}<string>${esc(v)}</string>`;
  if (typeof v === 'boolean') return `${indent}<${v}/>`;
  if (typeof v === 'number') return Number.isInteger(v) ? `${indent}<integer>${v}</integer>` : `${indent}<real>${v}</real>`;
  if (Array.isArray(v)) return v.length ? `${indent}<array>\n${v.map((x) => node(x, inner)).join('\n')}\n${indent}</array>` : `${indent}<array/>`;
  if (v && typeof v === 'object') {
    const entries = Object.entries(v).filter(([, x]) => x !== undefined);
    if (!entries.length) return `${indent}<dict/>`;
    const body = entries.map(([k, x]) => `${inner}<key>${esc(k)}</key>\n${node(x, inner)}`).join('\n');
    return `${indent}<dict>\n${body}\n${indent}</dict>`;
  }
  throw new Error(`a property list cannot hold ${v === null ? 'null' : typeof v}`);
}

export function plist(root: unknown): string {
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">',
    '<plist version="1.0">',
    node(root, ''),
    '</plist>',
    '',
  ].join('\n');
}
