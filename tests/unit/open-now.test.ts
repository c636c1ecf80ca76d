// @vitest-environment node
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DAY_AND_NIGHT_CHANNEL, SCHEDULES, clock, dutchTime, openStatus, weekdayName } from '../../lib/directory/open-now';
import { SERVICES } from '../../lib/directory/services';

const chat = SCHEDULES['veilig-thuis']![0]!.hours; // Mon–Fri 09:00–17:00
const loket = SCHEDULES['juridisch-loket']![0]!.hours; // Mon–Fri 09:00–18:00
const status = (iso: string, hours = chat) => openStatus(hours, dutchTime(new Date(iso)));

describe('dutchTime', () => {
  it('uses Dutch time, not the computer zone: winter UTC+1, summer UTC+2', () => {
    expect(dutchTime(new Date('2026-01-05T08:00:00Z'))).toEqual({ weekday: 1, minutes: 9 * 60 });
    expect(dutchTime(new Date('2026-07-06T07:00:00Z'))).toEqual({ weekday: 1, minutes: 9 * 60 });
  });
  it('midnight belongs to the new day', () => {
    expect(dutchTime(new Date('2026-01-04T23:00:00Z'))).toEqual({ weekday: 1, minutes: 0 });
    expect(dutchTime(new Date('2026-01-04T22:59:00Z'))).toEqual({ weekday: 7, minutes: 23 * 60 + 59 });
  });
});

describe('openStatus at the boundaries', () => {
  it('opens at 09:00 exactly and closes at 17:00 exactly', () => {
    expect(status('2026-01-05T07:59:00Z')).toEqual({ open: false, opensDay: 1, opensAt: 540, inDays: 0 });
    expect(status('2026-01-05T08:00:00Z')).toEqual({ open: true, closesAt: 17 * 60 });
    expect(status('2026-01-05T15:59:00Z')).toEqual({ open: true, closesAt: 17 * 60 });
    expect(status('2026-01-05T16:00:00Z')).toEqual({ open: false, opensDay: 2, opensAt: 540, inDays: 1 });
  });
  it('after midnight on a weekday: opens later today', () => {
    expect(status('2026-01-06T23:00:00Z')).toEqual({ open: false, opensDay: 3, opensAt: 540, inDays: 0 });
  });
  it('weekend: Friday evening, Saturday and Sunday point to Monday 09:00', () => {
    expect(status('2026-01-09T16:00:00Z')).toEqual({ open: false, opensDay: 1, opensAt: 540, inDays: 3 });
    expect(status('2026-01-10T11:00:00Z')).toEqual({ open: false, opensDay: 1, opensAt: 540, inDays: 2 });
    expect(status('2026-01-11T22:59:00Z')).toEqual({ open: false, opensDay: 1, opensAt: 540, inDays: 1 });
    expect(status('2026-01-11T23:00:00Z')).toEqual({ open: false, opensDay: 1, opensAt: 540, inDays: 0 });
  });
  it('the days the clocks change (29 March and 25 October 2026) keep Dutch office hours', () => {
    // Sunday 29 March 2026: 02:00 CET becomes 03:00 CEST; Monday 09:00 is then 07:00 UTC
    expect(status('2026-03-29T01:30:00Z')).toMatchObject({ open: false, opensDay: 1, inDays: 1 });
    expect(status('2026-03-30T06:59:00Z')).toMatchObject({ open: false, inDays: 0 });
    expect(status('2026-03-30T07:00:00Z')).toEqual({ open: true, closesAt: 17 * 60 });
    // Monday 26 October 2026 (after the change back): 09:00 is 08:00 UTC again
    expect(status('2026-10-26T07:00:00Z')).toMatchObject({ open: false, inDays: 0 });
    expect(status('2026-10-26T08:00:00Z')).toEqual({ open: true, closesAt: 17 * 60 });
    expect(status('2026-10-26T16:59:00Z', loket)).toEqual({ open: true, closesAt: 18 * 60 });
    expect(status('2026-10-26T17:00:00Z', loket)).toMatchObject({ open: false, opensDay: 2, inDays: 1 });
  });
});

describe('schedules', () => {
  it('only for services in the directory, each with its source', () => {
    const ids = new Set(SERVICES.map((s) => s.id));
    for (const [id, schedules] of Object.entries(SCHEDULES)) {
      expect(ids.has(id), id).toBe(true);
      for (const s of schedules) expect(s.source).toMatch(/helplines\.md/);
    }
  });
  it('never for a service whose hours conflict in the reference (hours "check")', () => {
    for (const s of SERVICES) if (s.hours === 'check') expect(SCHEDULES[s.id], s.id).toBeUndefined();
  });
  it('names the channel of 24/7 only where the reference gives 24/7 for that channel alone', () => {
    const reference = readFileSync(resolve(import.meta.dirname, '../../docs/sources/helplines.md'), 'utf8');
    for (const [id, { channel, source }] of Object.entries(DAY_AND_NIGHT_CHANNEL)) {
      expect(SERVICES.find((s) => s.id === id)?.hours, id).toBe('24/7');
      const row = reference.split('\n').find((l) => l.startsWith(`| ${id} |`)) ?? '';
      expect(row.split('|')[5]?.trim(), id).toBe(`24/7 (${channel})`);
      expect(source).toMatch(/helplines\.md/);
    }
  });
  it('formats time and weekday names', () => {
    expect(clock(540)).toBe('9:00');
    expect(clock(17 * 60 + 30)).toBe('17:30');
    expect(clock(0)).toBe('0:00');
    expect(weekdayName(1, 'nl')).toBe('maandag');
    expect(weekdayName(7, 'en')).toBe('Sunday');
  });
});
