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
];
