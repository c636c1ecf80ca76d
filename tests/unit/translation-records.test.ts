// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { compare, hashOf, readRecords, readTexts, recordNew, REFERENCE, sign, textsOf, TRANSLATED } from '../../scripts/translations/records';

describe('translation records: no translation silently outlives a change of its Dutch text', () => {
  const reference = readTexts(REFERENCE);

  describe.each(TRANSLATED)('%s', (language) => {
    const findings = compare(reference, readTexts(language), readRecords(language));
    it('has no key whose Dutch changed after it was translated or reviewed', () => {
      expect(findings.stale, `redo these ${language} texts from today's Dutch, then: npm run translations -- retranslated ${language} <key…>`).toEqual([]);
    });
    it('records the Dutch every translated key was made from', () => {
      expect(findings.unrecorded, 'npm run translations -- record-new').toEqual([]);
      expect(findings.orphaned, 'records of keys that no longer exist: npm run translations -- record-new').toEqual([]);
    });
  });
});

describe('translation records: the mechanism', () => {
  const dutch = textsOf({ topics: { a: 'De politie beslist.', b: 'Bel 112.' }, ui: { n_one: '{{count}} dag', n_other: '{{count}} dagen' } });
  const turkish = textsOf({ topics: { a: 'Polis karar verir.', b: '112’yi arayın.' }, ui: { n_one: '{{count}} gün', n_other: '{{count}} gün' } });
  const { records } = recordNew(dutch, turkish, {});

  it('records new keys as drafts of today’s Dutch, plural forms as one key', () => {
    expect(Object.keys(records).sort()).toEqual(['topics:a', 'topics:b', 'ui:n']);
    expect(records['topics:a']).toEqual({ from: hashOf(['De politie beslist.']), review: 'draft' });
    expect(compare(dutch, turkish, records)).toEqual({ stale: [], unrecorded: [], orphaned: [], drafts: ['topics:a', 'topics:b', 'ui:n'] });
  });

  it('names the key when the Dutch changes and the translation does not, and record-new never hides it', () => {
    const corrected = textsOf({ topics: { a: 'De officier van justitie beslist.', b: 'Bel 112.' }, ui: { n_one: '{{count}} dag', n_other: '{{count}} dagen' } });
    expect(compare(corrected, turkish, records).stale).toEqual(['topics:a']);
    expect(compare(corrected, turkish, recordNew(corrected, turkish, records).records).stale).toEqual(['topics:a']);
    const dutchPlural = textsOf({ topics: { a: 'De politie beslist.', b: 'Bel 112.' }, ui: { n_one: '{{count}} dag', n_other: '{{count}} werkdagen' } });
    expect(compare(dutchPlural, turkish, records).stale).toEqual(['ui:n']);
  });

  it('a reviewer’s sign-off moves the record forward and marks it reviewed', () => {
    const corrected = textsOf({ topics: { a: 'De officier van justitie beslist.', b: 'Bel 112.' } });
    const signed = sign(corrected, records, ['topics:a'], { review: 'reviewed', by: 'review-tr.md (2026-12-07)' });
    const findings = compare(corrected, turkish, signed);
    expect(findings.stale).toEqual([]);
    expect(findings.drafts).toEqual(['topics:b']);
  });

  it('notices a record whose key is gone, and a translated key without a record', () => {
    const fewer = textsOf({ topics: { a: 'De politie beslist.' } });
    expect(compare(fewer, textsOf({ topics: { a: 'Polis karar verir.' } }), records).orphaned).toEqual(['topics:b', 'ui:n']);
    expect(compare(dutch, turkish, {}).unrecorded).toEqual(['topics:a', 'topics:b', 'ui:n']);
  });
});
