import { render } from 'preact';
import { browser } from 'wxt/browser';
import { CoverGate } from '../../components/cover/CoverGate';
import { createCoverActions, firstCoverStage, type CoverActions, type CoverStage } from '../../lib/calculator/cover-actions';
import { SERVICES } from '../../lib/directory/services';
import { emptyCopiedClipboard } from '../../lib/popup/clipboard';
import { closePopupOnQuickExit, type PopupViews } from '../../lib/popup/close-on-exit';
import { FLAVOUR } from '../../lib/flavour';
import { coverFor, policyCoverActions, type CoverChoice } from '../../lib/policy/cover';
import { readPolicy } from '../../lib/policy/read';
import type { PolicyResult } from '../../lib/policy/types';
import { languagePreference } from '../../lib/storage-items';
import { migrateStorageKeys } from '../../lib/storage-migration';

/**
 * The administrator's settings and the calculator in front. Decided by flavour at build time:
 * the disguised build keeps only its first line, so its entry script (the one DevTools shows
 * first) reads no policy and names no setting, terminal or directory.
 */
async function readSettingsAndCover(): Promise<{ managed: PolicyResult | null; cover: CoverActions | null }> {
  if (FLAVOUR === 'disguised') return { managed: null, cover: await createCoverActions() };
  const managed = await readPolicy(browser.storage, new Set(SERVICES.map((s) => s.id)));
  // The calculator in front when an administrator set it.
  const choice: CoverChoice = coverFor(managed.policy, FLAVOUR);
  const cover = choice.kind === 'policy' ? policyCoverActions(choice.code) : choice.kind === 'visitor' ? await createCoverActions() : null;
  return { managed, cover };
}

async function start() {
  performance.mark('popup-start');
  // A number copied before a quick exit by shortcut (which cannot reach the clipboard) goes now.
  void emptyCopiedClipboard(navigator.clipboard);
  // The quick-exit key while this popup is open: Firefox would leave it open.
  closePopupOnQuickExit(window, browser.extension as unknown as PopupViews);
  // Before anything is read: values stored under an earlier version's keys.
  await migrateStorageKeys(browser.storage.local).catch(() => []);
  const [stored, { managed, cover }] = await Promise.all([languagePreference.getValue(), readSettingsAndCover()]);
  performance.mark('popup-settings-read');
  const root = document.getElementById('app')!;
  const showRest = async (stage: CoverStage) => (await import('./help')).showRest(root, { stored, managed, cover, stage });
  const stage = firstCoverStage(cover);
  if (stage === 'calculator' && cover) {
    render(<CoverGate cover={cover} onOpen={(next) => void showRest(next)} />, root);
    performance.mark('popup-rendered');
  } else {
    await showRest(stage);
  }
}

void start();
