import type { AdviceSource } from './steps';

/**
 * What counts, and who can record it: each line the log screen says about evidence, with its
 * Dutch source. Texts: log:facts.<id>.
 */
export const LOG_FACTS: ReadonlyArray<{ id: string; source: AdviceSource }> = [
  // a log with date, time and witnesses is part of the published stalking plan
  { id: 'keepLog', source: { kind: 'nl-org', org: 'huiselijkgeweld.nl, meldknop.nl', ref: 'docs/sources/helplines.md: stalking plan (huiselijkgeweld.nl; meldknop.nl)' } },
  // the GP or hospital can write a medical statement of injuries
  { id: 'doctor', source: { kind: 'nl-org', org: 'Politie', ref: 'docs/sources/helplines.md: "Record injuries; ask the GP or hospital for a medical statement (politie.nl)"' } },
  // at a Centrum Seksueel Geweld a forensic doctor examines injuries so evidence is properly recorded
  { id: 'forensic', source: { kind: 'nl-org', org: 'Centrum Seksueel Geweld', ref: 'seed 001 l.3509-3519' } },
  // a report (aangifte) to the police; victims may bring evidence in criminal proceedings
  { id: 'police', source: { kind: 'nl-org', org: 'Politie, Openbaar Ministerie', ref: 'seed 001 l.5293-5297; seed 001 l.3523' } },
  // do not change a device that holds messages before the police have read it
  { id: 'device', source: { kind: 'nl-org', org: 'huiselijkgeweld.nl', ref: 'docs/sources/helplines.md: "do not alter a device before the police have read it"' } },
  // a personal log counts only together with other evidence (art. 344 lid 1 onder 5 Sv, "andere
  // geschriften"; the article number is not shown: check it against the new Code of Criminal
  // Procedure first); the prosecutor decides on prosecution, the judge weighs evidence
  { id: 'supports', source: { kind: 'nl-org', org: 'Wetboek van Strafvordering, Openbaar Ministerie', ref: 'docs/sources/helplines.md: "Danger signs and evidence" (a personal log is not proof on its own; art. 344 lid 1 onder 5 Sv; the prosecutor decides, the judge weighs)' } },
  // a medical statement and a police report weigh more than her own notes
  { id: 'weight', source: { kind: 'nl-org', org: 'Politie', ref: 'docs/sources/helplines.md: "Danger signs and evidence" (politie.nl: record injuries, ask a doctor for a medical statement; a log counts only with other evidence)' } },
  // anyone with access can change the computer's clock: the receipt is stronger than the dates
  { id: 'clock', source: { kind: 'general', ref: 'docs/sources/helplines.md: "Danger signs and evidence" (a computer clock can be changed by anyone with access)' } },
];
