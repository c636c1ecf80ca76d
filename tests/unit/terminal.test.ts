import { describe, expect, it, vi } from 'vitest';
import { createTerminal, idleIntervalSeconds } from '../../lib/background/terminal';

function fakeTerminal(managed: Record<string, unknown>) {
  const api = {
    idle: { setDetectionInterval: vi.fn() },
    storage: { managed: { get: vi.fn(async () => managed) } },
  };
  const wipe = vi.fn(async () => undefined);
  const terminal = createTerminal(api, new Set(), wipe);
  const setPolicy = (next: Record<string, unknown>) => {
    managed = next;
  };
  return { api, wipe, terminal, setPolicy };
}

describe('wiping between visitors of a public terminal', () => {
  it('wipes when the machine is idle for the set minutes or locked, not when it becomes active', async () => {
    const { terminal, wipe } = fakeTerminal({ idleWipeMinutes: 10 });
    await terminal.onIdleState('active');
    expect(wipe).not.toHaveBeenCalled();
    await terminal.onIdleState('idle');
    await terminal.onIdleState('locked');
    expect(wipe.mock.calls).toEqual([['idle'], ['locked']]);
  });

  it('reads the policy inside the idle handler: a freshly woken worker wipes without having read it before', async () => {
    const { terminal, wipe, api } = fakeTerminal({ idleWipeMinutes: 1 });
    // No onWorkerStart, no earlier event: the very first thing this worker sees is the idle event.
    await terminal.onIdleState('idle');
    expect(api.storage.managed.get).toHaveBeenCalled();
    expect(wipe.mock.calls).toEqual([['idle']]);
  });

  it('never wipes on idle without idle minutes in the policy', async () => {
    const { terminal, wipe } = fakeTerminal({ ephemeral: true });
    await terminal.onIdleState('idle');
    await terminal.onIdleState('locked');
    expect(wipe).not.toHaveBeenCalled();
  });

  it('sets the idle interval from the policy at each worker start and policy change', async () => {
    const { terminal, api, setPolicy } = fakeTerminal({ idleWipeMinutes: 10 });
    await terminal.onWorkerStart();
    expect(api.idle.setDetectionInterval).toHaveBeenLastCalledWith(600);
    setPolicy({ idleWipeMinutes: 1 });
    await terminal.onPolicyChanged();
    expect(api.idle.setDetectionInterval).toHaveBeenLastCalledWith(60);
    expect(idleIntervalSeconds(0.1)).toBe(15);
  });

  it('wipes once for a new visit, also when Chromium delivers the policy only after start-up', async () => {
    const { terminal, wipe, setPolicy } = fakeTerminal({});
    await terminal.onNewVisit();
    expect(wipe).not.toHaveBeenCalled(); // no policy yet: not a terminal as far as we know
    setPolicy({ ephemeral: true });
    await terminal.onPolicyChanged();
    expect(wipe.mock.calls).toEqual([['browser-start']]);
    setPolicy({ ephemeral: true, idleWipeMinutes: 5 });
    await terminal.onPolicyChanged();
    expect(wipe.mock.calls).toEqual([['browser-start']]); // one visit, one wipe
  });

  it('does not wipe a home computer (no ephemeral policy) at browser start', async () => {
    const { terminal, wipe } = fakeTerminal({ defaultLanguage: 'en' });
    await terminal.onNewVisit();
    expect(wipe).not.toHaveBeenCalled();
  });
});
