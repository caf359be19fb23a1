import { readFile, stat } from 'node:fs/promises';
import { createServer, type Server } from 'node:https';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, resolve, sep } from 'node:path';

/** Serves one site: a directory of static files, or a function for anything dynamic. */
export type SiteHandler = (req: IncomingMessage, res: ServerResponse, url: URL) => void | Promise<void>;
export type Site = string | SiteHandler;

export interface ServedRequest {
  host: string;
  method: string;
  /** Path and query, as the client sent it. */
  path: string;
}

export interface FixtureServer {
  port: number;
  /** Every request the server received, in order, including ones it answered with 404. */
  requests: ServedRequest[];
  close(): Promise<void>;
}

/**
 * Static HTML may contain this marker; it is replaced with the host the page is served at,
 * because some platforms (Mastodon) render their own domain into the HTML on the server.
 */
export const HOST_MARKER = '__FIXTURE_HOST__';

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
};

/**
 * An HTTPS server on 127.0.0.1 (random port) that picks the site by the Host header, so one
 * server can stand in for every platform the browser's host-resolver rules point at it.
 */
export async function startFixtureServer(options: {
  cert: { key: string; cert: string };
  sites: Record<string, Site>;
}): Promise<FixtureServer> {
  const sites = new Map(Object.entries(options.sites).map(([host, site]) => [host.toLowerCase(), site]));
  const requests: ServedRequest[] = [];

  const server: Server = createServer({ key: options.cert.key, cert: options.cert.cert }, (req, res) => {
    const host = (req.headers.host ?? '').replace(/:\d+$/, '').toLowerCase();
    requests.push({ host, method: req.method ?? 'GET', path: req.url ?? '/' });
    const site = sites.get(host);
    // Fixture pages must never be cached between tests: each test should see what it served.
    res.setHeader('Cache-Control', 'no-store');
    if (site === undefined) return send(res, 404, `no fixture site for host ${host}\n`);
    const url = new URL(req.url ?? '/', `https://${host}`);
    const done = typeof site === 'string' ? serveStatic(site, host, req, res, url) : site(req, res, url);
    Promise.resolve(done).catch((error: unknown) => {
      if (!res.headersSent) send(res, 500, `${String(error)}\n`);
      else res.destroy();
    });
  });

  await new Promise<void>((done, fail) => {
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => done());
  });
  const { port } = server.address() as AddressInfo;

  return {
    port,
    requests,
    close: () =>
      new Promise<void>((done) => {
        // The browser keeps connections alive; close them or close() waits for their timeout.
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}

async function serveStatic(root: string, host: string, req: IncomingMessage, res: ServerResponse, url: URL) {
  if (req.method !== 'GET' && req.method !== 'HEAD') return send(res, 405, 'static fixture sites only answer GET\n');
  const base = resolve(root);
  let file = resolve(join(base, normalize(decodeURIComponent(url.pathname))));
  if (file !== base && !file.startsWith(base + sep)) return send(res, 403, 'outside the site\n');
  if (!(await isFile(file))) {
    // Single-page apps route client-side: any extension-less path gets the app's index.html.
    // Paths like /profile/name.bsky.social are routes, not files: only known file types can be missing.
    if (extname(file) in CONTENT_TYPES && file !== base) return send(res, 404, 'not found\n');
    file = join(base, 'index.html');
  }
  const type = CONTENT_TYPES[extname(file)] ?? 'application/octet-stream';
  let body: Buffer | string = await readFile(file);
  if (extname(file) === '.html') body = body.toString('utf8').replaceAll(HOST_MARKER, host);
  res.writeHead(200, { 'Content-Type': type, 'Content-Length': Buffer.byteLength(body) });
  res.end(req.method === 'HEAD' ? undefined : body);
}

async function isFile(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isFile();
  } catch {
    return false;
  }
}

function send(res: ServerResponse, status: number, text: string) {
  res.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8' });
  res.end(text);
}
