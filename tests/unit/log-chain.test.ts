import { describe, expect, it } from 'vitest';
import { clockStamp, type LogContent, type LogEntry, type LogVersion } from '../../lib/plan/log';
import { linkVersion, linkEncoding, receiptCode, sha256Hex, verifyChain, versionEncoding } from '../../lib/plan/log-chain';
import { removeLogEntry, saveLogEntry } from '../../lib/plan/log-edit';

const content = (over: Partial<LogContent>): LogContent => ({ happened: '', what: '', injuries: '', witnesses: '', evidence: '', police: false, doctor: false, ...over });

// Known answers computed independently with node:crypto (createHash('sha256')) and checked with sha256sum.
const A1 = content({ happened: '2026-02-01T19:45', what: 'Duwde mij tegen de kast', injuries: 'blauwe plek', witnesses: 'Buurvrouw', police: true });
const B1 = content({ happened: '2026-02-03', what: 'Schreeuwde — ‘kom hier’ 👩🏽 مرحبا' });
const A2 = content({ happened: '2026-02-01T19:40', what: 'Duwde mij hard tegen de kast', injuries: 'blauwe plek', witnesses: 'Buurvrouw', police: true });
const KNOWN = {
  d1: 'c48063cf0928621c9fc1f93b18393827780e92f92f1608a926e76d79a4efa17c',
  f1: 'ac91061697282e500dcba481b02c193b990bc2b8d6b6deeb1ed21184140fa76a',
  d2: 'bb8a235c520be63bd11cd842e452cf0deca9715cd9c4c0cf3346a2b1663e1413',
  f2: '2da9a7e7294ed5186601ae0791b835fd3c8994854e6939c0343e2b05432fb4ab',
  d3: '205f637e1e0bbb5756c9c309ad694ccaa634c30697657fcb79079678146f04c2',
  f3: 'bbd8f18753e2a8078a136022268972d09f454a71a49c041b2c96aac655f3ab82',
};

/** a (edited once) and b, linked as a lawyer's expert would recompute them. */
async function knownLog(): Promise<LogEntry[]> {
  const a: LogEntry = { id: 'a', versions: [] };
  a.versions.push(await linkVersion(a, { ...A1, written: '2026-02-02T08:00:00+01:00' }, null));
  const b: LogEntry = { id: 'b', versions: [] };
  b.versions.push(await linkVersion(b, { ...B1, written: '2026-02-04T21:15:30+01:00' }, a.versions[0]!));
  a.versions.push(await linkVersion(a, { ...A2, written: '2026-02-05T10:00:00+01:00' }, b.versions[0]!));
  return [a, b];
}

const clone = (log: LogEntry[]): LogEntry[] => JSON.parse(JSON.stringify(log)) as LogEntry[];

