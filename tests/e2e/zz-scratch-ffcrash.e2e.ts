import { rmSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import puppeteer from 'puppeteer-core';
import { describe, expect, it } from 'vitest';
import { GECKO_IDS } from '../../lib/build/manifest';
import { FIREFOX, launchFirefox, type FirefoxSession } from './support/firefox';
import { startHelpSite } from './support/help-site';
import { readMozLz4 } from './support/mozlz4';
import { freshDir } from './support/paths';
import { withPopup } from './support/popup-page';
import { startNetworkLog } from './support/network-log';
import { startDisplay } from './support/xvfb';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';

const P = { 'browser.sessionstore.resume_from_crash': true, 'browser.sessionstore.interval': 2000 };
const MODE = process.env.SCRATCH_MODE ?? 'none';

describe('scratch', () => {
  it('control: what Firefox restores without the extension', async () => {
    const profile = freshDir('ff-scratch');
    const help = await startHelpSite();
    const session: FirefoxSession = await launchFirefox({ profile, sideloaded: true, headful: true, prefs: P });
    await withPopup(session, async (popup) => {
      await (await popup.page.waitForSelector('[data-site="veiligthuis.nl"]', { visible: true }))!.click();
      await popup.page.waitForSelector('[data-testid="allow-permissions"]');
      await popup.page.click('[data-testid="allow-permissions"]');
    });
    await withPopup(session, async (popup) => {
      await popup.page.evaluate((url) => (globalThis as any).browser.runtime.sendMessage({ type: 'open-page', site: url, mode: 'tab' }), help.url);
    });
    const findTab = async () => (await session.browser.pages()).find((p) => p.url() === help.url);
    await expect.poll(findTab, { timeout: 20_000 }).toBeDefined();
    const tab = (await findTab())!;
    await tab.waitForSelector('a[href="/chat"]');
    await Promise.all([tab.waitForNavigation(), tab.click('a[href="/chat"]')]);
    await expect.poll(() => (readMozLz4(join(profile, 'sessionstore-backups', 'recovery.jsonlz4')) ?? '').includes(`${help.host}/chat`), { timeout: 30_000 }).toBe(true);
    await (await session.browser.pages()).find((p) => p.url().includes(help.host))!.bringToFront();
    await new Promise((r) => setTimeout(r, 5000));
    console.info(require('node:child_process').execSync(`cd ${profile} && find . -newer user.js -type f | grep -v cache2 | head -80; grep -l helpvisit cookies.sqlite* ; grep -l hulp-1.test places.sqlite*; grep -rl history extension-store* extension-pref* 2>/dev/null`).toString());
    console.info('before crash tabs', (await session.traces()).openTabs);
    const proc = session.browser.process()!;
    const exited = new Promise((d) => proc.once('exit', d));
    proc.kill('SIGKILL');
    await exited;
    await session.display?.close();
    await session.network.close();
    const n = help.visits.length;
    if (MODE === 'none') rmSync(join(profile, 'extensions', `${GECKO_IDS.open}.xpi`));
    console.info('user.js', readFileSync(join(profile, 'user.js'), 'utf8').split('\n').filter((l) => /sessionstore|startup/.test(l)));
    const network = await startNetworkLog();
    const display = await startDisplay();
    const browser = await puppeteer.launch({
      browser: 'firefox', protocol: 'webDriverBiDi', executablePath: FIREFOX, headless: false,
      env: { ...process.env, DISPLAY: display.name }, args: ['--remote-allow-system-access', '--profile', profile], acceptInsecureCerts: true,
      extraPrefsFirefox: {
        ...P,
        'network.proxy.type': 1, 'network.proxy.http': '127.0.0.1', 'network.proxy.http_port': network.port,
        'network.proxy.ssl': '127.0.0.1', 'network.proxy.ssl_port': network.port, 'network.proxy.no_proxies_on': '', 'network.proxy.allow_hijacking_localhost': true,
        'xpinstall.signatures.required': false,
      },
    });
    for (let i = 0; i < 8; i++) {
      console.info(i, 'pages', (await browser.pages()).map((p) => p.url()), 'visits', help.visits.slice(n), network.requests);
      await promisify(execFile)('sh', ['-c', `xwd -root -silent | xwdtopnm 2>/dev/null | pnmtopng > /work/shots/s7/scratch-${MODE}-${i}.png`], { env: { ...process.env, DISPLAY: display.name } });
      await new Promise((r) => setTimeout(r, 1500));
    }
    const prefs = readFileSync(join(profile, 'prefs.js'), 'utf8').split('\n').filter((l) => /sessionstore|resume/.test(l));
    console.info('prefs.js', prefs);
    await browser.close();
    await display.close();
    await network.close();
    await help.close();
  }, 180_000);
});
