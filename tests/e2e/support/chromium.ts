import puppeteer, { type Browser, type CDPSession, type Page, type Target, type WebWorker } from 'puppeteer-core';
import { builtExtension, freshDir, inspectorExtension, removeDirs, type Flavour } from './paths';
import { startNetworkLog } from './network-log';
import type { BrowserSession } from './session';
import type { Traces } from './traces';
import { PROTOCOL_TIMEOUT, readTwice } from './bounded';
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
   * attached test tool otherwise keeps it alive). Resolves once it is stopped, with the time
   * at which something started it again (watched without waking it).
   */
  stopServiceWorker(): Promise<{ woken: Promise<number> }>;
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
  /** Another extension folder instead of the built one (the benchmark's minimal extension). */
  extension?: string;
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
  const extension = options.extension ?? builtExtension('chrome', options.flavour);
  const inspector = inspectorExtension('chromium');
  const profile = options.profile ?? freshDir('chromium-profile');
  const display = options.headful ? await startDisplay() : null;
  const browser = await puppeteer.launch({
    executablePath: CHROMIUM,
    headless: !display,
    ...(display ? { env: { ...process.env, DISPLAY: display.name } } : {}),
    userDataDir: profile,
    protocolTimeout: PROTOCOL_TIMEOUT,
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
      // The help sites' throwaway certificate (support/test-tls.ts).
      '--ignore-certificate-errors',
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

  // After a stop, puppeteer keeps the old target, whose worker handle no longer answers: the
  // restarted worker is reached through its DevTools target id, from the watcher below.
  let workerWasStopped = false;
  async function inRestartedWorker<T>(expression: string): Promise<T> {
    return inWorkerSession(async (worker) => {
      const { result, exceptionDetails } = await worker.send('Runtime.evaluate', { expression, awaitPromise: true, returnByValue: true });
      if (exceptionDetails) throw new Error(exceptionDetails.exception?.description ?? exceptionDetails.text);
      return result.value as T;
    });
  }

  /**
   * Puppeteer pauses a worker that starts again after a stop until a debugger lets it run, and
   * does not do so itself for a target it already knew: let it run, as an unwatched start would.
   */
  async function releaseRestartedWorker(): Promise<void> {
    await inWorkerSession((worker) => worker.send('Runtime.runIfWaitingForDebugger')).catch(() => undefined);
  }

  async function inWorkerSession<T>(use: (worker: CDPSession) => Promise<T>): Promise<T> {
    // Through the watcher's session: a session of puppeteer's own browser target must stay as it is.
    const { cdp } = await workerWatch();
    const { targetInfos } = await cdp.send('Target.getTargets');
    const target = targetInfos.find((t) => t.type === 'service_worker' && t.url === background.target.url());
    if (!target) throw new Error('the service worker is not running');
    const { sessionId } = await cdp.send('Target.attachToTarget', { targetId: target.targetId, flatten: true });
    try {
      return await use(cdp.connection()!.session(sessionId)!);
    } finally {
      await cdp.send('Target.detachFromTarget', { sessionId }).catch(() => undefined);
    }
  }

  /**
   * A DevTools session on the first tab that watches the extension's service worker without
   * waking it (a new tab would: its tab events go to the extension's listeners).
   */
  let watch: Promise<{ versions: Map<string, { status: string; targetId?: string }>; changed: Set<() => void>; cdp: CDPSession }> | null = null;
  function workerWatch() {
    watch ??= (async () => {
      const [page] = await browser.pages();
      const cdp = await page!.createCDPSession();
      const versions = new Map<string, { status: string; targetId?: string }>();
      const changed = new Set<() => void>();
      cdp.on('ServiceWorker.workerVersionUpdated', (event) => {
        for (const v of event.versions) if (v.scriptURL.startsWith(origin)) versions.set(v.versionId, { status: v.runningStatus, targetId: v.targetId });
        if (event.versions.some((v) => v.scriptURL.startsWith(origin) && v.runningStatus === 'starting')) void releaseRestartedWorker();
        changed.forEach((f) => f());
      });
      await cdp.send('ServiceWorker.enable');
      return { versions, changed, cdp };
    })();
    return watch;
  }

  async function inBackground<T>(expression: string): Promise<T> {
    if (workerWasStopped) return inRestartedWorker<T>(expression);
    const worker = await liveBackground();
    return (await worker.evaluate(expression)) as T;
  }

  /** Opens an extension's real toolbar popup from its service worker. */
  async function openRealPopup(run: (expression: string) => Promise<unknown>, url: string): Promise<Page> {
    const opened = browser.waitForTarget((t) => t.type() === 'page' && t.url() === url, { timeout: 10_000 });
    await run('chrome.action.openPopup()');
    return (await opened).asPage();
  }

  async function openPopup(): Promise<Page> {
    const page = await openRealPopup(inBackground, `${origin}/popup.html`);
    await page.waitForSelector('#app > .popup, #app > .popup--cover:not(.boot-shell)', { timeout: 10_000 });
    return page;
  }

  /** A blank extension page opened as a real popup (the benchmark's yardstick). */
  async function openBlankPopup(): Promise<Page> {
    return openRealPopup((expression) => inspectorWorker.evaluate(expression), `chrome-extension://${new URL(inspectorTarget.target.url()).host}/blank.html`);
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

  async function stopServiceWorker(): Promise<{ woken: Promise<number> }> {
    const { versions, changed, cdp } = await workerWatch();
    const statuses = () => [...versions.values()].map((v) => v.status);
    const until = (test: () => boolean, what: string, timeout: number) =>
      new Promise<void>((resolve, reject) => {
        const check = () => {
          if (!test()) return;
          clearTimeout(timer);
          changed.delete(check);
          resolve();
        };
        const timer = setTimeout(() => {
          changed.delete(check);
          reject(new Error(`service worker: ${what} not within ${timeout} ms`));
        }, timeout);
        changed.add(check);
        check();
      });
    await until(() => statuses().includes('running'), 'running', 10_000);
    for (const [versionId, v] of versions) if (v.status === 'running') await cdp.send('ServiceWorker.stopWorker', { versionId });
    await until(() => statuses().every((status) => status === 'stopped'), 'stopped', 10_000);
    workerWasStopped = true;
    const woken = until(() => statuses().some((status) => status === 'starting' || status === 'running'), 'started again', 10 * 60_000).then(() => Date.now());
    woken.catch(() => undefined);
    return { woken };
  }

  const traces = () => readTwice('reading the traces', tracesOnce, 30_000);

  async function tracesOnce(): Promise<Traces> {
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