describe('the fingerprint chain', () => {
  it('SHA-256 through Web Crypto gives the standard answers', async () => {
    expect(await sha256Hex('')).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
    expect(await sha256Hex('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  });

  it('matches the known-answer vectors for the documented encoding (text, both times, edit trail, previous link)', async () => {
    expect(versionEncoding({ ...A1, written: '2026-02-02T08:00:00+01:00' }, [])).toBe(
      '["stille-hulp-log/1","version","2026-02-01T19:45","2026-02-02T08:00:00+01:00","",0,"Duwde mij tegen de kast","blauwe plek","Buurvrouw","",1,0,[]]',
    );
    expect(linkEncoding(0, 'a', KNOWN.d1, '')).toBe(`["stille-hulp-log/1","link",0,"a","${KNOWN.d1}",""]`);
    const [a, b] = await knownLog();
    expect(a!.versions.map((v) => [v.seq, v.digest, v.fp])).toEqual([
      [0, KNOWN.d1, KNOWN.f1],
      [2, KNOWN.d3, KNOWN.f3],
    ]);
    expect(b!.versions.map((v) => [v.seq, v.digest, v.fp])).toEqual([[1, KNOWN.d2, KNOWN.f2]]);
    const check = await verifyChain([a!, b!]);
    expect(check).toMatchObject({ state: 'intact', links: 3, head: { fp: KNOWN.f3 } });
    expect(receiptCode(KNOWN.f3)).toBe('bbd8 f187 53e2');
  });

  it('a changed byte in a text, a date or a time of writing is found, with the entry', async () => {
    for (const change of [
      (log: LogEntry[]) => (log[1]!.versions[0]!.what = log[1]!.versions[0]!.what.replace('kom', 'Kom')),
      (log: LogEntry[]) => (log[0]!.versions[1]!.happened = '2026-02-01T19:41'),
      (log: LogEntry[]) => (log[0]!.versions[0]!.written = '2026-02-02T08:00:01+01:00'),
      (log: LogEntry[]) => (log[0]!.versions[0]!.police = false),
      // the earlier text in the edit trail
      (log: LogEntry[]) => (log[0]!.versions[0]!.what += '.'),
    ]) {
      const log = clone(await knownLog());
      change(log);
      expect(await verifyChain(log)).toMatchObject({ state: 'broken', reason: 'changed' });
    }
  });

  it('a removed entry, a removed earlier version and a reordered entry are each found', async () => {
    let log = clone(await knownLog());
    expect(await verifyChain([log[0]!])).toMatchObject({ state: 'broken', seq: 1, reason: 'missing' });
    log = clone(await knownLog());
    log[0]!.versions.shift();
    expect(await verifyChain(log)).toMatchObject({ state: 'broken', seq: 0, reason: 'missing' });
    // b put before a in the chain: numbers swapped, fingerprints kept
    log = clone(await knownLog());
    [log[0]!.versions[0]!.seq, log[1]!.versions[0]!.seq] = [1, 0];
    expect(await verifyChain(log)).toMatchObject({ state: 'broken', seq: 0, reason: 'changed' });
    // and with fingerprints recomputed by someone without the earlier receipt, the order inside an entry still shows
    log = clone(await knownLog());
    log[0]!.versions.reverse();
    expect(await verifyChain(log)).toMatchObject({ state: 'broken', reason: 'order' });
    // the array's own order means nothing (the screen sorts by date): still intact
    expect(await verifyChain(clone(await knownLog()).reverse())).toMatchObject({ state: 'intact' });
  });

  it('saving keeps the earlier version, records the clock, and a save without change adds nothing', async () => {
    const t1 = new Date(2026, 1, 2, 8, 0, 0);
    const first = await saveLogEntry([], null, A1, t1);
    const id = first.id;
    let entries = first.entries;
    expect(entries[0]!.versions[0]).toMatchObject({ ...A1, written: clockStamp(t1), seq: 0 });
    const again = await saveLogEntry(entries, id, A1, new Date(2026, 1, 3));
    expect(again.entries[0]!.versions).toHaveLength(1);
    ({ entries } = await saveLogEntry(entries, id, A2, new Date(2026, 1, 5, 10, 0, 0)));
    expect(entries[0]!.versions.map((v: LogVersion) => v.what)).toEqual([A1.what, A2.what]);
    expect(await verifyChain(entries)).toMatchObject({ state: 'intact', links: 2 });
  });

  it('removing wipes the texts, keeps the fingerprints: the chain still verifies and says it was removed', async () => {
    const log = await knownLog();
    const after = await removeLogEntry(log, 'a', new Date(2026, 1, 6, 9, 0, 0));
    expect(JSON.stringify(after)).not.toContain('Duwde');
    const a = after.find((e) => e.id === 'a')!;
    expect(a.versions.at(-1)).toMatchObject({ removed: true, seq: 3 });
    expect(await verifyChain(after)).toMatchObject({ state: 'intact', links: 4 });
    // wiping an entry that was not removed is a change
    const bad = clone(log);
    bad[1]!.versions[0] = { ...bad[1]!.versions[0]!, what: '', wiped: true };
    expect(await verifyChain(bad)).toMatchObject({ state: 'broken', entryId: 'b', reason: 'changed' });
  });
});
