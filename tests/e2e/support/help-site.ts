import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * A stand-in for a help service's website on 127.0.0.1: it sets a cookie, writes
 * localStorage and links to a second page, so every kind of trace a real site leaves exists.
 */
export interface HelpSite {
  host: string;
  url: string;
  visits: string[];
  close(): Promise<void>;
}

/** `linkTo`: a page on another site that the help site links to (a person may follow it). */
export async function startHelpSite(title = 'Hulp bij geweld', linkTo?: string): Promise<HelpSite> {
  const visits: string[] = [];
  const server: Server = createServer((req, res) => {
    visits.push(req.url ?? '/');
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'set-cookie': 'helpvisit=1; Max-Age=86400; Path=/' });
    res.end(`<!doctype html><title>${title}</title><h1>${title}</h1><a href="/chat">Chat</a>${linkTo ? `<a id="elsewhere" href="${linkTo}">Meer hulp</a>` : ''}
<script>localStorage.setItem('visited', 'help'); indexedDB.open('help-db');</script>`);
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const host = `127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    host,
    url: `http://${host}/`,
    visits,
    close: () => new Promise<void>((done) => server.close(() => done())),
  };
}
