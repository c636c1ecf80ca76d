import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { KEEP_ACCESS_LOCAL_KEY, onPermissionsRemoved, PENDING_SITE_SESSION_KEY, type RemovedPermissionsBrowser } from '../../lib/background/permissions-removed';
import { keepPermissionsOnExit, pendingHelpSite } from '../../lib/storage-items';

const api = () =>
  ({
    runtime: { getManifest: () => ({ optional_permissions: ['history', 'browsingData', 'tabs'] }) },
    storage: fakeBrowser.storage,
  }) as unknown as RemovedPermissionsBrowser;

describe('permissions.onRemoved: she revokes the optional permissions in the browser (issue 26)', () => {
  beforeEach(() => fakeBrowser.reset());

  it('the keys agree with the storage registry', () => {
    expect(pendingHelpSite.key).toBe(`session:${PENDING_SITE_SESSION_KEY}`);
    expect(keepPermissionsOnExit.key).toBe(`local:${KEEP_ACCESS_LOCAL_KEY}`);
  });

  it('forgets the site waiting to open once permitted and switches "keep the permissions" off', async () => {
    await pendingHelpSite.setValue({ site: 'www.veiligthuis.nl', until: Date.now() + 60_000 });
    await keepPermissionsOnExit.setValue(true);
    await fakeBrowser.storage.local.set({ keypad: 'kept' });
    expect(await onPermissionsRemoved(api(), { permissions: ['history'] })).toBe(true);
    expect(await pendingHelpSite.getValue()).toBeNull();
    expect(await keepPermissionsOnExit.getValue()).toBe(false);
    expect(await fakeBrowser.storage.local.get(null)).toEqual({ keypad: 'kept' });
  });

  it('a permission the help does not use changes nothing', async () => {
    await keepPermissionsOnExit.setValue(true);
    expect(await onPermissionsRemoved(api(), { permissions: ['idle'] })).toBe(false);
    expect(await onPermissionsRemoved(api(), {})).toBe(false);
    expect(await keepPermissionsOnExit.getValue()).toBe(true);
  });
});
