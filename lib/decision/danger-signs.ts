import type { AdviceSource } from '../plan/steps';

/**
 * Signs of high danger, each with a source that names it (docs/sources/helplines.md, section
 * "Danger signs and evidence", and seed 001). Texts: decision:danger.<id>. Shown as facts
 * ("Source: …"), not as advice.
 */
export const DANGER_SIGNS: ReadonlyArray<{ id: string; source: AdviceSource }> = [
  // Istanbul Convention art. 51 as applied in NL: risk assessment weighs possession of or access to firearms
  { id: 'weapon', source: { kind: 'source', ids: ['governmentToGrevio'], ref: 'seed 001 l.5123-5131' } },
  // threat analysis when there is fear of offences against life (stelsel Bewaken en Beveiligen)
  { id: 'threatToKill', source: { kind: 'source', ids: ['governmentToGrevio'], ref: 'seed 001 l.5139-5143' } },
  // strangulation: about seven times the risk of being killed later; injury often invisible
  {
    id: 'strangled',
    source: {
      kind: 'source',
      ids: ['strangulationWiki', 'strangulationNews'],
      ref: 'docs/sources/helplines.md, Danger signs and evidence: nl.wikipedia.org "Wurging (huiselijk geweld)" (Glass et al. 2008); hartvannederland.nl "Bijna vermoord, geen bewijs"',
    },
  },
  // risk factors for escalation of partner violence (Dutch training material for shelters and Veilig Thuis, ch. 3.4)
  {
    id: 'escalating',
    source: {
      kind: 'source',
      ids: ['riskFactors'],
      ref: 'docs/sources/helplines.md, Danger signs and evidence: Verwijs & Lünnemann 2012, Partnergeweld — achtergrond en risicofactoren, ch. 3.4',
    },
  },
  // the moment of leaving is the most dangerous
  { id: 'leaving', source: { kind: 'nl-org', org: 'Veilig Thuis West-Brabant, Sterk Huis', ref: 'Omroep Brabant 2025-08 (docs/sources/helplines.md)' } },
  // acute safety risk or a threat from a (family) network, as with honour-related violence
  { id: 'honour', source: { kind: 'source', ids: ['governmentToGrevio'], ref: 'seed 001 l.3218-3220; seed 001 l.3531' } },
];

/** Any one sign she recognises means the danger is high: there is no count or score. */
export function isHighDanger(recognised: readonly string[]): boolean {
  return recognised.some((id) => DANGER_SIGNS.some((s) => s.id === id));
}
