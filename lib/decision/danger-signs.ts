import type { AdviceSource } from '../plan/steps';

/**
 * Signs of high danger, only those a Dutch source names. Texts: decision:danger.<id>.
 * Left out on purpose: strangulation (choking). It is a known sign of high danger in
 * international risk research, but none of the Dutch sources in docs/sources names it; add it
 * when a Dutch source is in the reference.
 */
export const DANGER_SIGNS: ReadonlyArray<{ id: string; source: AdviceSource }> = [
  // Istanbul Convention art. 51 as applied in NL: risk assessment weighs possession of or access to firearms
  { id: 'weapon', source: { kind: 'nl-org', org: 'Rijksoverheid (GREVIO report)', ref: 'seed 001 l.5123-5131' } },
  // threat analysis when there is fear of offences against life (stelsel Bewaken en Beveiligen)
  { id: 'threatToKill', source: { kind: 'nl-org', org: 'Rijksoverheid (GREVIO report)', ref: 'seed 001 l.5139-5143' } },
  // violence hidden for years until it escalates into an acute crisis; a house ban prevents escalation
  { id: 'escalating', source: { kind: 'nl-org', org: 'Rijksoverheid (GREVIO report)', ref: 'seed 001 l.3208-3212; seed 001 l.609-613' } },
  // the moment of leaving is the most dangerous
  { id: 'leaving', source: { kind: 'nl-org', org: 'Veilig Thuis West-Brabant, Sterk Huis', ref: 'Omroep Brabant 2025-08 (docs/sources/helplines.md)' } },
  // acute safety risk or a threat from a (family) network, as with honour-related violence
  { id: 'honour', source: { kind: 'nl-org', org: 'Rijksoverheid (GREVIO report)', ref: 'seed 001 l.3218-3220; seed 001 l.3531' } },
];

/** Any one sign she recognises means the danger is high: there is no count or score. */
export function isHighDanger(recognised: readonly string[]): boolean {
  return recognised.some((id) => DANGER_SIGNS.some((s) => s.id === id));
}
