import { render } from 'preact';
import { browser } from 'wxt/browser';
import { CoverGate } from '../../components/cover/CoverGate';
import { createCoverActions, firstCoverStage, type CoverStage } from '../../lib/calculator/cover-actions';
import { SERVICES } from '../../lib/directory/services';
import { FLAVOUR } from '../../lib/flavour';
import { coverFor, policyCoverActions, type CoverChoice } from '../../lib/policy/cover';
import { readPolicy } from '../../lib/policy/read';
import { languagePreference } from '../../lib/storage-items';
import { migrateStorageKeys } from '../../lib/storage-migration';

async function start() {
  performance.mark('popup-start');
  // Before anything is read: values stored under an earlier version's keys.
  await migrateStorageKeys(browser.storage.local).catch(() => []);
  const [stored, managed] = await Promise.all([
    languagePreference.getValue(),
    // The disguised flavour reads no policy, so this entry (and its bundle) names no setting
    // and holds no directory; the rest of the popup uses the defaults.
    FLAVOUR === 'disguised' ? null : readPolicy(browser.storage, new Set(SERVICES.map((s) => s.id))),
  ]);
  performance.mark('popup-settings-read');
  // The calculator in front: the disguised flavour's default, or set by an administrator.
  const coverChoice: CoverChoice = managed ? coverFor(managed.policy, FLAVOUR) : { kind: 'visitor' };
  const cover = coverChoice.kind === 'policy' ? policyCoverActions(coverChoice.code) : coverChoice.kind === 'visitor' ? await createCoverActions() : null;
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
