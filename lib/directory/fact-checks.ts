/**
 * Each fact a service card shows (its number, its hours, what a call costs) with the source it
 * rests on and the day it was last checked against that source (docs/sources/helplines.md).
 * The sources differ in age: some are from 2016–2017, some undated. Change `checkedOn` only for
 * a fact you checked again.
 */
import { CHECKED_ON } from './checked';
import { SERVICES } from './services';
import { SOURCES, sourceIdOf, yearsOf } from './source-names';

export type FactKind = 'number' | 'hours' | 'cost';

export interface FactCheck {
  fact: FactKind;
  /** One of the service's own `source` entries (services.ts). */
  source: string;
  /** ISO day. */
  checkedOn: string;
}

const check = (fact: FactKind, source: string, checkedOn = CHECKED_ON): FactCheck => ({ fact, source, checkedOn });

export const FACT_CHECKS: Readonly<Record<string, readonly FactCheck[]>> = {
  emergency: [check('number', 'seed 001 l.3847'), check('hours', 'seed 001 l.3847')],
  'veilig-thuis': [check('number', 'seed 001 l.3765-3785'), check('hours', 'seed 001 l.3765-3785'), check('hours', 'veiligthuisgv.nl FAQ')],
  vrouwenopvang: [check('hours', 'seed 001 l.3185-3200')],
  csg: [check('number', 'seed 001 l.3477-3493'), check('hours', 'seed 001 l.3477-3493')],
  helpwanted: [check('number', 'helpwanted.nl/en (one source)')],
  lkha: [check('hours', 'seed 004 l.205-240')],
  bz: [check('number', 'nederlandwereldwijd.nl/achterlating'), check('hours', 'nederlandwereldwijd.nl/achterlating')],
  kindertelefoon: [check('number', 'seed 001 l.3942')],
  comensha: [check('number', 'seed 001 l.3736-3748')],
  arbeidsinspectie: [check('number', 'wegwijzermensenhandel.nl')],
  mma: [check('number', 'seed 001 l.3849-3853')],
  luisterlijn: [check('number', 'seed 001 l.3890-3902'), check('hours', 'NRC 2021')],
  '113': [check('number', 'nu.nl 2020-07'), check('hours', 'NRC 2020-07'), check('cost', 'ANP 2025-10-03')],
  'mind-korrelatie': [check('number', 'seed 001 l.3868-3882')],
  'blijf-groep': [check('number', 'blijfgroep.nl (undated)')],
  slachtofferhulp: [check('number', 'seed 001 l.3855-3859'), check('cost', 'politie.nl')],
  'juridisch-loket': [check('number', 'juridischloket.nl (undated)'), check('hours', 'juridischloket.nl (undated)'), check('cost', 'juridischloket.nl (undated)')],
  police: [check('number', 'pitane.blue 2023-01'), check('cost', 'pitane.blue 2023-01')],
  'femmes-for-freedom': [check('hours', 'seed 001 l.1459-1462')],
};

export function factChecks(serviceId: string): readonly FactCheck[] {
  return FACT_CHECKS[serviceId] ?? [];
}

export interface CheckSummary {
  /** First and last day a fact was checked (ISO). */
  checkedFrom: string;
  checkedTo: string;
  /** Oldest and newest year of the sources those facts rest on. */
  oldestSource: number;
  newestSource: number;
  /** Some facts rest on a source without a date. */
  someUndated: boolean;
}

/** What About can truthfully say about all shown facts together. */
export function checkSummary(checks: readonly FactCheck[] = SERVICES.flatMap((s) => factChecks(s.id))): CheckSummary {
  const days = checks.map((c) => c.checkedOn).sort();
  const dates = checks.map((c) => SOURCES[sourceIdOf(c.source)!]?.date);
  const years = dates.flatMap(yearsOf);
  return {
    checkedFrom: days[0]!,
    checkedTo: days[days.length - 1]!,
    oldestSource: Math.min(...years),
    newestSource: Math.max(...years),
    someUndated: dates.some((d) => !d),
  };
}
