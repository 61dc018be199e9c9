import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';

const FIXTURES = fileURLToPath(new URL('../../fixtures/', import.meta.url));
const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.json': 'application/json',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.svg': 'image/svg+xml',
  '.pdf': 'application/pdf',
};

/** A page made on the fly (hostile pages), with its own response headers. */
export type DynamicRoute = (
  path: string,
  origin: string,
) => { body: string; headers?: Record<string, string> } | null;

export interface FixtureServer {
  origin: string;
  url(path: string): string;
  /** Every request the server saw (path and method), for privacy assertions. */
  requests: Array<{ method: string; path: string }>;
  close(): Promise<void>;
}

/**
 * Serves tests/fixtures on 127.0.0.1 at a free port: the local "news site"
 * the end-to-end tests read. Paths outside the fixtures folder are refused.
 */
export async function startFixtureServer(route?: DynamicRoute): Promise<FixtureServer> {
  const requests: FixtureServer['requests'] = [];
  let origin = '';
  const server: Server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    requests.push({ method: req.method ?? 'GET', path });
    const dynamic = route?.(path, origin);
    if (dynamic) {
      res
        .writeHead(200, { 'content-type': 'text/html; charset=utf-8', ...dynamic.headers })
        .end(dynamic.body);
      return;
    }
    const file = normalize(join(FIXTURES, path));
    if (!file.startsWith(FIXTURES)) {
      res.writeHead(403).end();
      return;
    }
    try {
      const body = await readFile(file.endsWith('/') ? join(file, 'index.html') : file);
      res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' }).end(body);
    } catch {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('server has no port');
  origin = `http://127.0.0.1:${address.port}`;
  return {
    origin,
    url: (path) => origin + (path.startsWith('/') ? path : `/${path}`),
    requests,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

/**
 * An address on 127.0.0.1 where nothing listens (a port just bound and
 * released): the browser shows its own error page there, as for a site that
 * is down.
 */
export async function closedPortUrl(path: string): Promise<string> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const { port } = probe.address() as AddressInfo;
  await new Promise((resolve) => probe.close(resolve));
  return `http://127.0.0.1:${port}${path}`;
}
