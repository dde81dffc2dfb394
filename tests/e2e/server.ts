// A tiny static server for the e2e tests: fixture pages and the pages beside this file, on 127.0.0.1.
import http from 'node:http';
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import type { AddressInfo } from 'node:net';

export const REPO_ROOT = path.resolve(import.meta.dirname, '..', '..');
const FIXTURES = path.join(REPO_ROOT, 'tests', 'fixtures');
const PAGES = path.join(REPO_ROOT, 'tests', 'e2e', 'pages');

/** A solid-colour PNG, so fixture images load without the network. */
function png(width: number, height: number, rgb: [number, number, number]): Buffer {
  const crcTable = Array.from({ length: 256 }, (_, n) => {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    return c >>> 0;
  });
  const crc = (b: Buffer) => {
    let c = 0xffffffff;
    for (const x of b) c = crcTable[(c ^ x) & 0xff] ^ (c >>> 8);
    return (c ^ 0xffffffff) >>> 0;
  };
  const chunk = (type: string, data: Buffer) => {
    const len = Buffer.alloc(4);
    len.writeUInt32BE(data.length);
    const td = Buffer.concat([Buffer.from(type), data]);
    const c = Buffer.alloc(4);
    c.writeUInt32BE(crc(td));
    return Buffer.concat([len, td, c]);
  };
  const row = Buffer.alloc(1 + width * 3);
  for (let x = 0; x < width; x++) row.set(rgb, 1 + x * 3);
  const raw = Buffer.concat(Array.from({ length: height }, () => row));
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = 8;
  ihdr[9] = 2;
  return Buffer.concat([Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]), chunk('IHDR', ihdr), chunk('IDAT', zlib.deflateSync(raw)), chunk('IEND', Buffer.alloc(0))]);
}

/** The image served for any picture (local routes, and external ones in Chromium). */
export function placeholderImage(): Buffer {
  return png(64, 36, [120, 150, 170]);
}

export interface FixtureServer {
  origin: string;
  /** Every request served, in order (the hostile suite counts what a step asked for). */
  requests: ServedRequest[];
  close(): Promise<void>;
}

export interface ServedRequest {
  path: string;
  /** Sec-Fetch-Dest as the browser sent it: image, document, script, style, iframe, empty… */
  dest: string;
}

/** An extra route: return a response for the URL, or null to fall through to the built-in ones. */
export type Route = (url: URL, origin: string) => { status?: number; type: string; body: Buffer | string } | null;

/** Routes: /fixtures/<name>/ → tests/fixtures/<name>/source.html, /pages/<file> → tests/e2e/pages, any *.jpg|*.png|*.webp → a placeholder image. */
export async function startServer(routes: Route[] = []): Promise<FixtureServer> {
  const image = placeholderImage();
  const requests: ServedRequest[] = [];
  let origin = '';
  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    requests.push({ path: url.pathname + url.search, dest: String(req.headers['sec-fetch-dest'] ?? '') });
    const send = (code: number, type: string, body: Buffer | string) => {
      res.writeHead(code, { 'content-type': type, 'cache-control': 'no-store' });
      res.end(body);
    };
    for (const route of routes) {
      const r = route(url, origin);
      if (r) return send(r.status ?? 200, r.type, r.body);
    }
    const fixture = url.pathname.match(/^\/fixtures\/([\w.-]+)\/?$/);
    if (fixture) {
      const file = path.join(FIXTURES, fixture[1], 'source.html');
      return fs.existsSync(file) ? send(200, 'text/html; charset=utf-8', fs.readFileSync(file)) : send(404, 'text/plain', 'no fixture');
    }
    const page = url.pathname.match(/^\/pages\/([\w.-]+\.html)$/);
    if (page) {
      const file = path.join(PAGES, page[1]);
      return fs.existsSync(file) ? send(200, 'text/html; charset=utf-8', fs.readFileSync(file)) : send(404, 'text/plain', 'no page');
    }
    if (/\.(jpe?g|png|webp|gif)$/i.test(url.pathname)) return send(200, 'image/png', image);
    send(404, 'text/plain', 'not found');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  origin = `http://127.0.0.1:${port}`;
  return {
    origin,
    requests,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
