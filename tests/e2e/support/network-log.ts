import { createServer, request as httpRequest, type Server } from 'node:http';
import { connect as tcpConnect, type AddressInfo } from 'node:net';
import { TLSSocket } from 'node:tls';
import { LOCAL_SITES } from './help-site';
import { testCertificate } from './test-tls';

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
  server.on('connect', (req, socket, head) => {
    requests.push(`CONNECT ${req.url ?? ''}`);
    socket.on('error', () => socket.destroy());
    // An https help site (help-site.ts) on the default port: TLS ends here, with the tests'
    // throwaway certificate, and the plain request goes on to the site's local server.
    const [hostname, port] = (req.url ?? '').split(':');
    const localSite = port === '443' ? LOCAL_SITES.get(hostname ?? '') : undefined;
    if (localSite === undefined) return void socket.end('HTTP/1.1 502 Bad Gateway\r\n\r\n');
    socket.write('HTTP/1.1 200 Connection Established\r\n\r\n');
    if (head.length) socket.unshift(head);
    const tls = new TLSSocket(socket, { isServer: true, ...testCertificate() });
    const upstream = tcpConnect(localSite, '127.0.0.1');
    for (const side of [tls, upstream]) side.on('error', () => (tls.destroy(), upstream.destroy()));
    tls.pipe(upstream).pipe(tls);
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  return {
    port: (server.address() as AddressInfo).port,
    requests,
    external: () => requests.filter((r) => !BROWSER_OWN_HOSTS.test(hostOf(r))),
    close: () => new Promise<void>((done) => server.close(() => done())),
  };
}
