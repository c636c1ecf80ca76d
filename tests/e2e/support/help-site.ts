import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Browser } from 'puppeteer-core';

/**
 * A stand-in for a help service's website. It sets a cookie, writes localStorage and
 * IndexedDB and links to a second page, so every kind of trace a real site leaves exists.
 * It has its own host name on the default port (`https://hulp-1.test/`), as real sites do: the
 * test proxy (network-log.ts) ends TLS (test-tls.ts) and forwards it to the server, which listens
 * on 127.0.0.1. The extension opens only ordinary https sites (lib/directory/help-url.ts).
 * (Firefox removes a site's storage by host name only for the default port.)
 */
export interface HelpSite {
  /** Host name, e.g. "hulp-1.test". */
  host: string;
  url: string;
  visits: string[];
  close(): Promise<void>;
}

/** Host name → port of the local server: what the test proxy forwards. */
export const LOCAL_SITES = new Map<string, number>();
let sites = 0;

/** A page on the site that sets nothing: the checker reads the site's storage from there. */
const PROBE_PATH = '/probe';

/**
 * `linkTo`: a page on another site that the help site links to (a person may follow it).
 * `redirectToWww`: the bare host sends every request on to `www.` + host, as most real sites do
 * (`veiligthuis.nl` → `www.veiligthuis.nl`); `host` and `url` are then the bare address a person opens.
 */
export async function startHelpSite(title = 'Hulp bij geweld', linkTo?: string, redirectToWww = false): Promise<HelpSite> {
  const visits: string[] = [];
  const name = `hulp-${++sites}.test`;
  const server: Server = createServer((req, res) => {
    if (redirectToWww && req.headers.host === name) {
      res.writeHead(301, { location: `http://www.${name}${req.url ?? '/'}` }).end();
      return;
    }
    if (req.url === PROBE_PATH) {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end('<!doctype html><title>probe</title>');
      return;
    }
    visits.push(req.url ?? '/');
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'set-cookie': 'helpvisit=1; Max-Age=86400; Path=/' });
    res.end(`<!doctype html><title>${title}</title><h1>${title}</h1><a href="/chat">Chat</a>${linkTo ? `<a id="elsewhere" href="${linkTo}">Meer hulp</a>` : ''}
<script>localStorage.setItem('visited', 'help'); indexedDB.open('help-db');</script>`);
  });
  // A browser that resets a connection (a window closed mid-load) ends that request only.
  server.on('clientError', (_error, socket) => socket.destroy());
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const host = name;
  LOCAL_SITES.set(host, (server.address() as AddressInfo).port);
  if (redirectToWww) LOCAL_SITES.set(`www.${host}`, (server.address() as AddressInfo).port);
  return {
    host,
    url: `https://${host}/`,
    visits,
    close: () =>
      new Promise<void>((done) => {
        LOCAL_SITES.delete(host);
        LOCAL_SITES.delete(`www.${host}`);
        server.close(() => done());
        // The browser keeps a site's connections open for minutes (through the proxy's tunnel,
        // test-tls.ts): close() alone waited for them, past the test's time limit.
        server.closeAllConnections();
      }),
  };
}

/**
 * What a checker finds in a site's own storage (localStorage, IndexedDB), read from a page of
 * that site that writes nothing. Call it last: the visit is the checker's own.
 */
export async function siteStorage(browser: Browser, site: HelpSite): Promise<{ localStorage: number; indexedDB: string[] }> {
  const page = await browser.newPage();
  try {
    await page.goto(new URL(PROBE_PATH, site.url).href);
    return await page.evaluate(async () => ({
      localStorage: localStorage.length,
      indexedDB: (await indexedDB.databases()).map((d) => d.name ?? ''),
    }));
  } finally {
    await page.close();
  }
}

