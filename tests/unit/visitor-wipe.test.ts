import { describe, expect, it, vi } from 'vitest';
import { keepTerminalPolicy } from '../../lib/policy/terminal';
import { startVisitorWipe, type VisitorWipeBrowser } from '../../lib/policy/visitor-wipe';

function fakeIdle() {
  const listeners = new Set<(state: string) => void>();
  const api: VisitorWipeBrowser = {
    idle: {
      setDetectionInterval: vi.fn(),
      onStateChanged: { addListener: (l) => listeners.add(l), removeListener: (l) => listeners.delete(l) },
    },
  };
  return { api, emit: (state: string) => listeners.forEach((l) => l(state)), listeners };
}

describe('wiping between visitors', () => {
  it('wipes at browser start in ephemeral mode only', () => {
    const wipe = vi.fn(async () => undefined);
    startVisitorWipe(fakeIdle().api, { ephemeral: true, idleWipeMinutes: null }, wipe, { atBrowserStart: true });
    expect(wipe).toHaveBeenCalledWith('browser-start');
    const noWipe = vi.fn(async () => undefined);
    startVisitorWipe(fakeIdle().api, { ephemeral: false, idleWipeMinutes: null }, noWipe, { atBrowserStart: true });
    startVisitorWipe(fakeIdle().api, { ephemeral: true, idleWipeMinutes: null }, noWipe, { atBrowserStart: false });
    expect(noWipe).not.toHaveBeenCalled();
  });

  it('wipes when the machine is idle for the set minutes or locked, not when it becomes active', () => {
    const { api, emit } = fakeIdle();
    const wipe = vi.fn(async () => undefined);
    startVisitorWipe(api, { ephemeral: false, idleWipeMinutes: 10 }, wipe, { atBrowserStart: false });
    expect(api.idle.setDetectionInterval).toHaveBeenCalledWith(600);
    emit('active');
    expect(wipe).not.toHaveBeenCalled();
    emit('idle');
    emit('locked');
    expect(wipe.mock.calls).toEqual([['idle'], ['locked']]);
  });

  it('listens to nothing without idle minutes, and stops listening when the policy changes', () => {
    const none = fakeIdle();
    startVisitorWipe(none.api, { ephemeral: true, idleWipeMinutes: null }, vi.fn(async () => undefined), { atBrowserStart: false });
    expect(none.listeners.size).toBe(0);
    const some = fakeIdle();
    const stop = startVisitorWipe(some.api, { ephemeral: false, idleWipeMinutes: 1 }, vi.fn(async () => undefined), { atBrowserStart: false });
    expect(some.api.idle.setDetectionInterval).toHaveBeenCalledWith(60);
    stop();
    expect(some.listeners.size).toBe(0);
  });
});

describe('the policy of a terminal, kept in the background', () => {
  function fakeTerminal(managed: Record<string, unknown>) {
    const idle = fakeIdle();
    const changeListeners: Array<(changes: Record<string, unknown>, area: string) => void> = [];
    const api = {
      ...idle.api,
      storage: {
        managed: { get: vi.fn(async () => managed) },
        onChanged: { addListener: (l: (changes: Record<string, unknown>, area: string) => void) => void changeListeners.push(l) },
      },
    };
    const changePolicy = (next: Record<string, unknown>) => {
      managed = next;
      changeListeners.forEach((l) => l({}, 'managed'));
    };
    return { api, changePolicy };
  }
  const settle = () => new Promise((r) => setTimeout(r, 0));

  it('wipes once for a new visit, also when Chromium delivers the policy only after start-up', async () => {
    const { api, changePolicy } = fakeTerminal({});
    const wipe = vi.fn(async () => undefined);
    const terminal = keepTerminalPolicy(api, new Set(), wipe);
    terminal.newVisit();
    await settle();
    expect(wipe).not.toHaveBeenCalled(); // no policy yet: not a terminal as far as we know
    changePolicy({ ephemeral: true });
    await settle();
    expect(terminal.current().ephemeral).toBe(true);
    expect(wipe.mock.calls).toEqual([['browser-start']]);
    changePolicy({ ephemeral: true, idleWipeMinutes: 5 });
    await settle();
    expect(wipe.mock.calls).toEqual([['browser-start']]); // one visit, one wipe
  });

  it('does not wipe a home computer (no ephemeral policy) at browser start', async () => {
    const { api } = fakeTerminal({ defaultLanguage: 'en' });
    const wipe = vi.fn(async () => undefined);
    keepTerminalPolicy(api, new Set(), wipe).newVisit();
    await settle();
    expect(wipe).not.toHaveBeenCalled();
  });
});
