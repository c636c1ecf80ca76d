import { render } from 'preact';
import { browser } from 'wxt/browser';
import { CoverGate } from '../../components/cover/CoverGate';
import { createCoverActions, firstCoverStage, type CoverStage } from '../../lib/calculator/cover-actions';
import { NO_POLICY } from '../../lib/calculator/no-policy';
import { SERVICES } from '../../lib/directory/services';
import { FLAVOUR } from '../../lib/flavour';
import { coverFor, policyCoverActions } from '../../lib/policy/cover';
import { readPolicy } from '../../lib/policy/read';
import { languagePreference } from '../../lib/storage-items';
import { migrateStorageKeys } from '../../lib/storage-migration';

async function start() {
  performance.mark('popup-start');
  // Before anything is read: values stored under an earlier version's keys.
  await migrateStorageKeys(browser.storage.local).catch(() => []);
  const [stored, { policy, report }] = await Promise.all([
    languagePreference.getValue(),
    // The disguised flavour reads no policy, so this entry (and its bundle) holds no directory.
    FLAVOUR === 'disguised' ? NO_POLICY : readPolicy(browser.storage, new Set(SERVICES.map((s) => s.id))),
  ]);
  performance.mark('popup-settings-read');
  // The calculator in front: the disguised flavour's default, or set by an administrator.
  const coverChoice = coverFor(policy, FLAVOUR);
  const cover = coverChoice.kind === 'policy' ? policyCoverActions(coverChoice.code) : coverChoice.kind === 'visitor' ? await createCoverActions() : null;
  const root = document.getElementById('app')!;
  const showHelp = async (stage: CoverStage) => (await import('./help')).showHelp(root, { stored, policy, report, cover, stage });
  const stage = firstCoverStage(cover);
  if (stage === 'calculator' && cover) {
    render(<CoverGate cover={cover} onOpen={(next) => void showHelp(next)} />, root);
    performance.mark('popup-rendered');
  } else {
    await showHelp(stage);
  }
}

void start();
