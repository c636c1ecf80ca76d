import { createServer, request as httpRequest, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { LOCAL_SITES } from './help-site';

/**
 * A proxy on 127.0.0.1 that the test browser must send all its traffic through. It records
 * every request; only requests to the tests' own help sites (help-site.ts) and 127.0.0.1 are
 * passed on, the rest get an error, since this machine reaches no other network anyway.
 */
export interface NetworkLog {
  port: number;
  /** Every request that reached the proxy, as "METHOD url". */
  requests: string[];
  /** The requests that are not the browser's own housekeeping (see BROWSER_OWN_HOSTS). */
  external(): string[];
  close(): Promise<void>;
}

/**
 * Hosts that the browser itself calls even with background networking off (clock, updates,
 * sign-in, Firefox's settings service). The extension has no network code at all; these
 * requests also happen with no extension loaded.
 */
const BROWSER_OWN_HOSTS = /(^|\.)(google\.com|googleapis\.com|gstatic\.com|mozilla\.(com|org|net)|firefox\.com|mozaws\.net)(:\d+)?$/;

function hostOf(request: string): string {
  const [method, target = ''] = request.split(' ');
  if (method === 'CONNECT') return target;
  try {
    return new URL(target).host;
  } catch {
    return target; // CONNECT host:port
  }
}

export async function startNetworkLog(): Promise<NetworkLog> {
  const requests: string[] = [];
  const server: Server = createServer((req, res) => {
    const url = req.url ?? '';
    requests.push(`${req.method} ${url}`);
    let target: URL;
    try {
      target = new URL(url);
    } catch {
      res.writeHead(400).end();
      return;
    }
    const localSite = LOCAL_SITES.get(target.hostname);
    if (localSite === undefined && target.hostname !== '127.0.0.1' && target.hostname !== 'localhost') {
      res.writeHead(502).end();
      return;
    }
    const upstream = httpRequest(
      { host: '127.0.0.1', port: localSite ?? target.port, path: target.pathname + target.search, method: req.method, headers: req.headers },
      (reply) => {
        reply.on('error', () => res.destroy());
        res.writeHead(reply.statusCode ?? 502, reply.headers);
        reply.pipe(res);
      },
    );
    // A browser that closes a connection mid-request (a page closed at once) resets the socket:
    // that ends the request, never the test run.
    upstream.on('error', () => (res.headersSent ? res.destroy() : res.writeHead(502).end()));
    req.on('error', () => upstream.destroy());
    res.on('error', () => upstream.destroy());
    req.pipe(upstream);
  });
  server.on('clientError', (_error, socket) => socket.destroy());
  server.on('connect', (req, socket) => {
    requests.push(`CONNECT ${req.url ?? ''}`);
    socket.on('error', () => socket.destroy());
    socket.end('HTTP/1.1 502 Bad Gateway\r\n\r\n');
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  return {
    port: (server.address() as AddressInfo).port,
    requests,
    external: () => requests.filter((r) => !BROWSER_OWN_HOSTS.test(hostOf(r))),
    close: () => new Promise<void>((done) => server.close(() => done())),
  };
}
