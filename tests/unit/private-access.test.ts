import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { LANGUAGES } from '../../lib/i18n/languages';
import { BROWSER_WORDS, browserWords } from '../../lib/privacy/browser-words';
import { createPrivateAccess, privateAccessSettingsUrl, RETURN_CHECK_MS, type PrivateAccessBrowser } from '../../lib/privacy/private-access';
import { privateAccessShownAt, STORAGE_ITEMS } from '../../lib/storage-items';

function fakeApi(allowed: boolean | (() => Promise<boolean>)) {
  const seenAtOpen: unknown[] = [];
  const api: PrivateAccessBrowser = {
    extension: { isAllowedIncognitoAccess: typeof allowed === 'function' ? allowed : async () => allowed },
    tabs: {
      create: vi.fn(async () => {
        // What is stored the moment the tab opens (the popup closes right then).
        seenAtOpen.push(await privateAccessShownAt.getValue());
        return {};
      }),
    },
    runtime: { id: 'abcdefghijklmnop' },
  };
  return { api, seenAtOpen };
}

beforeEach(() => fakeBrowser.reset());

describe('the way to private windows', () => {
  it("Chromium: the extension's own details page; Firefox: none (an extension may not open about:addons)", () => {
    expect(privateAccessSettingsUrl('chromium', 'abc')).toBe('chrome://extensions/?id=abc');
    expect(privateAccessSettingsUrl('firefox', 'abc')).toBeNull();
  });

  it('Chromium: remembers the moment before the settings tab opens, since the popup closes then', async () => {
    const { api, seenAtOpen } = fakeApi(false);
    const access = createPrivateAccess(api, 'chromium', privateAccessShownAt, () => 1_000);
    expect(await access.openSettings()).toBe(true);
    expect(api.tabs.create).toHaveBeenCalledWith({ url: 'chrome://extensions/?id=abcdefghijklmnop', active: true });
    expect(seenAtOpen).toEqual([{ at: 1_000, tried: true }]);
  });

  it('Firefox: opens nothing and says so', async () => {
    const { api } = fakeApi(false);
    const access = createPrivateAccess(api, 'firefox', privateAccessShownAt);
    expect(await access.openSettings()).toBe(false);
    expect(api.tabs.create).not.toHaveBeenCalled();
  });

  it('a refused tab is a clear false, not a crash', async () => {
    const { api } = fakeApi(false);
    api.tabs.create = async () => {
      throw new Error('Cannot access a chrome:// URL');
    };
    expect(await createPrivateAccess(api, 'chromium', privateAccessShownAt).openSettings()).toBe(false);
  });
});

describe('coming back from the browser settings', () => {
  it('says nothing when she was not sent there', async () => {
    const { api } = fakeApi(true);
    expect(await createPrivateAccess(api, 'chromium', privateAccessShownAt).takeReturn()).toBeNull();
  });

  it('reports what the browser says now, once', async () => {
    let now = 5_000;
    let on = false;
    const { api } = fakeApi(async () => on);
    const access = createPrivateAccess(api, 'chromium', privateAccessShownAt, () => now);
    await access.markShown();
    now += 60_000;
    on = true;
    expect(await access.takeReturn()).toBe(true);
    expect(await access.takeReturn()).toBeNull();
    expect(await privateAccessShownAt.getValue()).toBeNull();

    on = false;
    await access.openSettings();
    expect(await access.takeReturn()).toBe(false);
  });

  it('having only seen the steps is not trying: no "not yet" next time, but a success is told', async () => {
    let on = false;
    const { api } = fakeApi(async () => on);
    const access = createPrivateAccess(api, 'firefox', privateAccessShownAt, () => 5_000);
    await access.markShown();
    expect(await access.takeReturn()).toBeNull();

    await access.markShown();
    on = true;
    expect(await access.takeReturn()).toBe(true);
  });

  it('she is trying once she opened the settings or asked and heard "not yet"; a later showing keeps that', async () => {
    let now = 5_000;
    const { api } = fakeApi(false);
    const access = createPrivateAccess(api, 'chromium', privateAccessShownAt, () => now);
    await access.markShown(true);
    now += 1_000;
    await access.markShown(); // another screen shows the steps again
    expect(await access.takeReturn()).toBe(false);

    await access.openSettings();
    expect(await privateAccessShownAt.getValue()).toEqual({ at: now, tried: true });
    expect(await access.takeReturn()).toBe(false);

    // A "tried" older than the window does not carry over to a new showing.
    await access.markShown(true);
    now += RETURN_CHECK_MS + 1;
    await access.markShown();
    expect(await access.takeReturn()).toBeNull();
  });

  it('a moment stored by an earlier version (a plain number) counts as only shown', async () => {
    const { api } = fakeApi(false);
    await privateAccessShownAt.setValue(5_000);
    expect(await createPrivateAccess(api, 'chromium', privateAccessShownAt, () => 6_000).takeReturn()).toBeNull();
    expect(await privateAccessShownAt.getValue()).toBeNull();
  });

  it('an old visit (or a clock set back) is forgotten without a report', async () => {
    let now = 10 * RETURN_CHECK_MS;
    const { api } = fakeApi(true);
    const access = createPrivateAccess(api, 'firefox', privateAccessShownAt, () => now);
    await access.markShown();
    now += RETURN_CHECK_MS + 1;
    expect(await access.takeReturn()).toBeNull();
    await access.markShown();
    now -= 2 * RETURN_CHECK_MS;
    expect(await access.takeReturn()).toBeNull();
  });

  it('a browser that cannot say counts as not allowed', async () => {
    const { api } = fakeApi(() => Promise.reject(new Error('gone')));
    const access = createPrivateAccess(api, 'chromium', privateAccessShownAt);
    await access.markShown(true);
    expect(await access.takeReturn()).toBe(false);
  });

  it('the moment is registered, neutral in name, and removed by quick exit', () => {
    const item = STORAGE_ITEMS.find((i) => i.key === 'local:settingsAt');
    expect(item).toEqual(expect.objectContaining({ keep: false }));
  });
});

describe("the browsers' own words", () => {
  it('exist for every language of the popup, none empty', () => {
    for (const { code } of LANGUAGES) {
      expect(BROWSER_WORDS[code], code).toBeDefined();
      for (const [name, word] of Object.entries(BROWSER_WORDS[code]!)) expect(word.trim(), `${code}.${name}`).not.toBe('');
    }
  });

  it("are the browsers' words, not ours (spot checks against Chromium 156 and Firefox 153)", () => {
    expect(browserWords('nl').chromiumAllowIncognito).toBe('Toestaan in incognitomodus');
    expect(browserWords('nl').firefoxRunInPrivate).toBe('Uitvoeren in privévensters');
    expect(browserWords('en').firefoxAllow).toBe('Allow');
    expect(browserWords('tr').firefoxRunInPrivate).toBe('Gizli pencerede çalışabilir');
  });

  it('fall back to English for a language without them, and to the base of a regional code', () => {
    expect(browserWords('de')).toBe(BROWSER_WORDS.en);
    expect(browserWords('nl-BE')).toBe(BROWSER_WORDS.nl);
  });
});
