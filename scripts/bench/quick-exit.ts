import { launchChromium } from '../../tests/e2e/support/chromium';
import { startHelpSite } from '../../tests/e2e/support/help-site';
import { median, round, type Figure } from './stats';

/**
 * Quick exit in real Chromium with a help site open in a private window, as a person has it:
 * from the trigger (the function the shortcut calls) to "help closed, safe page in front" and
 * to "cleaning finished", beside the time the browser takes to close one tab.
 */
export async function quickExitTimes(runs = 20): Promise<Figure[]> {
  const session = await launchChromium();
  const site = await startHelpSite();
  const hidden: number[] = [];
  const cleaned: number[] = [];
  const closeTab: number[] = [];
  try {
    await session.setIncognitoAccess(true);
    for (let i = -1; i < runs; i++) {
      const timings = await session.inBackground<{ hidden: number; cleaned: number; closeTab: number }>(`(async () => {
        const w = await chrome.windows.create({ url: ${JSON.stringify(site.url)}, incognito: true });
        await chrome.storage.session.set({ windows: { windows: [w.id], tabs: [], hosts: [${JSON.stringify(site.host)}] } });
        await new Promise((r) => setTimeout(r, 300));
        const exit = await stilleHulpQuickExit();
        const tab = await chrome.tabs.create({ url: 'about:blank', active: false });
        const t0 = performance.now();
        await chrome.tabs.remove(tab.id);
        return { ...exit, closeTab: performance.now() - t0 };
      })()`);
      if (i < 0) continue; // warm-up
      hidden.push(timings.hidden);
      cleaned.push(timings.cleaned);
      closeTab.push(timings.closeTab);
    }
  } finally {
    await session.close();
    await site.close();
  }
  return [
    { name: 'quick exit: help closed and safe page in front, median', value: round(median(hidden)), unit: 'ms', target: '< 100', runs },
    { name: 'quick exit: cleaning finished, median', value: round(median(cleaned)), unit: 'ms', target: '< 500', runs },
    { name: 'closing one tab (same run), median', value: round(median(closeTab)), unit: 'ms', runs },
    { name: 'hiding / closing one tab, ratio of medians', value: round(median(hidden) / median(closeTab)), unit: '×', target: '≤ 3', runs },
  ];
}
