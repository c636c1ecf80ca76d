// @vitest-environment node
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DIRECTIONS, FITS, PRIORITIES, adviceFor, parseChoices } from '../../lib/decision/aid';
import { DANGER_SIGNS, isHighDanger } from '../../lib/decision/danger-signs';
import { SERVICES } from '../../lib/directory/services';
import { LOG_FACTS } from '../../lib/plan/log-sources';

const ROOT = resolve(import.meta.dirname, '../..');
const SEEDS = resolve(ROOT, 'docs/sources/seeds');
const json = (lang: string, ns: string) => JSON.parse(readFileSync(resolve(ROOT, `locales/${lang}/${ns}.json`), 'utf8'));

/** Words each cited seed range must contain (so a citation cannot drift to the wrong lines). */
const KEYWORDS: Record<string, string[]> = {
  'seed 001 l.5123-5131': ['vuurwapens', 'risico op de dood'],
  'seed 001 l.5139-5143': ['tegen het leven'],
  'seed 001 l.3208-3212': ['acute crisis', 'escalatie'],
  'seed 001 l.609-613': ['escalatie van het geweld'],
  'seed 001 l.3218-3220': ['acuut veiligheidsrisico', 'eergerelateerd geweld'],
  'seed 001 l.3531': ['eerwraak'],
  'seed 001 l.3773-3785': ['toestemming', 'anoniem'],
  'seed 002 l.62-70': ['schulden', 'opvang'],
  'seed 001 l.5355-5380': ['zelfstandige verblijfsvergunning', 'geweld'],
  'seed 001 l.3942': ['kindertelefoon', 'gratis'],
  'seed 001 l.3890-3902': ['24/7', 'huiselijk'],
  'seed 001 l.3509-3519': ['forensisch arts', 'bewijsmateriaal'],
  'seed 001 l.5293-5297': ['bewijs aan te dragen'],
  'seed 001 l.3523': ['aangifte'],
};

function cited(citation: string): string {
  const m = /^seed (\d{3}) l\.(\d+)(?:-(\d+))?$/.exec(citation)!;
  const file = readdirSync(SEEDS).find((f) => f.startsWith(`${m[1]}_`))!;
  const lines = readFileSync(resolve(SEEDS, file), 'utf8').split('\n');
  return lines.slice(Number(m[2]) - 1, Number(m[3] ?? m[2])).join(' ').replace(/\s+/g, ' ').toLowerCase();
}

describe('decision aid: from her priorities to advice', () => {
  it('no choice, no advice: nothing is decided for her', () => {
    expect(adviceFor([])).toEqual({ advice: [], services: [] });
  });
  it('staying for now shows what can make staying safer; leaving shows the most dangerous moment', () => {
    expect(adviceFor(['stay']).advice.map((a) => a.id)).toEqual(['confideOne', 'codeWord', 'kitchen', 'phoneCharged', 'vtAnonymous']);
    expect(adviceFor(['leave']).advice.map((a) => a.id)).toContain('dangerousMoment');
  });
  it('combines choices in a fixed order without duplicates', () => {
    const r = adviceFor(['housing', 'safety']);
    expect(r.advice.map((a) => a.id)).toEqual(['call112', 'vtAnonymous', 'vtConsent', 'banFacts', 'shelter', 'permit']);
    expect(r.services).toEqual(['emergency', 'veilig-thuis', 'juridisch-loket']);
  });
  it('every advice line has a source and a text in every language; every service is in the directory', () => {
    const ids = new Set(SERVICES.map((s) => s.id));
    for (const c of [...PRIORITIES, ...DIRECTIONS]) {
      for (const a of FITS[c].advice) {
        expect(a.source.ref.length, a.id).toBeGreaterThan(3);
        for (const lang of ['nl', 'en', 'tr', 'ar', 'pl', 'uk']) expect(json(lang, a.ns).advice[a.id], `${lang} ${a.ns}:${a.id}`).toBeTruthy();
      }
      for (const s of FITS[c].services) expect(ids.has(s), s).toBe(true);
    }
  });
  it('keeps only known choices from a saved plan', () => {
    expect(parseChoices(['safety', 'evil', 'leave'])).toEqual(['safety', 'leave']);
    expect(parseChoices(undefined)).toEqual([]);
  });
});

describe('signs of high danger', () => {
  it('any one recognised sign means high danger; none means no verdict', () => {
    expect(isHighDanger([])).toBe(false);
    expect(isHighDanger(['leaving'])).toBe(true);
    expect(isHighDanger(['unknown'])).toBe(false);
  });
  it('every sign cites a source that names it: strangulation and escalation from the reference', () => {
    for (const s of DANGER_SIGNS) expect(['nl-org', 'source']).toContain(s.source.kind);
    const reference = readFileSync(resolve(ROOT, 'docs/sources/helplines.md'), 'utf8');
    const section = reference.split(/^## /m).find((part) => part.startsWith('Danger signs and evidence'))!;
    expect(DANGER_SIGNS.find((s) => s.id === 'strangled')!.source).toMatchObject({ kind: 'source', ids: ['strangulationWiki', 'strangulationNews'] });
    expect(section).toContain('Strangulation');
    expect(section).toContain('Wurging (huiselijk geweld)');
    expect(section).toContain('Bijna vermoord, geen bewijs');
    expect(DANGER_SIGNS.find((s) => s.id === 'escalating')!.source).toMatchObject({ kind: 'source', ids: ['riskFactors'] });
    expect(section).toContain('Risk factors for escalation');
    expect(section).toContain('Verwijs & Lünnemann');
  });
  it('every seed citation of the aid and the log points at lines with the cited words', () => {
    // the plan's own advice (ns 'plan') is checked with the plan's sources in content-facts.test.ts
    const refs = [...DANGER_SIGNS, ...LOG_FACTS, ...Object.values(FITS).flatMap((f) => f.advice.filter((a) => a.ns === 'decision'))]
      .flatMap((x) => x.source.ref.split(';'))
      .map((r) => r.trim())
      .filter((r) => r.startsWith('seed '));
    expect(refs.length).toBeGreaterThan(8);
    for (const r of new Set(refs)) {
      const words = KEYWORDS[r];
      expect(words, `keywords for ${r}`).toBeDefined();
      for (const w of words!) expect(cited(r), `${r}: ${w}`).toContain(w.toLowerCase());
    }
  });
});
