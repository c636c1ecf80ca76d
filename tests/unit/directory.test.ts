// @vitest-environment node
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SERVICES } from '../../lib/directory/services';
import { NEEDS } from '../../lib/directory/types';
import { dialString, directoryProblems, isDutchDialNumber, servicesForNeed } from '../../lib/directory/validate';

const reference = readFileSync(resolve(import.meta.dirname, '../../docs/sources/helplines.md'), 'utf8');
const section = (from: string, to: string) => reference.slice(reference.indexOf(from), reference.indexOf(to, reference.indexOf(from) + 1));
const digitsIn = (text: string) =>
  new Set([...text.matchAll(/(\+31[ -]?|\b0|\b1)([0-9][ -]?){2,10}[0-9]/g)].map((m) => dialString(m[0])));
/** The numbers in the "number(s)" column of the reference's directory table, per row id. */
function verifiedNumbers(): Map<string, Set<string>> {
  const rows = section('## Directory', '## Do not show').split('\n').filter((l) => l.startsWith('| ') && !l.startsWith('| id') && !l.startsWith('| ---'));
  return new Map(
    rows.map((row) => {
      const [id = '', , numbers = ''] = row.split('|').slice(1).map((c) => c.trim());
      return [id, new Set([...numbers.matchAll(/(\+31[ -]?)?\d[\d -]*\d/g)].map((m) => dialString(m[0])))];
    }),
  );
}

describe('the help directory', () => {
  it('has no problems: required fields, Dutch formats, unique ids, a source on every entry', () => {
    expect(directoryProblems(SERVICES)).toEqual([]);
  });

  it('shows each number exactly as the verified reference lists it for that service', () => {
    const verified = verifiedNumbers();
    for (const service of SERVICES) {
      expect(verified.has(service.id), `${service.id} is in the reference`).toBe(true);
      for (const phone of service.phones) expect(verified.get(service.id), `${service.id} ${phone.display}`).toContain(phone.dial);
    }
  });

  it('never shows a number from the reference\'s "do not show" list', () => {
    const banned = digitsIn(section('## Do not show', '## Facts about'));
    expect(banned.size).toBeGreaterThan(3);
    const shown = SERVICES.flatMap((s) => s.phones.map((p) => p.dial));
    for (const dial of shown) expect(banned).not.toContain(dial);
  });

  it('only ships entries marked V or V-old', () => {
    for (const s of SERVICES) expect(['V', 'V-old']).toContain(s.confidence);
  });

  it('offers at least one service for every need', () => {
    for (const need of NEEDS) expect(servicesForNeed(SERVICES, need).length, need).toBeGreaterThan(0);
  });

  it('keeps 112 out of the list: it is always shown at the top instead', () => {
    expect(servicesForNeed(SERVICES, 'all').map((s) => s.id)).not.toContain('emergency');
  });

  it('the repository copy of the reference matches ../shared when that is present', () => {
    let shared: string | undefined;
    try {
      shared = readFileSync(resolve(import.meta.dirname, '../../../shared/reference/helplines.md'), 'utf8');
    } catch {
      shared = undefined; // a clone without shared/ beside it: the committed copy is the reference
    }
    if (shared !== undefined) expect(reference).toBe(shared);
  });
});

describe('number formats', () => {
  it.each(['112', '113', '116111', '08002000', '09001450', '0202615275', '0880767000', '+31247247247'])('accepts %s', (n) =>
    expect(isDutchDialNumber(n)).toBe(true),
  );
  it.each(['12345', '0800', '+44123456789', '0800-2000', '020261527', 'tel:112'])('rejects %s', (n) =>
    expect(isDutchDialNumber(n)).toBe(false),
  );
  it('reports a display that dials a different number', () => {
    const broken = { ...SERVICES[1]!, phones: [{ display: '0800-2001', dial: '08002000', cost: 'free' as const }] };
    expect(directoryProblems([broken])).toEqual([expect.stringContaining('does not dial as')]);
  });
  it('reports a missing source and a duplicate id', () => {
    const a = { ...SERVICES[1]!, source: [] };
    expect(directoryProblems([a, a])).toEqual(
      expect.arrayContaining([expect.stringContaining('duplicate id'), expect.stringContaining('needs a source')]),
    );
  });
});
