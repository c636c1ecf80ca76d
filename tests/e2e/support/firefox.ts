import { randomUUID } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { GECKO_IDS } from '../../../lib/build/manifest';
import { builtExtension, builtPackage, freshDir, inspectorExtension, removeDirs, type Flavour } from './paths';
import { startNetworkLog } from './network-log';
import type { BrowserSession } from './session';
import type { Traces } from './traces';
import { startDisplay, type Display } from './xvfb';
import { bounded, PROTOCOL_TIMEOUT, readTwice } from './bounded';

export const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
const INSPECTOR_ID = 'trace-inspector@tests.invalid';

export interface FirefoxOptions {
  flavour?: Flavour;
  prefs?: Record<string, unknown>;
  /** "Run in private windows" switched on for the extension, as a person does in about:addons. */
  privateBrowsing?: boolean;
  /** A profile folder to reuse across launches (a browser restart); kept on close. */
  profile?: string;
  /** Installed by policies.json (ExtensionSettings), as on a library terminal: the test installs nothing. */
  installedByPolicy?: boolean;
  /**
   * The built, unsigned package put in the profile as a sideloaded add-on
   * (`<profile>/extensions/<id>.xpi`): unlike a temporary add-on it stays across a restart. The
   * test installs nothing through BiDi.
   */
  sideloaded?: boolean;
  /**
   * Started as a person starts Firefox, with no address on the command line: puppeteer otherwise
   * opens about:blank, which comes in front of a session Firefox restores after a crash.
   */
  noStartPage?: boolean;
  /** Run with a real window on a private Xvfb display: needed for keyboard shortcuts. */
  headful?: boolean;
  /** The browser's own language (the popup opens in it when it offers it); Dutch by default. */
  language?: string;
  /** Lets `openRealPopup` open the real toolbar popup without a click (headful only). */
  realPopup?: boolean;
}

export interface FirefoxSession extends BrowserSession {
  /** The private X display of a headful session, for real key presses. */
  display: Display | null;
}

/** Extension uuids, kept with a reused profile: the moz-extension origin (and its storage) must not change. */
function extensionUuids(profile: string, reused: boolean): { uuid: string; inspectorUuid: string } {
  const file = join(profile, 'stille-hulp-test-uuids.json');
  if (reused && existsSync(file)) return JSON.parse(readFileSync(file, 'utf8'));
  const uuids = { uuid: randomUUID(), inspectorUuid: randomUUID() };
  writeFileSync(file, JSON.stringify(uuids));
  return uuids;
}

/**
 * Navigates to an extension page. Firefox loads moz-extension:// pages for the test tool
 * only with --remote-allow-system-access, and then page.goto never resolves, so wait for the
 * page itself.
 */
export async function gotoExtensionPage(page: Page, url: string): Promise<void> {
  void page.goto(url).catch(() => undefined);
  const deadline = Date.now() + 15_000;
  while (Date.now() < deadline) {
    const loaded = await bounded('looking at the page', page.evaluate((u) => location.href === u && document.readyState === 'complete', url), 5_000)
      .catch(() => false); // the page may be between documents
    if (loaded) return;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`${url} did not load`);
}

/** Installs a temporary add-on; BiDi's `moz:` options do what a person does in about:addons. */
async function installExtension(browser: Browser, path: string, options: { privateBrowsing?: boolean } = {}): Promise<void> {
  const connection = (browser as unknown as { connection: { send(method: string, params: object): Promise<unknown> } }).connection;
  await connection.send('webExtension.install', {
    extensionData: { type: 'path', path },
    'moz:allowPrivateBrowsing': options.privateBrowsing ?? false,
  });
}

