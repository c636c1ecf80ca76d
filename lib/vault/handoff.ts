import { encryptText, importRawKey, isBase64Of, isSaneIterationCount, isSaneSalt, type Envelope } from './crypto';
import { writeTokenItemsOf, writeWhileCurrent } from './write-token';

/**
 * When the popup closes, the page is gone before an async encrypt-and-store can finish
 * (observed in Firefox). So on `pagehide` the popup hands its last unsaved change to the
 * background in one synchronous message; the background encrypts it and stores it. The
 * message lives only in memory (extension messaging), never in storage.
 */
export const HANDOFF_TYPE = 'save-notes';
/**
 * The storage.local key of `planVault` (lib/storage-items.ts; a unit test checks they agree).
 * The background writes it directly: importing wxt/storage there would bundle its error texts,
 * whose URLs the manifest test reads as remote code.
 */
export const PLAN_VAULT_LOCAL_KEY = 'notes';

export interface PlanHandoff {
  type: typeof HANDOFF_TYPE;
  key: string;
  salt: string;
  iterations: number;
  /** The plan's write token when the popup opened it (write-token.ts): after a wipe it no longer matches. */
  turn: string;
  plaintext: string;
}

/** A hand-over this version wrote: a 32-byte key, a salt and iteration count the vault would accept back. */
export function isHandoff(message: unknown): message is PlanHandoff {
  const m = message as Partial<PlanHandoff> | null;
  return (
    !!m &&
    m.type === HANDOFF_TYPE &&
    isBase64Of(m.key, 32, 32) &&
    isSaneSalt(m.salt) &&
    isSaneIterationCount(m.iterations) &&
    typeof m.turn === 'string' &&
    typeof m.plaintext === 'string'
  );
}

/** Background side: encrypts the handed-over plan with a fresh IV and stores it. */
export async function storeHandoff(message: PlanHandoff, write: (envelope: Envelope) => Promise<void>): Promise<void> {
  const key = await importRawKey(message.key, false);
  await write(await encryptText(key, { salt: message.salt, iterations: message.iterations }, message.plaintext));
}

interface StorageArea {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(key: string): Promise<void>;
}

/**
 * Stores a hand-over in the area the policy asks for: memory-only session storage in
 * ephemeral mode, local otherwise (same key). The policy is read first, every time: after a
 * worker restart there is no earlier reading to trust. Stored only while the plan's write token
 * is the one the popup had: a hand-over that arrives after a quick exit never brings the plan back.
 */
export async function storeHandoffInPolicyArea(
  message: PlanHandoff,
  storage: { local: StorageArea; session: StorageArea },
  readEphemeral: () => Promise<boolean>,
): Promise<boolean> {
  const [ephemeral, key] = await Promise.all([readEphemeral(), importRawKey(message.key, false)]);
  const envelope = await encryptText(key, { salt: message.salt, iterations: message.iterations }, message.plaintext);
  const area = ephemeral ? storage.session : storage.local;
  return writeWhileCurrent(
    writeTokenItemsOf(storage),
    message.turn,
    () => area.set({ [PLAN_VAULT_LOCAL_KEY]: envelope }),
    () => area.remove(PLAN_VAULT_LOCAL_KEY),
  );
}

