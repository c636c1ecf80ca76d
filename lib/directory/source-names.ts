/**
 * Every source the extension shows, as a reader can look it up: the organisation (a proper
 * name, the same in every language), what kind of document or page it is (translated:
 * `directory:sourceKind.<kind>`), its own title where it has one, the web address and the date
 * as the source gives it. Research pointers (seed file and line, a section of
 * docs/sources/helplines.md) stay in the data and the tests; they are never shown.
 */
export type SourceKind =
  | 'stateReport'
  | 'factsheet'
  | 'commentary'
  | 'initiativeNote'
  | 'letter'
  | 'faq'
  | 'website'
  | 'news'
  | 'encyclopedia'
  | 'training'
  | 'foreignGuidance'
  | 'general';

export interface ReadableSource {
  /** The organisation or publication, as it names itself; absent when the document names none. */
  org?: string;
  kind: SourceKind;
  /** The document's own title, in its own language (Dutch), shown in quotes. */
  title?: string;
  /** Web address without https://, when the source is a page. */
  site?: string;
  /** As the source gives it: a year, a range of years, year-month or a full date. Absent: undated. */
  date?: string;
}

const source = <K extends string>(all: Record<K, ReadableSource>): Record<K, ReadableSource> => all;

export const SOURCES = source({
  // the five seed documents (docs/sources/seeds, see its README)
  hiddenWomen: { org: 'Verwey-Jonker Instituut / KIS', kind: 'factsheet', title: 'Verborgen vrouwen' },
  governmentToGrevio: { org: 'Rijksoverheid', kind: 'stateReport', date: '2016–2017' },
  civilSociety: { kind: 'commentary' },
  initiativeNote: { org: 'Tweede Kamer', kind: 'initiativeNote', title: 'Geweld achter de voordeur' },
  forcedMarriageLetter: { org: 'Rijksoverheid', kind: 'letter' },
  // public pages and news named in docs/sources/helplines.md
  emergencyAppNews: { org: 'Tweakers, NU.nl', kind: 'news' },
  veiligThuisGooiFaq: { org: 'Veilig Thuis Gooi en Vechtstreek', kind: 'faq', site: 'veiligthuisgv.nl' },
  gemeenteNu: { org: 'Gemeente.nu', kind: 'news', date: '2025-10-29' },
  helpwanted: { org: 'Helpwanted', kind: 'website', site: 'helpwanted.nl/en' },
  nederlandWereldwijd: { org: 'Nederland Wereldwijd', kind: 'website', site: 'nederlandwereldwijd.nl/achterlating' },
  rijksoverheid2019: { org: 'Rijksoverheid', kind: 'website', site: 'rijksoverheid.nl', date: '2019' },
  lkhaSite: { org: 'LKHA', kind: 'website', site: 'huwelijksdwangenachterlating.nl' },
  nu202007: { org: 'NU.nl', kind: 'news', date: '2020-07' },
  nu2020: { org: 'NU.nl', kind: 'news', date: '2020' },
  omropFryslan: { org: 'Omrop Fryslân', kind: 'news', date: '2020' },
  nrc2017: { org: 'NRC', kind: 'news', date: '2017' },
  nrc202007: { org: 'NRC', kind: 'news', date: '2020-07' },
  nrc2021: { org: 'NRC', kind: 'news', date: '2021' },
  wegwijzerMensenhandel: { org: 'Wegwijzer Mensenhandel', kind: 'website', site: 'wegwijzermensenhandel.nl' },
  politie: { org: 'Politie', kind: 'website', site: 'politie.nl' },
  rd2018: { org: 'Reformatorisch Dagblad', kind: 'news', date: '2018' },
  anp2025: { org: 'ANP', kind: 'news', date: '2025-10-03' },
  medicalfacts2021: { org: 'Medicalfacts', kind: 'news', date: '2021' },
  blijfGroep: { org: 'Blijf Groep', kind: 'website', site: 'blijfgroep.nl' },
  juridischLoket: { org: 'Het Juridisch Loket', kind: 'website', site: 'juridischloket.nl' },
  pitane2023: { org: 'Pitane Blue', kind: 'news', date: '2023-01' },
  trouw2018: { org: 'Trouw', kind: 'news', date: '2018-11' },
  omroepBrabant2025: { org: 'Omroep Brabant', kind: 'news', date: '2025-08' },
  huiselijkGeweld: { org: 'Huiselijkgeweld.nl', kind: 'website', site: 'huiselijkgeweld.nl' },
  meldknop: { org: 'Meldknop.nl', kind: 'website', site: 'meldknop.nl' },
  gemeenteBergen: { org: 'Gemeente Bergen', kind: 'website' },
  refuge: { org: 'Refuge', kind: 'foreignGuidance', site: 'refugetechsafety.org' },
  reducingTheRisk: { org: 'Reducing the Risk', kind: 'foreignGuidance', site: 'reducingtherisk.org.uk' },
  hope: { org: 'HOPE', kind: 'foreignGuidance', site: 'hope-eci.org' },
  womensAidGroups: { org: "Women's Aid", kind: 'foreignGuidance' },
  strangulationWiki: { org: 'Wikipedia', kind: 'encyclopedia', title: 'Wurging (huiselijk geweld)', site: 'nl.wikipedia.org' },
  strangulationNews: { org: 'Hart van Nederland', kind: 'news', title: 'Bijna vermoord, geen bewijs' },
  riskFactors: { org: 'Verwijs & Lünnemann (Federatie Opvang, GGD Nederland)', kind: 'training', title: 'Partnergeweld: achtergrond en risicofactoren', date: '2012' },
  generalKnowledge: { kind: 'general' },
});
export type SourceId = keyof typeof SOURCES;

