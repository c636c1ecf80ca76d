// EXPERIMENT (not for commit): why the help site's storage survives crash cleaning.
import { execFileSync } from 'node:child_process';
import type { Browser } from 'puppeteer-core';
import { describe, expect, it } from 'vitest';
import { launchChromium } from './support/chromium';
import { siteStorage, startHelpSite } from './support/help-site';
import { freshDir, removeDirs } from './support/paths';
import { withPopup } from './support/popup-page';

const WAIT = Number(process.env.WAIT_BEFORE_KILL ?? 0);
const MODE = process.env.CRASH_MODE ?? 'clean';
const t0 = Date.now();
const log = (...a: unknown[]) => console.log(`[${((Date.now() - t0) / 1000).toFixed(1)}s]`, ...a);
const inspect = (profile: string, label: string, host: string) => log(execFileSync('bash', ['-c', '/tmp/crash-exp/inspect.sh "$0" "$1" "$2" 2>&1', profile, label, host]).toString());

async function cdpStorage(browser: Browser, origin: string) {
  const page = await browser.newPage();
  try {
    const cdp = await page.createCDPSession();
    await cdp.send('DOMStorage.enable');
    const ls = await cdp.send('DOMStorage.getDOMStorageItems', { storageId: { securityOrigin: origin, isLocalStorage: true } }).catch((e) => String(e));
    const idb = await cdp.send('IndexedDB.requestDatabaseNames', { securityOrigin: origin }).catch((e) => String(e));
    const usage = await cdp.send('Storage.getUsageAndQuota', { origin }).catch((e) => String(e));
    return { ls, idb, usage: typeof usage === 'string' ? usage : usage.usageBreakdown.filter((u) => u.usage > 0) };
  } finally {
    await page.close();
  }
}

describe('crash probe', () => {
  it('probe', async () => {
    const profile = freshDir('crashprobe-profile');
    const help = await startHelpSite();
    let session = await launchChromium({ headful: true, profile });
    try {
      const popup = await session.openPopup();
      await popup.click('[data-site="veiligthuis.nl"]');
      await popup.waitForSelector('[data-testid="allow-permissions"]');
      await popup.click('[data-testid="allow-permissions"]');
      await expect.poll(() => popup.isClosed()).toBe(true);
      const granted = () => session.inBackground<boolean>("chrome.permissions.contains({ permissions: ['history', 'browsingData', 'tabs'] })");
      await expect
        .poll(async () => (await granted()) || (await session.display!.pressKeys('Tab', 'Return').then(() => false)), { timeout: 20_000, interval: 1000 })
        .toBe(true);
      await withPopup(session, async (p) =>
        void p.page
          .evaluate((url) => (globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } } }).chrome.runtime.sendMessage({ type: 'open-page', site: url, mode: 'tab' }), help.url)
          .catch(() => undefined),
      );
      const tab = await (await session.browser.waitForTarget((t) => t.url() === help.url, { timeout: 20_000 })).asPage();
      await tab.waitForSelector('a[href="/chat"]');
      await Promise.all([tab.waitForNavigation(), tab.click('a[href="/chat"]')]);
      await expect.poll(async () => (await session.traces()).cookies.filter((c) => c.name === 'helpvisit').length, { timeout: 10_000 }).toBe(1);
      log('site visited; waiting', WAIT);
      if (process.env.WAIT_PREFS) {
        const { readFileSync } = await import('node:fs');
        const onDisk = () => { try { return JSON.stringify(JSON.parse(readFileSync(`${profile}/Default/Preferences`, 'utf8')).extensions.settings[session.extensionId].granted_permissions.api).includes('browsingData'); } catch { return false; } };
        await expect.poll(onDisk, { timeout: 60_000, interval: 200 }).toBe(true);
        log('grant on disk');
      }
      if (process.env.WAIT_DATA) {
        const { readFileSync, readdirSync, existsSync } = await import('node:fs');
        const has = (path: string, text: string) => { try { return readFileSync(path).includes(text); } catch { return false; } };
        const dirHas = (dir: string, text: string) => { try { return readdirSync(dir).some((f) => has(`${dir}/${f}`, text)); } catch { return false; } };
        const state = () => ({
          cookie: has(`${profile}/Default/Cookies`, 'helpvisit'),

          localStorage: dirHas(`${profile}/Default/Local Storage/leveldb`, 'visited'),
          indexedDB: existsSync(`${profile}/Default/IndexedDB/https_${help.host}_0.indexeddb.leveldb`),
        });
        let seen = '';
        await expect.poll(() => { const now = JSON.stringify(state()); if (now !== seen) log('disk', (seen = now)); return Object.values(state()).every(Boolean); }, { timeout: 45_000, interval: 500 }).toBe(true);
        log('data on disk', JSON.stringify(state()));
      }
      await new Promise((r) => setTimeout(r, WAIT));
      const browserProcess = session.browser.process()!;
      const exited = new Promise((done) => browserProcess.once('exit', done));
      browserProcess.kill('SIGKILL');
      await exited;
      log('killed');
      await session.display?.close();
      await session.network.close();
      inspect(profile, 'after-kill', help.host);

      if (MODE === 'clean') {
        session = await launchChromium({ profile });
        log('relaunched');
        let last = '';
        await expect.poll(async () => {
          const keys = Object.keys(await session.inBackground("chrome.storage.local.get(null)"));
          const g = await granted();
          const now = JSON.stringify({ granted: g, keys });
          if (now !== last) log('state', (last = now));
          return !g && !keys.includes('r');
        }, { timeout: 60_000, interval: 250 }).toBe(true);
        log('cleaning done');
        log('traces', JSON.stringify(await session.traces()));
        const insp = await (await session.browser.waitForTarget((t) => t.type() === 'service_worker' && t.url().endsWith('/inspector.js'))).worker();
        const closedUrls = await insp!.evaluate(`(async () => { const out = []; for (const e of await chrome.sessions.getRecentlyClosed({})) { if (e.tab) out.push(e.tab.url); if (e.window) for (const t of e.window.tabs) out.push(t.url); } return out; })()`) as string[];
        log('recently closed urls', JSON.stringify(closedUrls));
        for (let round = 0; round < 4; round++) {
          const urls = (await insp!.evaluate(`(async () => { const out = []; for (const e of await chrome.sessions.getRecentlyClosed({})) { if (e.tab) out.push(e.tab.url); if (e.window) for (const t of e.window.tabs) out.push(t.url); } return out; })()`) as string[]).filter((u) => u.includes(help.host));
          log('round', round, 'help urls in recently closed', JSON.stringify(urls));
          if (!urls.length) break;
          for (const url of urls) await insp!.evaluate(`(async () => { await chrome.history.addUrl({ url: ${JSON.stringify(url)} }); await chrome.history.deleteUrl({ url: ${JSON.stringify(url)} }); })()`);
        }
        await session.close();
        log('closed normally');
        inspect(profile, 'after-clean', help.host);
        session = await launchChromium({ profile });
        log('cdp storage after 2nd restart', JSON.stringify(await cdpStorage(session.browser, `https://${help.host}`)));
        log('probe page', JSON.stringify(await siteStorage(session.browser, help)));
      }
    } finally {
      await session.close().catch(() => undefined);
      await help.close();
      if (!process.env.KEEP) removeDirs(profile);
    }
  }, 240_000);
});
