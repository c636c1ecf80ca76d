import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { decryptText, deriveKey, exportRawKey, newKeySpec, parseEnvelope } from '../../lib/vault/crypto';
import { acceptHandoffs, HANDOFF_PORT, openHandoffChannel, type HandoffRuntime } from '../../lib/vault/handoff-channel';
import { HANDOFF_TYPE, PLAN_VAULT_LOCAL_KEY, storeHandoffInPolicyArea, type PlanHandoff } from '../../lib/vault/handoff';

/** A runtime whose ports are connected to a fake background; `stopWorker` closes them all. */
function fakeRuntime() {
  const received: unknown[] = [];
  const sent: unknown[] = [];
  const open = new Set<{ disconnect(): void }>();
  let connects = 0;
  const runtime: HandoffRuntime = {
    connect({ name }) {
      connects++;
      const disconnectListeners: Array<() => void> = [];
      const port = {
        name,
        postMessage: (m: unknown) => void received.push(m),
        onMessage: { addListener: () => undefined },
        onDisconnect: { addListener: (l: () => void) => void disconnectListeners.push(l) },
        disconnect: () => {
          open.delete(port);
          disconnectListeners.forEach((l) => l());
        },
      };
      open.add(port);
      return port;
    },
    sendMessage: async (m) => void sent.push(m),
  };
  return { runtime, received, sent, stopWorker: () => [...open].forEach((p) => p.disconnect()), connects: () => connects };
}

const message: PlanHandoff = { type: HANDOFF_TYPE, key: 'k', salt: 's', iterations: 1, turn: 't', plaintext: 'plan' };

describe('the plan hand-over channel', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('sends the last change on the open port', () => {
    const fake = fakeRuntime();
    openHandoffChannel(fake.runtime).send(message);
    expect(fake.received).toEqual([message]);
  });

  it('opens the port again when the service worker stopped, so the hand-over reaches a running worker', () => {
    const fake = fakeRuntime();
    const channel = openHandoffChannel(fake.runtime, { retryMs: 50 });
    vi.advanceTimersByTime(5_000);
    fake.stopWorker();
    vi.advanceTimersByTime(50);
    expect(fake.connects()).toBe(2);
    channel.send(message);
    expect(fake.received).toEqual([message]);
  });

  it('does not retry without end when nobody listens; then sends a one-off message', () => {
    const fake = fakeRuntime();
    const channel = openHandoffChannel(fake.runtime);
    fake.stopWorker(); // closed at once: no listener
    vi.advanceTimersByTime(5_000);
    expect(fake.connects()).toBe(1);
    channel.send(message);
    expect(fake.sent).toEqual([message]);
  });

  it('the background takes only its own popup\'s port', () => {
    const receive = vi.fn();
    const listeners: Array<(m: unknown) => void> = [];
    const port = (name: string, id: string) => ({
      name,
      sender: { id },
      postMessage: () => undefined,
      onMessage: { addListener: (l: (m: unknown) => void) => void listeners.push(l) },
      onDisconnect: { addListener: () => undefined },
    });
    acceptHandoffs(port('other', 'me'), 'me', receive);
    acceptHandoffs(port(HANDOFF_PORT, 'someone-else'), 'me', receive);
    expect(listeners).toHaveLength(0);
    acceptHandoffs(port(HANDOFF_PORT, 'me'), 'me', receive);
    listeners[0]!(message);
    expect(receive).toHaveBeenCalledWith(message);
  });
});

describe('storing a hand-over in the area the policy asks for', () => {
  beforeEach(() => fakeBrowser.reset());

  async function realHandoff(plaintext: string) {
    const spec = newKeySpec({ iterations: 1000 });
    const key = await deriveKey('pass', spec, true);
    // the plan's write token, as the popup that opened the plan left it (lib/vault/write-token.ts)
    await fakeBrowser.storage.session.set({ notesTurn: 'turn-1' });
    return { key, message: { type: HANDOFF_TYPE, key: await exportRawKey(key), salt: spec.salt, iterations: spec.iterations, turn: 'turn-1', plaintext } as PlanHandoff };
  }

  it.each([
    [true, 'session', 'local'],
    [false, 'local', 'session'],
  ] as const)('ephemeral %s: encrypted in %s storage, nothing in %s', async (ephemeral, right, wrong) => {
    const { key, message } = await realHandoff('last words');
    const readEphemeral = vi.fn(async () => ephemeral);
    await storeHandoffInPolicyArea(message, fakeBrowser.storage, readEphemeral);
    expect(readEphemeral).toHaveBeenCalled();
    const stored = (await fakeBrowser.storage[right].get(PLAN_VAULT_LOCAL_KEY))[PLAN_VAULT_LOCAL_KEY];
    expect(JSON.stringify(stored)).not.toContain('last words');
    expect(await decryptText(key, parseEnvelope(stored))).toBe('last words');
    expect(await fakeBrowser.storage[wrong].get(PLAN_VAULT_LOCAL_KEY)).toEqual({});
  });
});
