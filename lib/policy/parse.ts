import { NEEDS, type Need } from '../directory/types';
import { dialString, isDutchDialNumber } from '../directory/validate';
import { languageByCode } from '../i18n/languages';
import { DEFAULT_POLICY, type ExtraService, type Policy, type PolicyReport, type PolicyResult } from './types';

/** Refusal reasons travel as exceptions inside the parser only; parsePolicy never throws. */
class Refusal extends Error {}
const refuse = (reason: string): never => {
  throw new Refusal(reason);
};

const MAX_EXTRA_SERVICES = 20;
const MAX_TEXT = 200;

function text(value: unknown, what: string, max = MAX_TEXT): string {
  if (typeof value !== 'string' || value.trim() === '') return refuse(`${what} must be a non-empty text`);
  if (value.length > max) return refuse(`${what} is longer than ${max} characters`);
  return value.trim();
}

function language(value: unknown): string {
  if (typeof value !== 'string' || !languageByCode(value)) return refuse(`"${String(value)}" is not an offered language code`);
  return value;
}

function httpsUrl(value: unknown): string {
  const given = text(value, 'the safe page', 2000);
  let url: URL;
  try {
    url = new URL(given);
  } catch {
    return refuse('the safe page must be a full web address, e.g. https://www.knmi.nl/');
  }
  if (url.protocol !== 'https:') return refuse('the safe page must start with https://');
  return url.href;
}

function extraService(value: unknown, index: number): ExtraService {
  const at = `extra service ${index + 1}`;
  if (!value || typeof value !== 'object') return refuse(`${at} must be an object`);
  const v = value as Record<string, unknown>;
  const id = text(v.id, `${at}: id`, 40);
  if (!/^[a-z0-9-]+$/.test(id)) refuse(`${at}: id must be lower-case letters, digits and dashes`);
  const number = text(v.number, `${at}: number`, 30);
  if (!/^\+?[\d -]+$/.test(number) || !isDutchDialNumber(dialString(number))) refuse(`${at}: "${number}" is not a Dutch phone number`);
  const needs = Array.isArray(v.needs) ? v.needs : refuse(`${at}: needs must be a list`);
  for (const need of needs) if (!(NEEDS as readonly unknown[]).includes(need)) refuse(`${at}: unknown need "${String(need)}"`);
  if (needs.length === 0) refuse(`${at}: needs at least one need, so people can find it`);
  const website = v.website === undefined ? undefined : text(v.website, `${at}: website`, 253);
  if (website !== undefined && !/^([a-z0-9-]+\.)+[a-z]{2,}(\/\S*)?$/i.test(website)) refuse(`${at}: website must be a host name like gemeente.nl`);
  return {
    id: `extra-${id}`,
    name: text(v.name, `${at}: name`),
    number,
    hours: v.hours === undefined ? undefined : text(v.hours, `${at}: hours`),
    website,
    needs: needs as Need[],
    source: text(v.source, `${at}: source (where the number was checked)`),
  };
}

type Parser<K extends keyof Policy> = (value: unknown, known: { serviceIds: ReadonlySet<string> }) => Policy[K];

const PARSERS: { [K in keyof Policy]: Parser<K> } = {
  cover: (v) => (v === 'on' || v === 'off' || v === 'default' ? v : refuse('cover must be "on", "off" or "default"')),
  defaultLanguage: (v) => language(v),
  offeredLanguages: (v) => {
    if (!Array.isArray(v) || v.length === 0) return refuse('offeredLanguages must be a non-empty list of language codes');
    return [...new Set(v.map(language))];
  },
  ephemeral: (v) => (typeof v === 'boolean' ? v : refuse('ephemeral must be true or false')),
  idleWipeMinutes: (v) =>
    typeof v === 'number' && Number.isInteger(v) && v >= 1 && v <= 240 ? v : refuse('idleWipeMinutes must be a whole number from 1 to 240'),
  safePage: (v) => httpsUrl(v),
  extraServices: (v) => {
    if (!Array.isArray(v)) return refuse('extraServices must be a list');
    if (v.length > MAX_EXTRA_SERVICES) refuse(`at most ${MAX_EXTRA_SERVICES} extra services`);
    const services = v.map(extraService);
    const ids = services.map((s) => s.id);
    if (new Set(ids).size !== ids.length) refuse('two extra services have the same id');
    return services;
  },
  hiddenServices: (v, { serviceIds }) => {
    if (!Array.isArray(v)) return refuse('hiddenServices must be a list of service ids');
    for (const id of v) if (typeof id !== 'string' || !serviceIds.has(id)) refuse(`"${String(id)}" is not a service in the directory`);
    if (v.includes('emergency')) refuse('112 cannot be hidden');
    return [...new Set(v as string[])];
  },
};

function shorten(value: unknown): string {
  const json = JSON.stringify(value) ?? String(value);
  return json.length > 120 ? `${json.slice(0, 117)}…` : json;
}

/**
 * Validates managed configuration value by value. An invalid value is refused with its
 * reason and its default is used; nothing else changes. Never throws.
 */
export function parsePolicy(raw: unknown, serviceIds: ReadonlySet<string>): PolicyResult {
  const policy: Policy = structuredClone(DEFAULT_POLICY);
  const report: PolicyReport[] = [];
  if (raw === null || raw === undefined) return { policy, report };
  if (typeof raw !== 'object' || Array.isArray(raw)) {
    return { policy, report: [{ key: '(all)', given: shorten(raw), status: 'refused', reason: 'the policy must be an object' }] };
  }
  for (const [key, value] of Object.entries(raw)) {
    const parse = PARSERS[key as keyof Policy] as Parser<keyof Policy> | undefined;
    if (!parse) {
      report.push({ key, given: shorten(value), status: 'refused', reason: 'not a setting of this extension' });
      continue;
    }
    try {
      (policy as unknown as Record<string, unknown>)[key] = parse(value, { serviceIds });
      report.push({ key, given: shorten(value), status: 'applied' });
    } catch (error) {
      const reason = error instanceof Refusal ? error.message : 'could not be read';
      report.push({ key, given: shorten(value), status: 'refused', reason });
    }
  }
  if (policy.defaultLanguage && policy.offeredLanguages && !policy.offeredLanguages.includes(policy.defaultLanguage)) {
    policy.offeredLanguages.unshift(policy.defaultLanguage);
  }
  return { policy, report };
}

export const POLICY_KEYS = Object.keys(PARSERS) as Array<keyof Policy>;
