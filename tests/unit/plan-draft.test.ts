// @vitest-environment node
import { describe, expect, it, vi } from 'vitest';
import { createDraftSaver, type SaveState } from '../../lib/plan/draft';
import { PLAN_STEPS } from '../../lib/plan/steps';
import { SERVICES } from '../../lib/directory/services';

describe('saving as you type', () => {
  it('saves once after typing stops, with the last value', async () => {
    vi.useFakeTimers();
    const save = vi.fn(async (_v: string) => undefined);
    const saver = createDraftSaver({ save, delayMs: 300 });
    saver.change('a');
    saver.change('ab');
    await vi.advanceTimersByTimeAsync(200);
    saver.change('abc');
    await vi.advanceTimersByTimeAsync(299);
    expect(save).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(1);
    expect(save.mock.calls).toEqual([['abc']]);
    vi.useRealTimers();
  });

  it('flush saves at once (the popup closing) and nothing is saved twice', async () => {
    vi.useFakeTimers();
    const save = vi.fn(async (_v: string) => undefined);
    const saver = createDraftSaver({ save, delayMs: 300 });
    saver.change('typed just before closing');
    await saver.flush();
    expect(save.mock.calls).toEqual([['typed just before closing']]);
    await vi.advanceTimersByTimeAsync(1000);
    expect(save).toHaveBeenCalledTimes(1);
    await saver.flush();
    expect(save).toHaveBeenCalledTimes(1);
    vi.useRealTimers();
  });

  it('a change during a save is saved after it, never in parallel', async () => {
    let release!: () => void;
    const calls: string[] = [];
    let inFlight = 0;
    const save = vi.fn(async (v: string) => {
      inFlight++;
      expect(inFlight).toBe(1);
      calls.push(v);
      if (v === 'one') await new Promise<void>((r) => (release = r));
      inFlight--;
    });
    const saver = createDraftSaver({ save, delayMs: 10_000 });
    saver.change('one');
    const first = saver.flush();
    saver.change('two');
    const second = saver.flush();
    release();
    await first;
    await second;
    expect(calls).toEqual(['one', 'two']);
    expect(saver.state).toBe('saved');
  });

  it('a failed save reports it and keeps the draft for the next try', async () => {
    const states: SaveState[] = [];
    let fail = true;
    const saved: string[] = [];
    const saver = createDraftSaver({
      save: async (v: string) => {
        if (fail) throw new Error('QUOTA_BYTES');
        saved.push(v);
      },
      delayMs: 10_000,
      onState: (s) => states.push(s),
    });
    saver.change('kept');
    await saver.flush();
    expect(saver.state).toBe('failed');
    fail = false;
    await saver.flush();
    expect(saved).toEqual(['kept']);
    expect(states).toEqual(['pending', 'saving', 'failed', 'saving', 'saved']);
  });
});

describe('the plan steps', () => {
  it('covers the eight steps, each advice item with a source', () => {
    expect(PLAN_STEPS.map((s) => s.id)).toEqual(['warning', 'people', 'places', 'leaving', 'bag', 'children', 'digital', 'after']);
    for (const step of PLAN_STEPS) {
      for (const item of [...step.advice, ...(step.checklist ?? [])]) {
        expect(item.source.ref.length).toBeGreaterThan(3);
        if (item.source.kind === 'nl-org') expect(item.source.org.length).toBeGreaterThan(2);
      }
    }
  });

  it('has the emergency bag checklist and marks both Dutch and general advice', () => {
    const bag = PLAN_STEPS.find((s) => s.id === 'bag')!;
    expect(bag.checklist!.map((c) => c.id)).toEqual(['id', 'permit', 'bankCards', 'cash', 'medicines', 'phone', 'keys', 'childrenDocs', 'toy', 'papers', 'evidence']);
    const kinds = new Set(PLAN_STEPS.flatMap((s) => s.advice.map((a) => a.source.kind)));
    expect(kinds).toEqual(new Set(['nl-org', 'general', 'source'])); // 'source': a fact or a newspaper, shown "Source: …", not "Advice from …"
  });

  it('shows only numbers from the directory', () => {
    const ids = new Set(SERVICES.map((s) => s.id));
    for (const step of PLAN_STEPS) for (const id of step.services ?? []) expect(ids.has(id)).toBe(true);
  });
});
