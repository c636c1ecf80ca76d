import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { closePopupOnQuickExit } from '../../lib/popup/close-on-exit';
import { cleaningPending } from '../../lib/storage-items';

beforeEach(() => fakeBrowser.reset());

const settle = () => new Promise((done) => setTimeout(done, 0));

describe('the toolbar popup during a quick exit by key', () => {
  it('closes itself when the quick exit marks its cleaning', async () => {
    const popup = { close: vi.fn() };
    closePopupOnQuickExit(popup, { getViews: () => [popup as unknown as Window] });
    await cleaningPending.setValue(1);
    await settle();
    expect(popup.close).toHaveBeenCalledOnce();
  });

  it('stays open when the mark goes again (the end of a cleaning it was opened during)', async () => {
    await cleaningPending.setValue(1);
    const popup = { close: vi.fn() };
    closePopupOnQuickExit(popup, { getViews: () => [popup as unknown as Window] });
    await cleaningPending.removeValue();
    await settle();
    expect(popup.close).not.toHaveBeenCalled();
  });

  it('leaves the same page opened in a tab alone', async () => {
    const tab = { close: vi.fn() };
    closePopupOnQuickExit(tab, { getViews: () => [] });
    await cleaningPending.setValue(1);
    await settle();
    expect(tab.close).not.toHaveBeenCalled();
  });
});