/** The start of a `source` entry in services.ts (and of a seed citation) → the source shown. */
const PREFIXES: ReadonlyArray<[prefix: string, id: SourceId]> = [
  ['seed 000', 'hiddenWomen'],
  ['seed 001', 'governmentToGrevio'],
  ['seed 002', 'civilSociety'],
  ['seed 003', 'initiativeNote'],
  ['seed 004', 'forcedMarriageLetter'],
  ['112NL app', 'emergencyAppNews'],
  ['veiligthuisgv.nl FAQ', 'veiligThuisGooiFaq'],
  ['gemeente.nu', 'gemeenteNu'],
  ['helpwanted.nl', 'helpwanted'],
  ['nederlandwereldwijd.nl', 'nederlandWereldwijd'],
  ['rijksoverheid.nl', 'rijksoverheid2019'],
  ['nu.nl 2020-07', 'nu202007'],
  ['nu.nl 2020', 'nu2020'],
  ['Omrop Fryslân', 'omropFryslan'],
  ['NRC 2017', 'nrc2017'],
  ['NRC 2020-07', 'nrc202007'],
  ['NRC 2021', 'nrc2021'],
  ['wegwijzermensenhandel.nl', 'wegwijzerMensenhandel'],
  ['politie.nl', 'politie'],
  ['rd.nl', 'rd2018'],
  ['ANP', 'anp2025'],
  ['medicalfacts.nl', 'medicalfacts2021'],
  ['blijfgroep.nl', 'blijfGroep'],
  ['juridischloket.nl', 'juridischLoket'],
  ['pitane.blue', 'pitane2023'],
];

/** The source id of one `source` entry or seed citation; undefined for one this list does not know. */
export function sourceIdOf(entry: string): SourceId | undefined {
  return PREFIXES.find(([prefix]) => entry.startsWith(prefix))?.[1];
}

/** The readable form of one `source` entry; undefined for one this list does not know. */
export function readableSource(entry: string): ReadableSource | undefined {
  const id = sourceIdOf(entry);
  return id && SOURCES[id];
}

/** Each source once, in order (two seed lines of one report count once); unknown entries left out. */
export function sourceIdsOf(entries: readonly string[]): SourceId[] {
  const out: SourceId[] = [];
  for (const e of entries) {
    const id = sourceIdOf(e);
    if (id && !out.includes(id)) out.push(id);
  }
  return out;
}

/** The years a date as the source gives it covers ("2016–2017" → [2016, 2017]); [] when undated. */
export function yearsOf(date: string | undefined): number[] {
  return (date?.match(/\b(19|20)\d{2}\b/g) ?? []).map(Number);
}
