// `thinktwice studio [--out DIR] [--port N] [--no-open]`: the protocol studio. Serves the page
// on 127.0.0.1 only (a random free port unless --port), or writes it to DIR for offline use.
// The server answers nothing but the page: the studio itself makes no requests.
import { spawn } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import path from 'node:path';
import { buildStudioHtml } from '../../studio/build.ts';
import { parseArgs } from '../args.ts';
import { CliError } from '../errors.ts';
import type { Command } from '../io.ts';

const USAGE = `Usage: thinktwice studio [--out DIR] [--port N] [--no-open]

The protocol studio: answer questions about the firm's social-media protocol and get the
protocol document, the pack and the policy files. Everything stays on this computer.
  --out DIR    write the studio to DIR/index.html (open it from disk, no server needed)
  --port N     serve on 127.0.0.1:N (default: a free port)
  --no-open    do not open a browser`;

export const studio: Command = {
  name: 'studio',
  summary: 'the protocol studio: questions in, protocol + pack + policy files out',
  usage: USAGE,
  run(argv, io) {
    const args = parseArgs(argv, { out: { value: true }, port: { value: true }, 'no-open': {}, help: {} }, USAGE);
    if (args.flags.has('help')) return io.out(`${USAGE}\n`), 0;
    if (args.positional.length) throw new CliError(`unexpected argument "${args.positional[0]}"\n${USAGE}`);
    const html = buildStudioHtml();
    const out = args.options.out?.[0];
    if (out) {
      try {
        mkdirSync(out, { recursive: true });
        writeFileSync(path.join(out, 'index.html'), html);
      } catch (e) {
        throw new CliError(`cannot write ${out}: ${(e as Error).message}`);
      }
      io.out(`Wrote ${path.join(out, 'index.html')}: open it in a browser; it works offline.\n`);
      return 0;
    }
    const port = Number(args.options.port?.[0] ?? 0);
    if (!Number.isInteger(port) || port < 0 || port > 65535) throw new CliError('--port must be a whole number from 0 to 65535');
    const server = createServer((req, res) => {
      // Only this machine's own address: a page elsewhere cannot reach the studio by a DNS name pointing here.
      const host = req.headers.host ?? '';
      const bound = server.address();
      const ok = typeof bound === 'object' && bound && (host === `127.0.0.1:${bound.port}` || host === `localhost:${bound.port}`);
      if (!ok || req.method !== 'GET' || !['/', '/index.html'].includes((req.url ?? '').split('?')[0]!)) {
        res.writeHead(ok ? 404 : 403, { 'Content-Type': 'text/plain' }).end(ok ? 'Not found\n' : 'Forbidden\n');
        return;
      }
      res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store', 'X-Content-Type-Options': 'nosniff', 'Referrer-Policy': 'no-referrer' }).end(html);
    });
    server.on('error', (e) => {
      io.err(`thinktwice studio: cannot listen on 127.0.0.1:${port}: ${e.message}\n`);
      process.exitCode = 2;
    });
    server.listen(port, '127.0.0.1', () => {
      const a = server.address();
      const url = `http://127.0.0.1:${typeof a === 'object' && a ? a.port : port}/`;
      io.out(`Think Twice protocol studio: ${url}\n(Ctrl+C stops it; your work stays in the browser until you export it.)\n`);
      if (!args.flags.has('no-open')) openBrowser(url);
    });
    return 0;
  },
};

/** Opens the URL in the desktop's browser when there is a desktop; otherwise the printed URL is enough. */
function openBrowser(url: string): void {
  const [cmd, ...rest] =
    process.platform === 'darwin' ? ['open', url] : process.platform === 'win32' ? ['cmd', '/c', 'start', '""', url] : process.env.DISPLAY || process.env.WAYLAND_DISPLAY ? ['xdg-open', url] : [];
  if (!cmd) return;
  const child = spawn(cmd, rest, { stdio: 'ignore', detached: true });
  child.on('error', () => {});
  child.unref();
}
