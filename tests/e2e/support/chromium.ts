import puppeteer, { type Browser, type Page, type Target, type WebWorker } from 'puppeteer-core';
import { builtExtension, freshDir, inspectorExtension, removeDirs, type Flavour } from './paths';
import { startNetworkLog } from './network-log';
import type { BrowserSession } from './session';
import type { Traces } from './traces';
import { startDisplay, type Display } from './xvfb';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export interface ChromiumSession extends BrowserSession {
  extensionId: string;
  openBlankPopup(): Promise<Page>;
  /** Switches "Allow in Incognito" on or off, as a person does on chrome://extensions. */
  setIncognitoAccess(allowed: boolean): Promise<void>;
  /** The private X display of a headful session, for real key presses. */
  display: Display | null;
  /**
   * Stops the extension's service worker, as Chromium does after 30 s without events (an
   * attached test tool otherwise keeps it alive). Resolves once it is stopped.
   */
  stopServiceWorker(): Promise<void>;
}

export interface ChromiumOptions {
  flavour?: Flavour;
  /** Run with a real window on a private Xvfb display: needed for keyboard shortcuts and permission prompts. */
  headful?: boolean;
  extraArgs?: string[];
  /** Other extensions, loaded before this one (e.g. one that claims the same keys first). */
  otherExtensions?: string[];
  /** A profile folder to reuse across launches (a browser restart); kept on close. */
  profile?: string;
  /** The browser's own language (the popup opens in it when it offers it); Dutch by default. */
  language?: string;
}

async function workerOf(browser: Browser, script: string): Promise<{ target: Target; worker: WebWorker }> {
  const target = await browser.waitForTarget(
    (t) => t.type() === 'service_worker' && t.url().startsWith('chrome-extension://') && t.url().endsWith(`/${script}`),
    { timeout: 15_000 },
  );
  const worker = await target.worker();
  if (!worker) throw new Error(`no worker for ${script}`);
  return { target, worker };
}

