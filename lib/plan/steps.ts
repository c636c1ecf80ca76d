/**
 * The guided steps of the safety plan. Texts are in locales/<lang>/plan.json under
 * `steps.<step>.…`; this module holds the shape and where each piece of advice comes from.
 * Sources: docs/sources/helplines.md, section "Safety-plan items published by Dutch organisations".
 */
import type { SourceId } from '../directory/source-names';

/**
 * Advice published by a Dutch organisation ('nl-org', shown "Advice from <org>"), general advice
 * found only in foreign guidance, or a fact or a report in a newspaper ('source', shown
 * "Source: <the documents>", lib/directory/source-names.ts). `ref` is the research pointer: kept
 * in the data and the tests, never shown.
 */
export type AdviceSource =
  | { kind: 'nl-org'; org: string; ref: string }
  | { kind: 'general'; ref: string }
  | { kind: 'source'; ids: readonly SourceId[]; ref: string };

export interface AdviceItem {
  /** text key: plan:advice.<id> */
  id: string;
  source: AdviceSource;
}

export interface ChecklistItem {
  /** text key: plan:bag.<id> */
  id: string;
  source: AdviceSource;
}

export interface PlanField {
  /** text key: plan:fields.<id>; the value is kept under this id */
  id: string;
  /** a single line (names, a code word) or a longer text */
  kind: 'line' | 'text';
}

export interface PlanStep {
  /** text keys: plan:steps.<id>.title and plan:steps.<id>.intro */
  id: string;
  fields: readonly PlanField[];
  advice: readonly AdviceItem[];
  /** directory ids whose numbers this step may show (only numbers from lib/directory/services.ts) */
  services?: readonly string[];
  checklist?: readonly ChecklistItem[];
}

/** The most a field holds; the field shows a counter and stops there. */
export const MAX_FIELD_LENGTH = 2000;

const GENERAL_UK: AdviceSource = { kind: 'general', ref: "UK Women's Aid groups (lwa.org.uk, nottswa.org, futureshg.co.uk, foylewomensaid.org)" };
const VT_BRABANT: AdviceSource = { kind: 'nl-org', org: 'Veilig Thuis West-Brabant, Sterk Huis', ref: 'Omroep Brabant 2025-08' };
const VT: AdviceSource = { kind: 'nl-org', org: 'Veilig Thuis', ref: 'seed 001 l.3765-3785' };
const POLICE: AdviceSource = { kind: 'nl-org', org: 'Politie', ref: 'politie.nl' };
const TROUW: AdviceSource = { kind: 'source', ids: ['trouw2018'], ref: 'Trouw 2018-11 (Dutch organisations quoted)' };
const STALKING: AdviceSource = { kind: 'nl-org', org: 'huiselijkgeweld.nl, meldknop.nl', ref: 'huiselijkgeweld.nl stalking plan; meldknop.nl' };
const SHELTER: AdviceSource = { kind: 'source', ids: ['governmentToGrevio'], ref: 'seed 001 l.3185-3200, l.3194' };

export const PLAN_STEPS: readonly PlanStep[] = [
  {
    id: 'warning',
    fields: [{ id: 'warningSigns', kind: 'text' }],
    advice: [
      { id: 'call112', source: VT_BRABANT },
      { id: 'kitchen', source: GENERAL_UK },
    ],
    services: ['emergency'],
  },
  {
    id: 'people',
    fields: [
      { id: 'trustedPeople', kind: 'text' },
      { id: 'codeWord', kind: 'line' },
    ],
    advice: [
      { id: 'confideOne', source: VT_BRABANT },
      { id: 'fewPeople', source: VT_BRABANT },
      { id: 'codeWord', source: GENERAL_UK },
    ],
  },
  {
    id: 'places',
    fields: [{ id: 'places', kind: 'text' }],
    advice: [
      { id: 'shelter', source: SHELTER },
      { id: 'vtAnonymous', source: VT },
    ],
    services: ['veilig-thuis'],
  },
  {
    id: 'leaving',
    fields: [
      { id: 'route', kind: 'text' },
      { id: 'keysTransport', kind: 'text' },
      { id: 'money', kind: 'text' },
    ],
    advice: [
      { id: 'dangerousMoment', source: VT_BRABANT },
      { id: 'moneyHidden', source: GENERAL_UK },
      { id: 'phoneCharged', source: GENERAL_UK },
      { id: 'pets', source: GENERAL_UK },
    ],
  },
  {
    id: 'bag',
    fields: [{ id: 'bagNotes', kind: 'text' }],
    advice: [
      { id: 'bagHidden', source: GENERAL_UK },
      { id: 'copies', source: GENERAL_UK },
      // the cloud-upload warning: docs/sources/helplines.md, cover-your-tracks and sync sections (reducingtherisk.org.uk; refugetechsafety.org)
      { id: 'injuries', source: POLICE },
      { id: 'evidenceLog', source: STALKING },
    ],
    checklist: [
      { id: 'id', source: GENERAL_UK },
      { id: 'permit', source: GENERAL_UK },
      { id: 'bankCards', source: GENERAL_UK },
      { id: 'cash', source: GENERAL_UK },
      { id: 'medicines', source: GENERAL_UK },
      { id: 'phone', source: GENERAL_UK },
      { id: 'keys', source: GENERAL_UK },
      { id: 'childrenDocs', source: GENERAL_UK },
      { id: 'toy', source: GENERAL_UK },
      { id: 'papers', source: GENERAL_UK },
      { id: 'evidence', source: STALKING },
    ],
  },
  {
    id: 'children',
    fields: [
      { id: 'childrenDo', kind: 'text' },
      { id: 'childrenCall', kind: 'text' },
    ],
    advice: [
      { id: 'teach112', source: GENERAL_UK },
      { id: 'rehearse', source: GENERAL_UK },
    ],
    services: ['emergency', 'kindertelefoon'],
  },
  {
    id: 'digital',
    fields: [{ id: 'digital', kind: 'text' }],
    advice: [
      { id: 'passwords', source: TROUW },
      { id: 'spyware', source: TROUW },
      { id: 'checkedPhone', source: { kind: 'nl-org', org: 'Gemeente Bergen', ref: 'gemeente Bergen (undated): 0800 numbers in the call log' } },
      { id: 'keepEvidence', source: STALKING },
    ],
  },
  {
    id: 'after',
    fields: [
      { id: 'routines', kind: 'text' },
      { id: 'schoolWork', kind: 'text' },
      { id: 'ban', kind: 'text' },
    ],
    advice: [
      { id: 'changeRoutines', source: GENERAL_UK },
      { id: 'banFacts', source: { kind: 'source', ids: ['governmentToGrevio'], ref: 'seed 001 l.5149-5182 (breach: police enforce; 112 is our advice for acute danger), l.5196-5218' } },
      { id: 'tellPeople', source: STALKING },
    ],
  },
];

export const ALL_FIELD_IDS: readonly string[] = PLAN_STEPS.flatMap((s) => s.fields.map((f) => f.id));
export const ALL_CHECK_IDS: readonly string[] = PLAN_STEPS.flatMap((s) => (s.checklist ?? []).map((c) => c.id));