export async function launchFirefox(options: FirefoxOptions = {}): Promise<FirefoxSession> {
  const flavour = options.flavour ?? 'open';
  const network = await startNetworkLog();
  const profile = options.profile ?? freshDir('firefox-profile');
  const { uuid, inspectorUuid } = extensionUuids(profile, options.profile !== undefined);
  const display = options.headful ? await startDisplay() : null;
  if (options.sideloaded) {
    mkdirSync(join(profile, 'extensions'), { recursive: true });
    copyFileSync(builtPackage('firefox', flavour), join(profile, 'extensions', `${GECKO_IDS[flavour]}.xpi`));
  }
  const browser: Browser = await puppeteer.launch({
    browser: 'firefox',
    protocol: 'webDriverBiDi',
    executablePath: FIREFOX,
    headless: !display,
    ...(display ? { env: { ...process.env, DISPLAY: display.name } } : {}),
    // (puppeteer adds about:blank when every argument is a switch; the profile's folder given here is not one)
    ...(options.noStartPage ? { args: ['--remote-allow-system-access', '--profile', profile] } : { userDataDir: profile, args: ['--remote-allow-system-access'] }),
    protocolTimeout: PROTOCOL_TIMEOUT,
    // The help sites' throwaway certificate (support/test-tls.ts).
    acceptInsecureCerts: true,
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [GECKO_IDS[flavour]]: uuid, [INSPECTOR_ID]: inspectorUuid }),
      'extensions.webextOptionalPermissionPrompts': false,
      'intl.accept_languages': options.language ?? 'nl-NL, nl',
      'network.proxy.type': 1,
      'network.proxy.http': '127.0.0.1',
      'network.proxy.http_port': network.port,
      'network.proxy.ssl': '127.0.0.1',
      'network.proxy.ssl_port': network.port,
      'network.proxy.no_proxies_on': '',
      'network.proxy.allow_hijacking_localhost': true,
      ...(options.realPopup ? { 'extensions.openPopupWithoutUserGesture.enabled': true } : {}),
      // ESR loads an unsigned add-on with signatures off (profile scope: puppeteer's defaults enable it, never disabled).
      ...(options.sideloaded ? { 'xpinstall.signatures.required': false } : {}),
      ...options.prefs,
    },
  });
  if (!options.installedByPolicy && !options.sideloaded) await installExtension(browser, builtExtension('firefox', flavour), { privateBrowsing: options.privateBrowsing });
  const inspectorDir = inspectorExtension('firefox');
  writeFileSync(join(inspectorDir, 'inspector.html'), '<!doctype html><meta charset="utf-8"><script src="inspector.js"></script>');
  await installExtension(browser, inspectorDir, { privateBrowsing: true }); // the checker sees private windows too

  const origin = `moz-extension://${uuid}`;
  const inspectorOrigin = `moz-extension://${inspectorUuid}`;
  const extensionRequests: string[] = [];

  function watch(page: Page) {
    page.on('request', (request) => {
      const url = request.url();
      if (!url.startsWith(origin) && !url.startsWith(inspectorOrigin)) extensionRequests.push(url);
    });
  }

  // New tabs open in the most recent window; keep that an ordinary one, not a private help window.
  const [home] = await browser.pages();

  /** A tab on an extension page, for running code with that extension's APIs. */
  async function consolePage(url: string): Promise<Page> {
    if (home) await bounded('bringing the first tab to the front', home.bringToFront(), 5_000).catch(() => undefined);
    const page = await browser.newPage();
    await gotoExtensionPage(page, url);
    return page;
  }

  async function inBackground<T>(expression: string): Promise<T> {
    const page = await consolePage(`${origin}/popup.html?test-console`);
    try {
      // An extension page has the same APIs as the background page.
      return (await page.evaluate(expression)) as T;
    } finally {
      await page.close();
    }
  }

  async function openPopup(): Promise<Page> {
    const page = await browser.newPage();
    watch(page);
    try {
      await gotoExtensionPage(page, `${origin}/popup.html`);
      await page.waitForSelector('#app > .popup, #app > .popup--cover:not(.boot-shell)', { timeout: 10_000 });
    } catch (error) {
      await closePopup(page);
      throw error;
    }
    return page;
  }

  async function closePopup(popup: Page): Promise<void> {
    if (!popup.isClosed()) await bounded('closing the popup tab', popup.close(), 15_000);
    const page = await consolePage(`${inspectorOrigin}/inspector.html`);
    try {
      await page.evaluate(`(async () => {
        for (const entry of await browser.sessions.getRecentlyClosed({})) {
          if (entry.tab && entry.tab.url.startsWith(${JSON.stringify(origin)} + '/popup.html')) await browser.sessions.forgetClosedTab(entry.tab.windowId, entry.tab.sessionId);
        }
      })()`);
    } finally {
      await page.close();
    }
  }

  const traces = () => readTwice('reading the traces', tracesOnce, 30_000);

  async function tracesOnce(): Promise<Traces> {
    const page = await consolePage(`${inspectorOrigin}/inspector.html`);
    try {
      const found = (await page.evaluate('collectTraces()')) as Omit<Traces, 'storage'>;
      const own = (url: string) => url.startsWith(inspectorOrigin);
      return {
        ...found,
        openTabs: found.openTabs.filter((t) => !own(t.url)),
        recentlyClosed: found.recentlyClosed.filter((t) => !own(t.url) && !t.url.includes('?test-console')),
        storage: await inBackground<Traces['storage']>(
          '(async () => ({ local: await browser.storage.local.get(null), session: await browser.storage.session.get(null) }))()',
        ),
      };
    } finally {
      await bounded('closing the inspector tab', page.close(), 10_000).catch(() => undefined); // a page that hung must not hang the retry
    }
  }

  if (options.installedByPolicy || options.sideloaded) {
    // Firefox installs policy and sideloaded add-ons while it starts: wait until the extension answers.
    for (let attempt = 1; ; attempt++) {
      try {
        await inBackground('1');
        break;
      } catch (error) {
        if (attempt === 3) throw error;
      }
    }
  }

  return {
    kind: 'firefox',
    browser,
    display,
    origin,
    openPopup,
    closePopup,
    inBackground,
    traces,
    network,
    extensionRequests,
    async close() {
      await browser.close();
      await network.close();
      await display?.close();
      removeDirs(...(options.profile ? [] : [profile]), inspectorDir);
    },
  };
}
