/**
 * What a reader sees for a topic page's citation. A page cites seed lines ("seed 001 l.A-B") or
 * a section of docs/sources/helplines.md ("reference: <section> (detail)"); the reader sees the
 * public documents and pages behind them (lib/directory/source-names.ts), never the pointer.
 */
import { SERVICES } from '../directory/services';
import { sourceIdOf, sourceIdsOf, type SourceId } from '../directory/source-names';

/** The public sources behind each reference citation that is not a directory one. */
const REFERENCE_SOURCES: Readonly<Record<string, readonly SourceId[]>> = {
  'reference: Cover-your-tracks items published (Veilig Thuis chat needs only a nickname)': ['veiligThuisGooiFaq'],
  'reference: Cover-your-tracks items published (refugetechsafety.org; reducingtherisk.org.uk; hope-eci.org; huiselijkgeweld.nl)': [
    'refuge',
    'reducingTheRisk',
    'hope',
    'huiselijkGeweld',
  ],
  'reference: Cover-your-tracks items published (reducingtherisk.org.uk; refugetechsafety.org: shared Google/Apple accounts)': ['reducingTheRisk', 'refuge'],
  'reference: Facts about services worth saying in the content (0800-2000 cannot be dialled from abroad: veiligthuisgv.nl)': ['veiligThuisGooiFaq'],
  'reference: Facts about services worth saying in the content (0800-2000 cannot be dialled from abroad; call log)': ['veiligThuisGooiFaq', 'gemeenteBergen'],
  'reference: Facts about services worth saying in the content (dependent residence permit)': ['governmentToGrevio'],
  'reference: Facts about services worth saying in the content (gemeente Bergen: 0800 numbers and the call log)': ['gemeenteBergen'],
  'reference: Facts about services worth saying in the content (tijdelijk huisverbod; contact and area bans)': ['governmentToGrevio'],
  'reference: Facts about services worth saying in the content (itemised bill: check with your provider)': ['generalKnowledge'],
  'reference: Safety-plan items published by Dutch organisations (Trouw 2018-11; huiselijkgeweld.nl stalking plan; meldknop.nl)': ['trouw2018', 'huiselijkGeweld', 'meldknop'],
  'reference: Safety-plan items published by Dutch organisations (emergency bag: general advice from foreign guidance)': ['womensAidGroups'],
  'reference: Safety-plan items published by Dutch organisations (general advice from foreign guidance: teaching children to call 112)': ['womensAidGroups'],
  'reference: Safety-plan items published by Dutch organisations (nederlandwereldwijd.nl; LKHA: before travelling)': ['nederlandWereldwijd', 'lkhaSite'],
  'reference: Safety-plan items published by Dutch organisations (politie.nl: medical statement)': ['politie'],
  'reference: Safety-plan items published by Dutch organisations (politie.nl: record injuries, medical statement; Trouw 2018-11: spyware, passwords)': ['politie', 'trouw2018'],
  'reference: Safety-plan items published by Dutch organisations (politie.nl: record injuries, medical statement; stalking log)': ['politie', 'huiselijkGeweld', 'meldknop'],
  'reference: Safety-plan items published by Dutch organisations (Trouw 2018-11: spyware, smart devices)': ['trouw2018'],
};

const DIRECTORY = /^reference: Directory \((.+)\)$/;

/** The sources of the directory services a "reference: Directory (id: …; id…)" citation names. */
function directorySources(detail: string): SourceId[] {
  const ids = detail.split(';').map((part) => part.split(':')[0]!.trim());
  return sourceIdsOf(SERVICES.filter((s) => ids.includes(s.id)).flatMap((s) => s.source));
}

/** The public sources behind one citation; [] for a citation nobody mapped (a test fails on it). */
export function citationSources(citation: string): SourceId[] {
  if (citation.startsWith('seed ')) {
    const id = sourceIdOf(citation);
    return id ? [id] : [];
  }
  const directory = DIRECTORY.exec(citation);
  if (directory) return directorySources(directory[1]!);
  return [...(REFERENCE_SOURCES[citation] ?? [])];
}

/** Each public source of a page once, in the order of its citations. */
export function pageSources(citations: readonly string[]): SourceId[] {
  const out: SourceId[] = [];
  for (const id of citations.flatMap(citationSources)) if (!out.includes(id)) out.push(id);
  return out;
}
