/**
 * The directory's sources as a social worker can look them up: the organisation, what kind of
 * page or document it is (translated: `ui` keys `sourceKind.*`), the web address and the date
 * where there is one. The seed file and line pointers stay in `services.ts` and the docs.
 */
export type SourceKind = 'report' | 'factsheet' | 'letter' | 'faq' | 'website' | 'news';

export interface ReadableSource {
  org: string;
  kind: SourceKind;
  /** Web address without https://, when the source is a page. */
  site?: string;
  /** As the source gives it: a year, year-month or full date. */
  date?: string;
}

const GREVIO: ReadableSource = { org: 'Rijksoverheid', kind: 'report', date: '2016-2017' };

/** Keyed by the start of a `source` entry in services.ts (seed files by number). */
const NAMES: ReadonlyArray<[prefix: string, source: ReadableSource]> = [
  ['seed 000', { org: 'Verwey-Jonker Instituut / KIS', kind: 'factsheet' }],
  ['seed 001', GREVIO],
  ['seed 004', { org: 'Rijksoverheid', kind: 'letter' }],
  ['112NL app', { org: 'Tweakers, NU.nl', kind: 'news' }],
  ['veiligthuisgv.nl FAQ', { org: 'Veilig Thuis Gooi en Vechtstreek', kind: 'faq', site: 'veiligthuisgv.nl' }],
  ['gemeente.nu', { org: 'Gemeente.nu', kind: 'news', site: 'gemeente.nu', date: '2025-10-29' }],
  ['helpwanted.nl', { org: 'Helpwanted', kind: 'website', site: 'helpwanted.nl/en' }],
  ['nederlandwereldwijd.nl', { org: 'Nederland Wereldwijd', kind: 'website', site: 'nederlandwereldwijd.nl/achterlating' }],
  ['rijksoverheid.nl', { org: 'Rijksoverheid', kind: 'website', site: 'rijksoverheid.nl', date: '2019' }],
  ['nu.nl 2020-07', { org: 'NU.nl', kind: 'news', date: '2020-07' }],
  ['nu.nl 2020', { org: 'NU.nl', kind: 'news', date: '2020' }],
  ['Omrop Fryslân', { org: 'Omrop Fryslân', kind: 'news', date: '2020' }],
  ['NRC 2017', { org: 'NRC', kind: 'news', date: '2017' }],
  ['NRC 2020-07', { org: 'NRC', kind: 'news', date: '2020-07' }],
  ['NRC 2021', { org: 'NRC', kind: 'news', date: '2021' }],
  ['wegwijzermensenhandel.nl', { org: 'Wegwijzer Mensenhandel', kind: 'website', site: 'wegwijzermensenhandel.nl' }],
  ['politie.nl', { org: 'Politie', kind: 'website', site: 'politie.nl' }],
  ['rd.nl', { org: 'Reformatorisch Dagblad', kind: 'news', date: '2018' }],
  ['ANP', { org: 'ANP', kind: 'news', date: '2025-10-03' }],
  ['medicalfacts.nl', { org: 'Medicalfacts', kind: 'news', date: '2021' }],
  ['blijfgroep.nl', { org: 'Blijf Groep', kind: 'website', site: 'blijfgroep.nl' }],
  ['juridischloket.nl', { org: 'Het Juridisch Loket', kind: 'website', site: 'juridischloket.nl' }],
  ['pitane.blue', { org: 'Pitane Blue', kind: 'news', date: '2023-01' }],
];

/** The readable form of one `source` entry; undefined for one this list does not know. */
export function readableSource(source: string): ReadableSource | undefined {
  return NAMES.find(([prefix]) => source.startsWith(prefix))?.[1];
}

/** One entry per source that a person can look up (two seed lines of one report count once). */
export function readableSources(sources: readonly string[]): Array<ReadableSource | string> {
  const out: Array<ReadableSource | string> = [];
  for (const s of sources) {
    const readable = readableSource(s) ?? s;
    if (!out.includes(readable)) out.push(readable);
  }
  return out;
}
