import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { exitVisit } from '../../lib/background/visitor';
import { track, forgetHelpMemory } from '../../lib/quick-exit/tracking';
import { DEFAULT_POLICY, type Policy } from '../../lib/policy/types';
import { fakeApi, resetQuickExitWorld } from './quick-exit-fake';

beforeEach(resetQuickExitWorld);

const settle = () => new Promise((done) => setTimeout(done, 0));

describe('a quick exit in a worker the key just woke', () => {
  it('asks for the windows and the help record while the policy is still being read, and hides with the policy safe page', async () => {
    const { api, calls } = fakeApi();
    await track({ tab: 7, host: 'help.example' });
    forgetHelpMemory(); // a new worker: nothing in memory, the record only in session storage
    const sessionGet = vi.spyOn(fakeBrowser.storage.session, 'get');
    let readPolicy: (policy: Policy) => void = () => undefined;
    const policy = new Promise<Policy>((done) => (readPolicy = done));

    const exit = exitVisit(api, policy);
    await settle();
    // Still no policy: everything else hiding needs was asked for at once, and nothing was hidden yet.
    expect(api.windows.getAll).toHaveBeenCalled();
    expect(sessionGet).toHaveBeenCalled();
    expect(calls.filter((c) => c.startsWith('tabs.'))).toEqual([]);

    readPolicy({ ...DEFAULT_POLICY, safePage: 'https://safe.example/' });
    await exit;
    expect(calls).toContain('tabs.create https://safe.example/ in 1');
    expect(calls).toContain('tabs.remove 7');
    expect(calls.indexOf('tabs.create https://safe.example/ in 1')).toBeLessThan(calls.indexOf('tabs.remove 7'));
  });
});
