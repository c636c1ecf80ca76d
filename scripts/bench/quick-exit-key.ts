import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import puppeteer, { type Browser } from 'puppeteer-core';
import { launchChromium } from '../../tests/e2e/support/chromium';
import { LOCAL_SITES } from '../../tests/e2e/support/help-site';
import { median, round, type Figure } from './stats';

/** A help page that sends a request every 10 ms while it is open: the last one tells when it went. */
async function pingingSite() {
  const pings: number[] = [];
  const server: Server = createServer((req, res) => {
    if (req.url?.startsWith('/ping')) {
      pings.push(performance.now());
      res.writeHead(204).end();
      return;
    }
    res.writeHead(200, { 'content-type': 'text/html' }).end(
      '<!doctype html><title>Hulp</title><h1>Hulp</h1><script>setInterval(() => fetch("/ping?" + Math.random()).catch(() => {}), 10)</script>',
    );
  });
  server.on('clientError', (_e, socket) => socket.destroy());
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const host = 'hulp-bench.test';
  LOCAL_SITES.set(host, (server.address() as AddressInfo).port);
  return { host, url: `https://${host}/`, pings, close: () => new Promise<void>((done) => server.close(() => done())) };
}

const until = async (check: () => boolean, what: string, ms = 20_000) => {
  const end = Date.now() + ms;
  while (!check()) {
    if (Date.now() > end) throw new Error(`timed out: ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
};

async function browserOf(endpoint: string): Promise<Browser> {
  return puppeteer.connect({ browserWSEndpoint: endpoint, defaultViewport: null });
}

/** Opens the help page in a normal tab and registers it as a help tab, as opening it from the popup does. */
async function openHelpTab(browser: Browser, url: string): Promise<void> {
  const target = await browser.waitForTarget((t) => t.type() === 'service_worker' && /\/background\.js$/.test(t.url()));
  const worker = (await target.worker())!;
  await worker.evaluate(`(async () => {
    const tab = await chrome.tabs.create({ url: ${JSON.stringify(url)}, active: true });
    await chrome.storage.session.set({ windows: { windows: [], tabs: [tab.id], hosts: [new URL(${JSON.stringify(url)}).host], urls: [] } });
  })()`);
}

interface Phases {
  /** Press until the browser created the worker (stopped worker only; a running one began earlier). */
  created: number | null;
  /** Worker created until its script's main function ran (loading and evaluating background.js). */
  evaluated: number | null;
  /** Press until the command listener ran. */
  heard: number;
  /** Command listener until the safe page was in front and help closed (the extension's own work). */
  hide: number;
  /** Hidden until the help page's last request (the browser closing the tab). */
  close: number;
}

/** The worker's own clock times of the last key press (open flavour only: `stilleHulpLastKey`). */
async function keyPhases(browser: Browser, pressedAt: number, goneAt: number): Promise<Phases | null> {
  const target = await browser.waitForTarget((t) => t.type() === 'service_worker' && /\/background\.js$/.test(t.url()), { timeout: 5000 }).catch(() => null);
  const worker = await target?.worker();
  const key = (await worker?.evaluate('globalThis.stilleHulpLastKey').catch(() => null)) as { origin: number; startedAt: number; heard: number; hiddenAt: number } | null;
  if (!key) return null;
  const woken = key.origin > pressedAt;
  return { created: woken ? key.origin - pressedAt : null, evaluated: woken ? key.startedAt - key.origin : null, heard: key.heard - pressedAt, hide: key.hiddenAt - key.heard, close: goneAt - key.hiddenAt };
}

function phaseFigures(state: string, list: Phases[], rounds: number): Figure[] {
  if (!list.length) return [];
  const figure = (what: string, values: number[]): Figure => ({ name: `  ${state}: ${what}, median (${values.map(round).join(', ')})`, value: round(median(values)), unit: 'ms', runs: rounds });
  const created = list.map((p) => p.created).filter((v): v is number => v !== null);
  const evaluated = list.map((p) => p.evaluated).filter((v): v is number => v !== null);
  return [
    ...(created.length ? [figure('press → worker created', created), figure('worker created → background.js evaluated', evaluated)] : []),
    figure('press → key heard by the worker', list.map((p) => p.heard)),
    figure('key heard → hidden (the extension)', list.map((p) => p.hide)),
    figure('hidden → last request of the help page', list.map((p) => p.close)),
  ];
}

/**
 * A real key press (xdotool on a private Xvfb display) until the help page stopped sending
 * requests: once with the service worker running, once after Chromium stopped it on its own
 * (no test tool attached: puppeteer disconnects, and the worker is left idle for 45 s).
 */
export async function quickExitKeyTimes(rounds = 3, extension?: { path: string; label: string }): Promise<Figure[]> {
  const session = await launchChromium({ headful: true, extension: extension?.path });
  const site = await pingingSite();
  const endpoint = session.browser.wsEndpoint();
  const times: Record<'running' | 'stopped', number[]> = { running: [], stopped: [] };
  const phases: Record<'running' | 'stopped', Phases[]> = { running: [], stopped: [] };
  const misses: string[] = [];
  let browser: Browser = session.browser;
  try {
    // One press first that is not counted: the first key on a fresh display is slow.
    for (const state of ['warm-up', 'running', 'stopped'] as const) {
      for (let i = 0; i < (state === 'warm-up' ? 1 : rounds); i++) {
        if (!browser.connected) browser = await puppeteer.connect({ browserWSEndpoint: endpoint, defaultViewport: null });
        const before = site.pings.length;
        await openHelpTab(browser, site.url);
        await until(() => site.pings.length > before + 20, 'the help page pings');
        await browser.disconnect();
        // Running: pressed at once (the worker just ran). Stopped: left idle well past Chromium's 30 s.
        if (state === 'stopped') await new Promise((r) => setTimeout(r, 45_000));
        // Counted from starting xdotool (its own start-up is included).
        const pressed = performance.now();
        await session.display!.pressKeys('ctrl+shift+1');
        // Gone once no request came for a second. A press that closed nothing is counted as a miss.
        const gone = await until(() => site.pings.at(-1)! < performance.now() - 1000 && site.pings.at(-1)! > pressed, 'the help page closes', 15_000).then(
          () => true,
          () => false,
        );
        if (!gone) misses.push(state);
        else if (state !== 'warm-up') {
          times[state].push(site.pings.at(-1)! - pressed);
          browser = await browserOf(endpoint);
          const phase = await keyPhases(browser, performance.timeOrigin + pressed, performance.timeOrigin + site.pings.at(-1)!);
          if (phase) phases[state].push(phase);
        }
        if (!gone) {
          const checker = await browserOf(endpoint);
          for (const page of await checker.pages()) if (page.url() === site.url) await page.close();
          await checker.disconnect();
        }
      }
    }
  } finally {
    if (!browser.connected) browser = await puppeteer.connect({ browserWSEndpoint: endpoint }).catch(() => browser);
    await browser.close().catch(() => undefined);
    await session.close().catch(() => undefined);
    await site.close();
  }
  const running = median(times.running);
  const stopped = median(times.stopped);
  const figures: Figure[] = [
    { name: `quick-exit key → help page gone, worker running, median (${times.running.map(round).join(', ')})`, value: round(running), unit: 'ms', target: '≤ 200', runs: rounds },
    { name: `quick-exit key → help page gone, worker stopped by idling, median (${times.stopped.map(round).join(', ')})`, value: round(stopped), unit: 'ms', target: '≤ 200', runs: rounds },
    { name: 'stopped / running, ratio of medians', value: round(stopped / running), unit: '×', target: '≤ 2', runs: rounds },
    ...(['running', 'stopped'] as const).flatMap((state) => phaseFigures(state, phases[state], rounds)),
    { name: `key presses that closed nothing (${misses.join(', ') || 'none'})`, value: misses.length, unit: '', target: '0', runs: rounds * 2 + 1 },
  ];
  return extension ? figures.map((f) => ({ ...f, name: `${extension.label}: ${f.name}`, target: undefined })) : figures;
}
