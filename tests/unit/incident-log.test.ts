import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { emptyPlan, parsePlan, serialisePlan, type PlanData } from '../../lib/plan/data';
import { MAX_LOG_ENTRIES, MAX_LOG_TEXT, chainHead, clockStamp, isChained, parseDraft, parseLog, sortLog, type LogContent, type LogEntry } from '../../lib/plan/log';
import { verifyChain } from '../../lib/plan/log-chain';
import { chainOlderLog, saveLogEntry } from '../../lib/plan/log-edit';
import { draftContent, newDraft } from '../../lib/plan/log-draft';
import { createPlanVault } from '../../lib/vault/plan-vault';
import { createPlanActions } from '../../lib/popup/plan-actions';
import { storeHandoff } from '../../lib/vault/handoff';
import { planLockMode, planLockout, planSessionKey, planVault } from '../../lib/storage-items';

const FAST = { iterations: 1000 };
const items = { vault: planVault, lockout: planLockout, lockMode: planLockMode, sessionKey: planSessionKey };
const content = (happened: string, what: string): LogContent => ({ happened, what, injuries: '', witnesses: '', evidence: '', police: false, doctor: false });

async function logOf(...items: Array<[string, string]>): Promise<LogEntry[]> {
  let entries: LogEntry[] = [];
  for (const [i, [happened, what]] of items.entries()) entries = (await saveLogEntry(entries, null, content(happened, what), new Date(2026, 0, 10, 12, i))).entries;
  return entries;
}

/** The log as the previous version stored it: one object per entry, no times of writing, no fingerprints. */
const OLDER_LOG = [
  { id: 'b', at: '2026-03-14T22:10', what: 'Schreeuwde bij de voordeur', injuries: '', witnesses: '', evidence: '', police: true, doctor: false },
  { id: 'a', at: '2026-02-01T19:45', what: 'Duwde mij tegen de kast', injuries: 'blauwe plek', witnesses: 'Buurvrouw', evidence: '', police: false, doctor: true },
  { id: 'c', at: '', what: 'Zonder datum', injuries: '', witnesses: '', evidence: '', police: false, doctor: false },
];

describe('incident log data', () => {
  it('orders oldest first by when it happened; entries without a date last; equal times keep the order of writing', async () => {
    const log = await logOf(['2026-03-01T10:00', 'c'], ['2026-02-01', 'a'], ['2026-03-01T10:00', 'b'], ['2026-02-01T00:00', 'd']);
    expect(sortLog(log).map((e) => e.versions[0]!.what)).toEqual(['a', 'd', 'c', 'b']);
  });

  it('a new entry records the computer clock as "written at", with its offset; texts stop at the maximum', async () => {
    const now = new Date(2026, 10, 29, 7, 5, 9);
    const { entries } = await saveLogEntry([], null, content('2026-11-28', 'x'.repeat(MAX_LOG_TEXT + 50)), now);
    const v = entries[0]!.versions[0]!;
    expect(v.written).toBe(clockStamp(now));
    expect(v.written).toMatch(/^2026-11-29T07:05:09[+-]\d{2}:\d{2}$/);
    expect(v.what).toHaveLength(MAX_LOG_TEXT);
  });

  it('reads bad data without throwing: wrong types dropped, duplicate ids made unique, too many cut', () => {
    const parsed = parseLog([null, 3, { id: 'a', versions: [{ happened: '2026-13-45x', what: 7, police: 'yes', seq: 0 }] }, { id: 'a', versions: [{ what: 'ok', doctor: true }] }]);
    expect(parsed.map((e) => [e.id, e.versions[0]!.what, e.versions[0]!.happened, e.versions[0]!.doctor])).toEqual([
      ['a', '', '', false],
      ['a+', 'ok', '', true],
    ]);
    expect(parseLog('nope')).toEqual([]);
    expect(parseLog(Array.from({ length: MAX_LOG_ENTRIES + 5 }, (_, i) => ({ id: String(i) })))).toHaveLength(MAX_LOG_ENTRIES);
  });

  it('lives inside the plan: an older plan without a log still reads, a plan with a log and a draft round-trips', async () => {
    expect(parsePlan('{"v":1,"fields":{"a":"b"},"checks":{}}')).toEqual({ v: 1, fields: { a: 'b' }, checks: {} });
    const plan: PlanData = { ...emptyPlan(), log: await logOf(['2026-01-01T10:00', 'مرحبا <b>x</b> 👩🏽']), priorities: ['safety', 'stay'], logDraft: { ...newDraft(new Date(2026, 0, 2)), id: null } };
    plan.logDraft!.date.year = '20'; // half typed: kept as typed
    expect(parsePlan(serialisePlan(plan))).toEqual(plan);
    expect(parseDraft('nope')).toBeNull();
  });

  it('a draft becomes content only with a possible date', () => {
    const draft = newDraft(new Date(2026, 0, 2));
    expect(draftContent({ ...draft, date: { day: '31', month: '2', year: '2026', time: '' } }, new Date(2026, 5, 1))).toEqual({ ok: false, problem: 'impossible' });
    expect(draftContent(draft, new Date(2026, 0, 2, 9))).toMatchObject({ ok: true, content: { happened: '2026-01-02' } });
  });
});

