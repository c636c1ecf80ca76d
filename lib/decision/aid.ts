/**
 * The decision aid: she chooses what matters most to her and which way she is leaning; the aid
 * shows the advice and services that fit. No score, no verdict. Advice reuses the plan's items
 * (same texts and sources, plan:advice.<id>) where they exist; the aid's own items are
 * decision:advice.<id>. Every item keeps its source.
 */
import { PLAN_STEPS, type AdviceSource } from '../plan/steps';

export const PRIORITIES = ['safety', 'children', 'money', 'housing'] as const;
export type Priority = (typeof PRIORITIES)[number];
/** Staying for now or leaving is her choice; "not sure yet" is a real answer too. */
export const DIRECTIONS = ['stay', 'leave', 'unsure'] as const;
export type Direction = (typeof DIRECTIONS)[number];
export type Choice = Priority | Direction;

export interface AidAdvice {
  /** text key: `${ns}:advice.<id>` */
  ns: 'plan' | 'decision';
  id: string;
  source: AdviceSource;
}

const VT_CONSENT: AdviceSource = { kind: 'nl-org', org: 'Veilig Thuis', ref: 'seed 001 l.3773-3785' };
const OMBUDSMAN: AdviceSource = { kind: 'source', ids: ['civilSociety'], ref: 'seed 002 l.62-70' };
const PERMIT: AdviceSource = { kind: 'source', ids: ['governmentToGrevio'], ref: 'seed 001 l.5355-5380' };
const LOKET: AdviceSource = { kind: 'nl-org', org: 'Het Juridisch Loket', ref: 'docs/sources/helplines.md, juridisch-loket (juridischloket.nl, undated)' };
const KINDERTELEFOON: AdviceSource = { kind: 'nl-org', org: 'De Kindertelefoon', ref: 'seed 001 l.3942; docs/sources/helplines.md, kindertelefoon' };
const LUISTERLIJN: AdviceSource = { kind: 'nl-org', org: 'De Luisterlijn', ref: 'seed 001 l.3890-3902' };

function fromPlan(id: string): AidAdvice {
  for (const step of PLAN_STEPS) {
    const item = step.advice.find((a) => a.id === id);
    if (item) return { ns: 'plan', id, source: item.source };
  }
  throw new Error(`no plan advice ${id}`);
}
const own = (id: string, source: AdviceSource): AidAdvice => ({ ns: 'decision', id, source });

/** What fits each choice, in the order it is shown; directory ids for the numbers that fit. */
export const FITS: Readonly<Record<Choice, { advice: readonly AidAdvice[]; services: readonly string[] }>> = {
  safety: { advice: [fromPlan('call112'), fromPlan('vtAnonymous'), own('vtConsent', VT_CONSENT), fromPlan('banFacts')], services: ['emergency', 'veilig-thuis'] },
  children: { advice: [own('kindertelefoon', KINDERTELEFOON), fromPlan('teach112'), fromPlan('rehearse')], services: ['veilig-thuis', 'kindertelefoon'] },
  money: { advice: [fromPlan('moneyHidden'), own('shelterCosts', OMBUDSMAN), own('legalHelp', LOKET)], services: ['juridisch-loket'] },
  housing: { advice: [fromPlan('shelter'), fromPlan('banFacts'), own('permit', PERMIT)], services: ['veilig-thuis', 'juridisch-loket'] },
  // what can make staying safer
  stay: { advice: [fromPlan('confideOne'), fromPlan('codeWord'), fromPlan('kitchen'), fromPlan('phoneCharged'), fromPlan('vtAnonymous')], services: ['veilig-thuis'] },
  leave: { advice: [fromPlan('dangerousMoment'), fromPlan('fewPeople'), fromPlan('bagHidden'), fromPlan('passwords'), fromPlan('shelter')], services: ['veilig-thuis'] },
  unsure: { advice: [own('vtConsent', VT_CONSENT), own('talk', LUISTERLIJN)], services: ['veilig-thuis', 'luisterlijn'] },
};

export interface AidResult {
  advice: AidAdvice[];
  services: string[];
}

/** The advice and services for her choices, without duplicates, in the order of her choices. */
export function adviceFor(choices: readonly Choice[]): AidResult {
  const advice: AidAdvice[] = [];
  const services: string[] = [];
  const seen = new Set<string>();
  for (const c of [...PRIORITIES, ...DIRECTIONS].filter((x) => choices.includes(x))) {
    for (const a of FITS[c].advice) {
      if (seen.has(`${a.ns}:${a.id}`)) continue;
      seen.add(`${a.ns}:${a.id}`);
      advice.push(a);
    }
    for (const s of FITS[c].services) if (!services.includes(s)) services.push(s);
  }
  return { advice, services };
}

/** Only known choices survive (from a saved plan written by another version). */
export function parseChoices(raw: readonly string[] | undefined): Choice[] {
  const known: readonly string[] = [...PRIORITIES, ...DIRECTIONS];
  return (raw ?? []).filter((c): c is Choice => known.includes(c));
}
