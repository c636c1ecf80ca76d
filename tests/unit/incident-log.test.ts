import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { emptyPlan, parsePlan, serialisePlan, type PlanData } from '../../lib/plan/data';
import { MAX_LOG_ENTRIES, MAX_LOG_TEXT, formatLogTime, localDateTime, newLogEntry, parseLog, removeLogEntry, sortLog, updateLogEntry, type LogEntry } from '../../lib/plan/log';
import { createPlanVault } from '../../lib/vault/plan-vault';
import { createPlanActions } from '../../lib/popup/plan-actions';
import { storeHandoff } from '../../lib/vault/handoff';
import { planLockMode, planLockout, planSessionKey, planVault } from '../../lib/storage-items';

const FAST = { iterations: 1000 };
const items = { vault: planVault, lockout: planLockout, lockMode: planLockMode, sessionKey: planSessionKey };
const entry = (id: string, at: string, what = `event ${id}`): LogEntry => ({ ...newLogEntry(new Date(0), id), at, what });

function yearOfEntries(n = 500): LogEntry[] {
  return Array.from({ length: n }, (_, i) => entry(`e${i}`, localDateTime(new Date(2025, 0, 1 + ((i * 7) % 365), 21, 30)), `Week ${i}: ${'x'.repeat(400)}`));
}

describe('incident log data', () => {
  it('a new entry defaults to now on the computer clock, every field empty', () => {
    expect(newLogEntry(new Date(2026, 10, 29, 7, 5), 'a')).toEqual({ id: 'a', at: '2026-11-29T07:05', what: '', injuries: '', witnesses: '', evidence: '', police: false, doctor: false });
  });

  it('orders oldest first; entries without a date last; equal times keep the order of writing', () => {
    const log = [entry('c', '2026-03-01T10:00'), entry('x', ''), entry('a', '2025-12-31T23:59'), entry('b', '2026-03-01T10:00'), entry('d', '2026-01-01T00:00')];
    expect(sortLog(log).map((e) => e.id)).toEqual(['a', 'd', 'c', 'b', 'x']);
  });

  it('an edited date moves the entry; an invalid date is refused; texts stop at the maximum', () => {
    let log = [entry('a', '2026-01-02T10:00'), entry('b', '2026-01-03T10:00')];
    log = updateLogEntry(log, 'b', { at: '2026-01-01T08:00', what: 'y'.repeat(MAX_LOG_TEXT + 50) });
    expect(sortLog(log).map((e) => e.id)).toEqual(['b', 'a']);
    expect(log[1]!.what).toHaveLength(MAX_LOG_TEXT);
    expect(updateLogEntry(log, 'a', { at: 'not a date' })[0]!.at).toBe('2026-01-02T10:00');
    expect(removeLogEntry(log, 'a').map((e) => e.id)).toEqual(['b']);
  });

  it('reads bad data without throwing: wrong types dropped, duplicate ids made unique, too many cut', () => {
    const parsed = parseLog([null, 3, { id: 'a', at: '2026-13-45', what: 7, police: 'yes' }, { id: 'a', what: 'ok', doctor: true }]);
    expect(parsed).toEqual([
      { id: 'a', at: '', what: '', injuries: '', witnesses: '', evidence: '', police: false, doctor: false },
      { id: 'a+', at: '', what: 'ok', injuries: '', witnesses: '', evidence: '', police: false, doctor: true },
    ]);
    expect(parseLog('nope')).toEqual([]);
    expect(parseLog(Array.from({ length: MAX_LOG_ENTRIES + 5 }, (_, i) => ({ id: String(i) })))).toHaveLength(MAX_LOG_ENTRIES);
  });

  it('lives inside the plan: an older plan without a log still reads, and a plan with one round-trips', () => {
    expect(parsePlan('{"v":1,"fields":{"a":"b"},"checks":{}}')).toEqual({ v: 1, fields: { a: 'b' }, checks: {} });
    const plan: PlanData = { ...emptyPlan(), log: [entry('a', '2026-01-01T10:00', 'مرحبا <b>x</b> 👩🏽')], priorities: ['safety', 'stay'] };
    expect(parsePlan(serialisePlan(plan))).toEqual(plan);
  });

  it('shows the date in the screen language without moving it to another time zone', () => {
    expect(formatLogTime('2026-03-29T02:30', 'nl')).toBe('zondag 29 maart 2026, 02:30');
    expect(formatLogTime('', 'nl')).toBe('');
  });
});

describe('incident log in the vault', () => {
  beforeEach(() => fakeBrowser.reset());

  it('is stored encrypted in the plan envelope: no entry text in storage, reopened in order with the passphrase', async () => {
    const vault = createPlanVault(items, { params: FAST });
    await vault.create('lang wachtwoord');
    await vault.save({ ...emptyPlan(), log: [entry('2', '2026-02-02T20:00', 'SECOND-EVENT'), entry('1', '2026-01-01T20:00', 'FIRST-EVENT')] });
    const stored = JSON.stringify(await fakeBrowser.storage.local.get());
    expect(stored).not.toMatch(/FIRST-EVENT|SECOND-EVENT|2026-0/);
    const again = createPlanVault(items, { params: FAST });
    expect((await again.open()).state).toBe('locked');
    const wrong = await again.unlock('fout');
    expect(wrong).toMatchObject({ ok: false, reason: 'wrong' });
    const result = await again.unlock('lang wachtwoord');
    expect(result.ok && sortLog(result.plan.log ?? []).map((e) => e.what)).toEqual(['FIRST-EVENT', 'SECOND-EVENT']);
  });

  it('an entry typed just before the popup closes goes with the plan in the pagehide hand-over', async () => {
    const actions = createPlanActions({ params: FAST, delayMs: 10_000 });
    await actions.create('pw', 'popup');
    actions.change({ ...emptyPlan(), log: [entry('1', '2026-01-01T20:00', 'LAST-WORDS')] });
    const message = actions.handoff();
    expect(message?.plaintext).toContain('LAST-WORDS');
    await storeHandoff(message!, (envelope) => planVault.setValue(envelope));
    expect(JSON.stringify(await fakeBrowser.storage.local.get())).not.toContain('LAST-WORDS');
    const result = await createPlanVault(items, { params: FAST }).unlock('pw');
    expect(result.ok && result.plan.log?.[0]?.what).toBe('LAST-WORDS');
  });

  it('corrupt data is reported, not thrown away', async () => {
    await planVault.setValue({ v: 1, garbage: true });
    const vault = createPlanVault(items, { params: FAST });
    expect((await vault.open()).state).toBe('corrupt');
    expect(await planVault.getValue()).toEqual({ v: 1, garbage: true });
  });

  it('500 weekly entries of 400+ characters: save and reopen stay fast', async () => {
    const vault = createPlanVault(items, { params: FAST });
    await vault.create('pw');
    const plan = { ...emptyPlan(), log: yearOfEntries() };
    let t = performance.now();
    await vault.save(plan);
    const saveMs = performance.now() - t;
    const again = createPlanVault(items, { params: FAST });
    t = performance.now();
    const result = await again.unlock('pw');
    const sorted = result.ok ? sortLog(result.plan.log ?? []) : [];
    const openMs = performance.now() - t;
    expect(sorted).toHaveLength(500);
    expect(saveMs).toBeLessThan(500);
    expect(openMs).toBeLessThan(500);
    console.info(`500 entries (${serialisePlan(plan).length} chars): save ${saveMs.toFixed(1)} ms, unlock+sort ${openMs.toFixed(1)} ms (1000 PBKDF2 it.)`);
  });
});
