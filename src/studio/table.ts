// Client lists as CRM and accounting packages export them: CSV (comma, semicolon — Dutch
// Excel's default — or tab separated, quoted per RFC 4180, with or without a BOM) and XLSX
// (a zip of XML parts, read with the browser's own DecompressionStream, no library).
// The studio shows the columns, the admin picks the one with the names.

export type Table = string[][];

/** The separator a CSV file uses: the one that splits its first line into the most columns. */
function separator(firstLine: string): string {
  let best = ',';
  let most = 0;
  for (const sep of [',', ';', '\t']) {
    let n = 0;
    let quoted = false;
    for (const ch of firstLine) {
      if (ch === '"') quoted = !quoted;
      else if (ch === sep && !quoted) n++;
    }
    if (n > most) [best, most] = [sep, n];
  }
  return best;
}

export function parseCsv(source: string): Table {
  const text = source.replace(/^\uFEFF/, '');
  const sep = separator(text.split(/\r?\n/, 1)[0] ?? '');
  const rows: Table = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') (cell += '"'), i++;
      else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"' && cell === '') quoted = true;
    else if (ch === sep) row.push(cell), (cell = '');
    else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      row.push(cell), rows.push(row), (row = []), (cell = '');
    } else cell += ch;
  }
  if (cell !== '' || row.length) row.push(cell), rows.push(row);
  return rows.filter((r) => r.some((c) => c.trim() !== ''));
}

/** Words in a header that say "this column holds the organisation's name". */
const NAME_HEADER = /naam|name|klant|client|customer|relatie|bedrijf|company|organi[sz]ati|debiteur|account/i;

/** The column most likely to hold names: a header that says so, else the first mostly-text column. */
export function guessColumn(header: readonly string[], rows: Table): number {
  const named = header.findIndex((h) => NAME_HEADER.test(h) && !/nummer|number|nr\b|id\b|code|mail|tel|phone/i.test(h));
  if (named >= 0) return named;
  const texty = header.findIndex((_, i) => rows.slice(0, 20).filter((r) => /\p{L}{3}/u.test(r[i] ?? '')).length > Math.min(rows.length, 20) / 2);
  return Math.max(0, texty);
}

/** The distinct non-empty values of one column, in file order. */
export function columnValues(rows: Table, column: number): string[] {
  return [...new Set(rows.map((r) => (r[column] ?? '').trim()).filter(Boolean))];
}

// --- XLSX -----------------------------------------------------------------------------------

/** The files of a zip archive (stored or deflated), by name. */
async function unzip(bytes: Uint8Array, wanted: (name: string) => boolean): Promise<Map<string, string>> {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let eocd = bytes.length - 22;
  while (eocd >= 0 && view.getUint32(eocd, true) !== 0x06054b50) eocd--;
  if (eocd < 0) throw new Error('not an XLSX file (no zip directory found)');
  const count = view.getUint16(eocd + 10, true);
  let at = view.getUint32(eocd + 16, true);
  const out = new Map<string, string>();
  for (let i = 0; i < count; i++) {
    if (view.getUint32(at, true) !== 0x02014b50) throw new Error('not an XLSX file (broken zip directory)');
    const method = view.getUint16(at + 10, true);
    const size = view.getUint32(at + 20, true);
    const nameLen = view.getUint16(at + 28, true);
    const extraLen = view.getUint16(at + 30, true);
    const commentLen = view.getUint16(at + 32, true);
    const local = view.getUint32(at + 42, true);
    const name = new TextDecoder().decode(bytes.subarray(at + 46, at + 46 + nameLen));
    at += 46 + nameLen + extraLen + commentLen;
    if (!wanted(name)) continue;
    const start = local + 30 + view.getUint16(local + 26, true) + view.getUint16(local + 28, true);
    const data = bytes.subarray(start, start + size);
    const raw = method === 0 ? data : new Uint8Array(await new Response(new Blob([data as Uint8Array<ArrayBuffer>]).stream().pipeThrough(new DecompressionStream('deflate-raw'))).arrayBuffer());
    out.set(name, new TextDecoder().decode(raw));
  }
  return out;
}

const XML_ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
const unescapeXml = (s: string) =>
  s.replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (m, e: string) =>
    e[0] === '#' ? String.fromCodePoint(e[1] === 'x' || e[1] === 'X' ? Number.parseInt(e.slice(2), 16) : Number(e.slice(1))) : (XML_ENTITIES[e] ?? m),
  );
/** The text of every <t> in an element (rich text runs included). */
const texts = (xml: string) => [...xml.matchAll(/<t(?:\s[^>]*)?>([^<]*)<\/t>/g)].map((m) => unescapeXml(m[1]!)).join('');

/** "BC12" → column index 54. */
const columnIndex = (ref: string) => [...ref.replace(/\d+$/, '')].reduce((n, c) => n * 26 + c.charCodeAt(0) - 64, 0) - 1;

/** The first worksheet of an XLSX workbook as rows of cell texts. */
export async function parseXlsx(bytes: Uint8Array): Promise<Table> {
  const files = await unzip(bytes, (n) => n === 'xl/sharedStrings.xml' || /^xl\/worksheets\/sheet\d+\.xml$/.test(n));
  const sheetName = [...files.keys()].filter((n) => n.startsWith('xl/worksheets/')).sort((a, b) => Number(a.match(/\d+/)![0]) - Number(b.match(/\d+/)![0]))[0];
  if (!sheetName) throw new Error('no worksheet found in the XLSX file');
  const shared = [...(files.get('xl/sharedStrings.xml') ?? '').matchAll(/<si>([\s\S]*?)<\/si>/g)].map((m) => texts(m[1]!));
  const rows: Table = [];
  for (const r of files.get(sheetName)!.matchAll(/<row\b[^>]*>([\s\S]*?)<\/row>/g)) {
    const row: string[] = [];
    for (const c of r[1]!.matchAll(/<c\b([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g)) {
      const attrs = c[1]!;
      const inner = c[2] ?? '';
      const ref = /\br="([A-Z]+\d+)"/.exec(attrs)?.[1];
      const type = /\bt="(\w+)"/.exec(attrs)?.[1];
      const v = /<v>([^<]*)<\/v>/.exec(inner)?.[1];
      const value = type === 's' ? (shared[Number(v)] ?? '') : type === 'inlineStr' ? texts(inner) : unescapeXml(v ?? '');
      const at = ref ? columnIndex(ref) : row.length;
      while (row.length < at) row.push('');
      row[at] = value;
    }
    if (row.some((x) => x.trim())) rows.push(row);
  }
  return rows;
}
