import { randomBytes, toBase64 } from './crypto';

/**
 * Nothing may bring a wiped plan back. Every write of the plan (the popup's draft saver, the
 * background storing the popup's last keystrokes as it closed) carries the token the popup got
 * when the plan opened, and lands only while storage.session still holds that same token. A
 * quick exit removes the token first (`forgetPlanWrites`), "Delete my plan" too, and a browser
 * restart empties storage.session: a write that comes later is dropped.
 *
 * The session key's name: `planWriteToken` in lib/storage-items.ts (a unit test checks they
 * agree). The background cannot import wxt/storage (see PLAN_VAULT_LOCAL_KEY).
 */
export const PLAN_WRITE_TOKEN_KEY = 'notesTurn';
/** `keepPlanOnExit` in lib/storage-items.ts: "keep my plan on quick exit" (checked by the same test). */
export const KEEP_PLAN_LOCAL_KEY = 'keepNotes';

/** Where the token is kept: storage.session's item, and her "keep my plan" choice. */
export interface WriteTokenItems {
  token: { getValue(): Promise<unknown>; setValue(value: string): Promise<void>; removeValue(): Promise<void> };
  keepPlan: { getValue(): Promise<unknown> };
}

/** The same, on the raw storage areas (the background). */
export function writeTokenItemsOf(storage: {
  local: { get(key: string): Promise<Record<string, unknown>> };
  session: { get(key: string): Promise<Record<string, unknown>>; set(items: Record<string, unknown>): Promise<void>; remove(key: string): Promise<void> };
}): WriteTokenItems {
  return {
    token: {
      getValue: async () => (await storage.session.get(PLAN_WRITE_TOKEN_KEY))[PLAN_WRITE_TOKEN_KEY],
      setValue: (value) => storage.session.set({ [PLAN_WRITE_TOKEN_KEY]: value }),
      removeValue: () => storage.session.remove(PLAN_WRITE_TOKEN_KEY),
    },
    keepPlan: { getValue: async () => (await storage.local.get(KEEP_PLAN_LOCAL_KEY))[KEEP_PLAN_LOCAL_KEY] },
  };
}

const read = async (items: WriteTokenItems) => {
  const value = await items.token.getValue();
  return typeof value === 'string' && value !== '' ? value : null;
};

/** The token of the current plan, made when there is none (the plan was just created or opened). */
export async function currentWriteToken(items: WriteTokenItems): Promise<string> {
  const stored = await read(items);
  if (stored) return stored;
  const token = toBase64(randomBytes(12));
  await items.token.setValue(token);
  return token;
}

/** A wipe's first storage step: no write of the plan started before it may land after it. */
export async function forgetPlanWrites(storage: { session: { remove(key: string): Promise<void> } }): Promise<void> {
  await storage.session.remove(PLAN_WRITE_TOKEN_KEY);
}

/**
 * Writes only while `token` is current, and looks again afterwards: when a wipe took the token
 * while the write was under way, the write is undone (unless she keeps her plan on quick exit:
 * then the plan stays, and the newer text is what she typed). Returns whether the write stands.
 */
export async function writeWhileCurrent(items: WriteTokenItems, token: string, write: () => Promise<void>, undo: () => Promise<void>): Promise<boolean> {
  if ((await read(items)) !== token) return false;
  await write();
  if ((await read(items)) === token) return true;
  const kept = (await items.keepPlan.getValue()) === true;
  if (!kept) await undo();
  return kept;
}
