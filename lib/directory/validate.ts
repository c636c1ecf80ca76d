import { NEEDS, type Need, type Service } from './types';

/**
 * Dutch numbers as dialled: 112, 113, 116 111, 0800/0900 lines, ten-digit 0… numbers, or
 * +31 followed by nine digits.
 */
const DUTCH_DIAL = /^(112|113|116111|0800\d{4,7}|0900\d{4,7}|0[1-9]\d{8}|\+31[1-9]\d{8})$/;

export function isDutchDialNumber(dial: string): boolean {
  return DUTCH_DIAL.test(dial);
}

/** Digits of a displayed number, with a leading + kept: what a tel: link dials. */
export function dialString(display: string): string {
  const trimmed = display.trim();
  const digits = trimmed.replace(/[^\d]/g, '');
  return trimmed.startsWith('+') ? `+${digits}` : digits;
}

const HOST = /^(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,}(\/[\w./-]*)?$/;

/** Problems with one directory entry, in plain English for developers and staff. */
export function serviceProblems(service: Service, knownIds: ReadonlySet<string>): string[] {
  const problems: string[] = [];
  const where = `service "${service.id}"`;
  if (!/^[a-z0-9-]+$/.test(service.id)) problems.push(`${where}: id must be lower-case letters, digits and dashes`);
  if (service.phones.length === 0 && !service.via && !service.website) {
    problems.push(`${where}: needs a phone number, a "via" service or a website`);
  }
  for (const phone of service.phones) {
    if (!isDutchDialNumber(phone.dial)) problems.push(`${where}: "${phone.dial}" is not a Dutch number format`);
    if (dialString(phone.display) !== phone.dial) {
      problems.push(`${where}: displayed "${phone.display}" does not dial as "${phone.dial}"`);
    }
  }
  if (service.via && !knownIds.has(service.via)) problems.push(`${where}: via "${service.via}" is not in the directory`);
  if (service.website && !HOST.test(service.website)) problems.push(`${where}: website "${service.website}" is not a host name`);
  for (const need of service.needs) {
    if (!(NEEDS as readonly string[]).includes(need)) problems.push(`${where}: unknown need "${need as string}"`);
  }
  if (service.source.length === 0 || service.source.some((s) => s.trim() === '')) {
    problems.push(`${where}: every entry needs a source`);
  }
  if (service.confidence !== 'V' && service.confidence !== 'V-old' && service.confidence !== 'installation') {
    problems.push(`${where}: only verified entries (V or V-old) may be shown`);
  }
  return problems;
}

export function directoryProblems(services: readonly Service[]): string[] {
  const ids = new Set<string>();
  const problems: string[] = [];
  for (const s of services) {
    if (ids.has(s.id)) problems.push(`service "${s.id}": duplicate id`);
    ids.add(s.id);
  }
  for (const s of services) problems.push(...serviceProblems(s, ids));
  return problems;
}

export function servicesForNeed(services: readonly Service[], need: Need | 'all'): Service[] {
  return services.filter((s) => s.needs.length > 0 && (need === 'all' || s.needs.includes(need)));
}

export function serviceById(services: readonly Service[], id: string): Service | undefined {
  return services.find((s) => s.id === id);
}
