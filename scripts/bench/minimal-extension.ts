import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * The floor for the quick-exit key: an extension that does nothing but listen for the same key
 * and close the tabs recorded in session storage, with the same clock marks as the real one.
 * What it measures is the browser's own cost of waking a worker and closing a tab.
 */
export function minimalExtension(): string {
  const dir = mkdtempSync(join(tmpdir(), 'bench-floor-'));
  writeFileSync(
    join(dir, 'manifest.json'),
    JSON.stringify({
      manifest_version: 3,
      name: 'Bench floor',
      version: '1.0',
      permissions: ['storage'],
      background: { service_worker: 'background.js' },
      commands: { leave: { suggested_key: { default: 'Ctrl+Shift+1' }, description: 'Close' } },
    }),
  );
  writeFileSync(
    join(dir, 'background.js'),
    `const startedAt = Date.now();
chrome.commands.onCommand.addListener(async () => {
  const heard = Date.now();
  const { windows } = await chrome.storage.session.get('windows');
  await chrome.tabs.remove(windows.tabs);
  globalThis.stilleHulpLastKey = { origin: performance.timeOrigin, startedAt, heard, hiddenAt: Date.now() };
});
`,
  );
  return dir;
}
