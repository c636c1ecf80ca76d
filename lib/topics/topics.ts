import type { Need } from '../directory/types';

/** The topic pages, in the order the list shows them. Texts live in `locales/<lang>/topics.json`. */
export const TOPIC_IDS = [
  'home-violence',
  'hidden-women',
  'forced-marriage',
  'honour-violence',
  'fgm',
  'sexual-violence',
  'children',
  'older-people',
  'trafficking',
  'stalking-digital',
  'calling-veilig-thuis',
  'shelter',
  'restraining-order',
  'residence-permit',
  'police-report',
] as const;
export type TopicId = (typeof TOPIC_IDS)[number];

/** 'violence': forms of violence; 'rights': your rights and what happens next. */
export type TopicGroup = 'violence' | 'rights';
export const TOPIC_GROUPS: readonly TopicGroup[] = ['violence', 'rights'];

export interface Topic {
  id: TopicId;
  group: TopicGroup;
  /** Directory service ids whose cards the page shows, most relevant first. */
  services: readonly string[];
  /** The directory filter this topic belongs to, if one fits. */
  need?: Need;
}

export const TOPICS: readonly Topic[] = [
  { id: 'home-violence', group: 'violence', services: ['veilig-thuis', 'vrouwenopvang', 'luisterlijn'], need: 'domestic-violence' },
  { id: 'hidden-women', group: 'violence', services: ['veilig-thuis', 'femmes-for-freedom'], need: 'domestic-violence' },
  { id: 'forced-marriage', group: 'violence', services: ['bz', 'lkha', 'femmes-for-freedom'], need: 'forced-marriage' },
  { id: 'honour-violence', group: 'violence', services: ['veilig-thuis', 'fier'], need: 'domestic-violence' },
  { id: 'fgm', group: 'violence', services: ['veilig-thuis', 'emergency'], need: 'domestic-violence' },
  { id: 'sexual-violence', group: 'violence', services: ['csg', 'helpwanted'], need: 'sexual-violence' },
  { id: 'children', group: 'violence', services: ['kindertelefoon', 'veilig-thuis', 'juridisch-loket'], need: 'children' },
  { id: 'older-people', group: 'violence', services: ['veilig-thuis', 'luisterlijn'], need: 'domestic-violence' },
  { id: 'trafficking', group: 'violence', services: ['comensha', 'arbeidsinspectie', 'fier', 'mma'], need: 'trafficking' },
  { id: 'stalking-digital', group: 'violence', services: ['helpwanted', 'veilig-thuis', 'police'] },
  { id: 'calling-veilig-thuis', group: 'rights', services: ['veilig-thuis'], need: 'domestic-violence' },
  { id: 'shelter', group: 'rights', services: ['vrouwenopvang', 'juridisch-loket'], need: 'domestic-violence' },
  { id: 'restraining-order', group: 'rights', services: ['emergency', 'police', 'veilig-thuis', 'juridisch-loket'], need: 'legal-practical' },
  { id: 'residence-permit', group: 'rights', services: ['juridisch-loket', 'veilig-thuis'], need: 'legal-practical' },
  { id: 'police-report', group: 'rights', services: ['police', 'slachtofferhulp', 'mma'], need: 'legal-practical' },
];

/** Signals a person can tick in "Do you recognise this?"; each leads to its topics. */
export interface Signal {
  id: string;
  topics: readonly TopicId[];
}

export const SIGNALS: readonly Signal[] = [
  { id: 'hurt', topics: ['home-violence', 'police-report'] },
  { id: 'afraid', topics: ['home-violence', 'calling-veilig-thuis'] },
  { id: 'money', topics: ['home-violence', 'older-people'] },
  { id: 'phone', topics: ['stalking-digital', 'home-violence'] },
  { id: 'alone', topics: ['hidden-women', 'home-violence'] },
  { id: 'watched', topics: ['hidden-women', 'home-violence'] },
  { id: 'permit', topics: ['residence-permit', 'hidden-women'] },
  { id: 'marriage', topics: ['forced-marriage', 'honour-violence'] },
  { id: 'abroad', topics: ['forced-marriage'] },
  { id: 'honour', topics: ['honour-violence', 'forced-marriage'] },
  { id: 'cutting', topics: ['fgm'] },
  { id: 'sex', topics: ['sexual-violence'] },
  { id: 'children', topics: ['children', 'home-violence'] },
  { id: 'care', topics: ['older-people'] },
  { id: 'work', topics: ['trafficking'] },
  { id: 'followed', topics: ['stalking-digital', 'restraining-order'] },
  { id: 'leave', topics: ['shelter', 'restraining-order', 'calling-veilig-thuis'] },
];

/** The topics the ticked signals lead to, in the list's order, each once. */
export function topicsForSignals(ticked: ReadonlySet<string>): TopicId[] {
  const wanted = new Set(SIGNALS.filter((s) => ticked.has(s.id)).flatMap((s) => s.topics));
  return TOPIC_IDS.filter((id) => wanted.has(id));
}

export function topicById(id: string): Topic | undefined {
  return TOPICS.find((t) => t.id === id);
}

/** The shape of one page in the `topics` namespace (checked by a unit test). */
export interface TopicText {
  title: string;
  summary: string;
  what: string;
  signs: string[];
  todo: string[];
  more: { title: string; text: string }[];
  sources: string[];
}
