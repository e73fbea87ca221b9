// A small WebDriver BiDi client for driving stock Firefox: playwright-core cannot, and Node 20's
// WebSocket is behind a flag, so this speaks the WebSocket protocol (RFC 6455, client side, text
// frames) over node:http's upgrade itself. Only what the Firefox suite needs.
import { randomBytes } from 'node:crypto';
import { request } from 'node:http';
import type { Socket } from 'node:net';

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };
interface Pending {
  resolve(v: Record<string, unknown>): void;
  reject(e: Error): void;
  method: string;
}

export class BiDi {
  private nextId = 1;
  private pending = new Map<number, Pending>();
  private buffer: Buffer = Buffer.alloc(0);
  private fragments: Buffer[] = [];
  private closed = false;

  private constructor(private socket: Socket) {
    socket.on('data', (chunk: Buffer) => this.onData(chunk));
    const fail = () => this.failAll(new Error('the WebDriver BiDi connection to Firefox closed'));
    socket.on('close', fail);
    socket.on('error', fail);
  }

  /** Opens the WebSocket at `url` (ws://127.0.0.1:PORT/session). */
  static connect(url: string, timeoutMs = 10_000): Promise<BiDi> {
    const u = new URL(url);
    return new Promise((resolve, reject) => {
      const req = request({
        host: u.hostname,
        port: u.port,
        path: u.pathname,
        timeout: timeoutMs,
        headers: { Connection: 'Upgrade', Upgrade: 'websocket', 'Sec-WebSocket-Version': '13', 'Sec-WebSocket-Key': randomBytes(16).toString('base64') },
      });
      req.on('upgrade', (_res, socket, head) => {
        const client = new BiDi(socket);
        if (head.length) client.onData(head);
        resolve(client);
      });
      req.on('response', (res) => reject(new Error(`WebDriver BiDi at ${url} refused the WebSocket (HTTP ${res.statusCode})`)));
      req.on('timeout', () => req.destroy(new Error(`WebDriver BiDi at ${url} did not answer within ${timeoutMs} ms`)));
      req.on('error', reject);
      req.end();
    });
  }

  /** Sends a command; resolves with its result, rejects with the error Firefox reports. */
  send(method: string, params: Record<string, unknown> = {}, timeoutMs = 30_000): Promise<Record<string, unknown>> {
    if (this.closed) return Promise.reject(new Error(`${method}: the BiDi connection is closed`));
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.pending.delete(id);
        reject(new Error(`${method}: no answer from Firefox within ${timeoutMs} ms`));
      }, timeoutMs);
      this.pending.set(id, {
        method,
        resolve: (v) => (clearTimeout(timer), resolve(v)),
        reject: (e) => (clearTimeout(timer), reject(e)),
      });
      this.write(0x1, Buffer.from(JSON.stringify({ id, method, params })));
    });
  }

  close(): void {
    if (this.closed) return;
    this.closed = true;
    this.socket.destroy();
  }

  private failAll(e: Error): void {
    this.closed = true;
    for (const p of this.pending.values()) p.reject(e);
    this.pending.clear();
  }

  /** Client frames are masked (RFC 6455 §5.3). */
  private write(opcode: number, payload: Buffer): void {
    const len = payload.length;
    const head = len < 126 ? Buffer.from([0x80 | opcode, 0x80 | len]) : len < 65_536 ? Buffer.alloc(4) : Buffer.alloc(10);
    if (len >= 126 && len < 65_536) {
      head[0] = 0x80 | opcode;
      head[1] = 0x80 | 126;
      head.writeUInt16BE(len, 2);
    } else if (len >= 65_536) {
      head[0] = 0x80 | opcode;
      head[1] = 0x80 | 127;
      head.writeBigUInt64BE(BigInt(len), 2);
    }
    const mask = randomBytes(4);
    const body = Buffer.alloc(len);
    for (let i = 0; i < len; i++) body[i] = payload[i]! ^ mask[i & 3]!;
    this.socket.write(Buffer.concat([head, mask, body]));
  }

  private onData(chunk: Buffer): void {
    this.buffer = this.buffer.length ? Buffer.concat([this.buffer, chunk]) : chunk;
    for (;;) {
      if (this.buffer.length < 2) return;
      const b0 = this.buffer[0]!;
      const b1 = this.buffer[1]!;
      let len = b1 & 0x7f;
      let offset = 2;
      if (len === 126) {
        if (this.buffer.length < 4) return;
        len = this.buffer.readUInt16BE(2);
        offset = 4;
      } else if (len === 127) {
        if (this.buffer.length < 10) return;
        len = Number(this.buffer.readBigUInt64BE(2));
        offset = 10;
      }
      const masked = (b1 & 0x80) !== 0;
      const start = offset + (masked ? 4 : 0);
      if (this.buffer.length < start + len) return;
      let payload = this.buffer.subarray(start, start + len);
      if (masked) {
        const mask = this.buffer.subarray(offset, offset + 4);
        payload = Buffer.from(payload.map((b, i) => b ^ mask[i & 3]!));
      }
      this.buffer = this.buffer.subarray(start + len);
      this.onFrame(b0 & 0x0f, (b0 & 0x80) !== 0, payload);
    }
  }

  private onFrame(opcode: number, fin: boolean, payload: Buffer): void {
    if (opcode === 0x9) return this.write(0xa, Buffer.from(payload));
    if (opcode === 0x8) return void this.close();
    if (opcode === 0x1 || opcode === 0x0) {
      this.fragments.push(Buffer.from(payload));
      if (!fin) return;
      const text = Buffer.concat(this.fragments).toString('utf8');
      this.fragments = [];
      this.onMessage(JSON.parse(text) as Record<string, Json>);
    }
  }

  private onMessage(msg: Record<string, Json>): void {
    if (typeof msg.id !== 'number') return; // events: not subscribed to any
    const p = this.pending.get(msg.id);
    if (!p) return;
    this.pending.delete(msg.id);
    if (msg.type === 'error') p.reject(new Error(`${p.method}: ${String(msg.error)}: ${String(msg.message)}`));
    else p.resolve((msg.result ?? {}) as Record<string, unknown>);
  }
}
