import { isLive, parseSessionKey } from './session-key';

/**
 * 'minutes' lock mode keeps the plan's key in storage.session for five minutes after the last
 * use. An alarm (the `alarms` permission, which shows no install warning) wakes the background
 * when that time is up, and the key is removed then: it does not wait until the plan is opened
 * again. Both names are `planSessionKey`'s (lib/storage-items.ts; a unit test checks they agree).
 */
export const SESSION_KEY_KEY = 'notesKey';
export const KEY_EXPIRY_ALARM = 'notesKey';

export interface ExpiryAlarms {
  create(name: string, info: { when: number }): unknown;
}

/** Popup side: (re)sets the alarm to the key's new expiry; a later call replaces the earlier one. */
export function keyExpiryAlarm(alarms: ExpiryAlarms | undefined): (when: number) => void {
  return (when) => {
    try {
      void Promise.resolve(alarms?.create(KEY_EXPIRY_ALARM, { when })).catch(() => undefined);
    } catch {
      // no alarms (an older build's permissions): the key still expires when the plan is next opened
    }
  };
}

interface SessionArea {
  get(key: string): Promise<Record<string, unknown>>;
  remove(key: string): Promise<void>;
}

/**
 * Background side, on the alarm and when the worker starts: removes the key when it has expired
 * or is not a record this version wrote; a key still in use (its expiry moved on) gets the alarm
 * again. Returns whether a key was removed.
 */
export async function removeExpiredKey(session: SessionArea, alarms: ExpiryAlarms | undefined, now: number): Promise<boolean> {
  const value = (await session.get(SESSION_KEY_KEY))[SESSION_KEY_KEY];
  if (value === undefined || value === null) return false;
  const record = parseSessionKey(value, now);
  if (record && isLive(record, now)) {
    keyExpiryAlarm(alarms)(record.expiresAt);
    return false;
  }
  await session.remove(SESSION_KEY_KEY);
  return true;
}

/** For `alarms.onAlarm`: true when the alarm is the key's. */
export const isKeyExpiryAlarm = (alarm: { name: string }) => alarm.name === KEY_EXPIRY_ALARM;