export async function launchChromium(options: ChromiumOptions = {}): Promise<ChromiumSession> {
  const network = await startNetworkLog();
  const extension = builtExtension('chrome', options.flavour);
  const inspector = inspectorExtension('chromium');
  const profile = options.profile ?? freshDir('chromium-profile');
  const display = options.headful ? await startDisplay() : null;
  const browser = await puppeteer.launch({
    executablePath: CHROMIUM,
    headless: !display,
    ...(display ? { env: { ...process.env, DISPLAY: display.name } } : {}),
    userDataDir: profile,
    ignoreDefaultArgs: ['--disable-extensions'],
    args: [
      `--disable-extensions-except=${[...(options.otherExtensions ?? []), extension, inspector].join(',')}`,
      `--load-extension=${[...(options.otherExtensions ?? []), extension, inspector].join(',')}`,
      '--no-sandbox',
      '--disable-gpu',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-quic',
      `--lang=${options.language ?? 'nl-NL'}`,
      `--accept-lang=${options.language ?? 'nl-NL'}`,
      `--proxy-server=http://127.0.0.1:${network.port}`,
      '--proxy-bypass-list=<-loopback>',
      ...(options.extraArgs ?? []),
    ],
  });
  let background = await workerOf(browser, 'background.js');
  const inspectorTarget = await workerOf(browser, 'inspector.js');
  const inspectorWorker = inspectorTarget.worker;
  const extensionId = new URL(background.target.url()).host;
  const origin = `chrome-extension://${extensionId}`;
  const extensionRequests: string[] = [];
  const watched = new WeakSet<Target>();

  async function watchRequests(target: Target) {
    if (watched.has(target) || !target.url().startsWith(origin)) return;
    watched.add(target);
    const cdp = await target.createCDPSession();
    cdp.on('Network.requestWillBeSent', (event) => {
      if (!event.request.url.startsWith(origin)) extensionRequests.push(event.request.url);
    });
    await cdp.send('Network.enable');
  }
  await watchRequests(background.target);
  browser.on('targetcreated', (t: Target) => void (t.type() === 'page' ? watchRequests(t) : Promise.resolve()).catch(() => undefined));
  browser.on('targetchanged', (t: Target) => void (t.type() === 'page' ? watchRequests(t) : Promise.resolve()).catch(() => undefined));

  async function liveBackground(): Promise<WebWorker> {
    // The service worker may have been stopped or reloaded since: then find the new one.
    if (!browser.targets().includes(background.target)) {
      const stale = background.target;
      const target = await browser.waitForTarget((t) => t !== stale && t.type() === 'service_worker' && t.url() === stale.url(), { timeout: 15_000 });
      background = { target, worker: (await target.worker())! };
    }
    return background.worker;
  }

  async function inBackground<T>(expression: string): Promise<T> {
    const worker = await liveBackground();
    return (await worker.evaluate(expression)) as T;
  }

  /** Opens an extension's real toolbar popup from its service worker. */
  async function openRealPopup(worker: WebWorker, url: string): Promise<Page> {
    const opened = browser.waitForTarget((t) => t.type() === 'page' && t.url() === url, { timeout: 10_000 });
    await worker.evaluate('chrome.action.openPopup()');
    return (await opened).asPage();
  }

  async function openPopup(): Promise<Page> {
    const page = await openRealPopup(await liveBackground(), `${origin}/popup.html`);
    await page.waitForSelector('#app > .popup, #app > .popup--cover:not(.boot-shell)', { timeout: 10_000 });
    return page;
  }

  /** A blank extension page opened as a real popup (the benchmark's yardstick). */
  async function openBlankPopup(): Promise<Page> {
    return openRealPopup(inspectorWorker, `chrome-extension://${new URL(inspectorTarget.target.url()).host}/blank.html`);
  }

  async function setIncognitoAccess(allowed: boolean): Promise<void> {
    const page = await browser.newPage();
    await page.goto('chrome://extensions');
    const reloaded = browser.waitForTarget(
      (t) => t !== background.target && t.type() === 'service_worker' && t.url() === background.target.url(),
      { timeout: 15_000 },
    );
    await page.evaluate(
      async (id, incognitoAccess) => {
        const dev = (globalThis as unknown as { chrome: { developerPrivate: Record<string, (arg: unknown) => Promise<void>> } }).chrome.developerPrivate;
        await dev.updateProfileConfiguration!({ inDeveloperMode: true });
        await dev.updateExtensionConfiguration!({ extensionId: id, incognitoAccess });
      },
      extensionId,
      allowed,
    );
    // The extension reloads with the new setting: find its new service worker.
    const target = await reloaded;
    background = { target, worker: (await target.worker())! };
    await page.close();
  }

  async function stopServiceWorker(): Promise<void> {
    const page = await browser.newPage();
    try {
      const cdp = await page.createCDPSession();
      const versions = new Map<string, { scriptURL: string; runningStatus: string }>();
      cdp.on('ServiceWorker.workerVersionUpdated', (event) => {
        for (const v of event.versions) versions.set(v.versionId, v);
      });
      await cdp.send('ServiceWorker.enable');
      const ours = () => [...versions].filter(([, v]) => v.scriptURL.startsWith(origin));
      const deadline = Date.now() + 10_000;
      while (!ours().some(([, v]) => v.runningStatus === 'running') && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
      const stale = background.target;
      const gone = new Promise<void>((resolve) => {
        const check = (t: Target) => {
          if (t !== stale) return;
          browser.off('targetdestroyed', check);
          resolve();
        };
        browser.on('targetdestroyed', check);
        if (!browser.targets().includes(stale)) resolve();
      });
      for (const [versionId, v] of ours()) if (v.runningStatus === 'running') await cdp.send('ServiceWorker.stopWorker', { versionId });
      await gone;
      while (ours().some(([, v]) => v.runningStatus !== 'stopped') && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
      if (ours().some(([, v]) => v.runningStatus !== 'stopped')) throw new Error('the service worker did not stop');
      await cdp.send('ServiceWorker.disable');
    } finally {
      await page.close();
    }
  }

  async function traces(): Promise<Traces> {
    const found = (await inspectorWorker.evaluate('collectTraces()')) as Omit<Traces, 'storage'>;
    const storage = await inBackground<Traces['storage']>(
      '(async () => ({ local: await chrome.storage.local.get(null), session: await chrome.storage.session.get(null) }))()',
    );
    return { ...found, storage };
  }

  return {
    kind: 'chromium',
    browser,
    extensionId,
    origin,
    openBlankPopup,
    setIncognitoAccess,
    stopServiceWorker,
    display,
    openPopup,
    // A real popup closes by itself when focus leaves it (a headful window, a prompt).
    closePopup: async (popup) => {
      if (!popup.isClosed()) await popup.close().catch(() => undefined);
    },
    inBackground,
    traces,
    network,
    extensionRequests,
    async close() {
      await browser.close();
      await network.close();
      await display?.close();
      removeDirs(...(options.profile ? [] : [profile]), inspector);
    },
  };
}