describe('the move from the older log', () => {
  it('chains every older entry once, oldest event first; "written at" stays unknown, the move is dated', async () => {
    const older = parsePlan(JSON.stringify({ v: 1, fields: {}, checks: {}, log: OLDER_LOG })).log!;
    expect(older.some(isChained)).toBe(false);
    expect(await verifyChain(older)).toEqual({ state: 'unchained' });
    const now = new Date(2026, 11, 7, 10, 0, 0);
    const moved = await chainOlderLog(older, now);
    expect(moved.map((e) => [e.id, e.versions[0]!.seq])).toEqual([
      ['a', 0],
      ['b', 1],
      ['c', 2],
    ]);
    for (const e of moved) expect(e.versions[0]).toMatchObject({ written: '', moved: clockStamp(now) });
    expect(moved[0]!.versions[0]).toMatchObject({ happened: '2026-02-01T19:45', what: 'Duwde mij tegen de kast', injuries: 'blauwe plek', witnesses: 'Buurvrouw', doctor: true });
    expect(moved[2]!.versions[0]!.happened).toBe('');
    expect(await verifyChain(moved)).toMatchObject({ state: 'intact', links: 3 });
    // once: a second run changes nothing, and stored and read again it is still chained
    expect(await chainOlderLog(moved, new Date(2027, 0, 1))).toEqual(moved);
    const again = parsePlan(serialisePlan({ ...emptyPlan(), log: moved })).log!;
    expect(again).toEqual(moved);
    // saving after the move continues the same chain
    const next = await saveLogEntry(again, 'b', { ...again[1]!.versions[0]!, what: 'Schreeuwde hard bij de voordeur' }, new Date(2026, 11, 7, 11));
    expect(chainHead(next.entries)!.seq).toBe(3);
    expect(await verifyChain(next.entries)).toMatchObject({ state: 'intact', links: 4 });
  });
});

describe('incident log in the vault', () => {
  beforeEach(() => fakeBrowser.reset());

  it('is stored encrypted in the plan envelope: no entry text, time or fingerprint in storage; reopened, the chain verifies', async () => {
    const vault = createPlanVault(items, { params: FAST });
    await vault.create('lang wachtwoord');
    const log = await logOf(['2026-02-02T20:00', 'SECOND-EVENT'], ['2026-01-01T20:00', 'FIRST-EVENT']);
    await vault.save({ ...emptyPlan(), log });
    const stored = JSON.stringify(await fakeBrowser.storage.local.get());
    expect(stored).not.toMatch(/FIRST-EVENT|SECOND-EVENT|2026-0/);
    expect(stored).not.toContain(chainHead(log)!.fp);
    const again = createPlanVault(items, { params: FAST });
    expect((await again.open()).state).toBe('locked');
    expect(await again.unlock('fout')).toMatchObject({ ok: false, reason: 'wrong' });
    const result = await again.unlock('lang wachtwoord');
    if (!result.ok) throw new Error('not unlocked');
    expect(sortLog(result.plan.log!).map((e) => e.versions[0]!.what)).toEqual(['FIRST-EVENT', 'SECOND-EVENT']);
    expect(await verifyChain(result.plan.log!)).toMatchObject({ state: 'intact', links: 2 });
  });

  it('a draft typed just before the popup closes goes with the plan in the pagehide hand-over', async () => {
    const actions = createPlanActions({ params: FAST, delayMs: 10_000 });
    await actions.create('pw', 'popup');
    const draft = newDraft(new Date(2026, 0, 1));
    draft.content.what = 'LAST-WORDS';
    actions.change({ ...emptyPlan(), logDraft: draft });
    const message = actions.handoff();
    expect(message?.plaintext).toContain('LAST-WORDS');
    await storeHandoff(message!, (envelope) => planVault.setValue(envelope));
    expect(JSON.stringify(await fakeBrowser.storage.local.get())).not.toContain('LAST-WORDS');
    const result = await createPlanVault(items, { params: FAST }).unlock('pw');
    expect(result.ok && result.plan.logDraft?.content.what).toBe('LAST-WORDS');
  });

  it('corrupt data is reported, not thrown away', async () => {
    await planVault.setValue({ v: 1, garbage: true });
    const vault = createPlanVault(items, { params: FAST });
    expect((await vault.open()).state).toBe('corrupt');
    expect(await planVault.getValue()).toEqual({ v: 1, garbage: true });
  });
});
