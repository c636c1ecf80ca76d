import { CODE_MAX, CODE_MIN, isValidCode } from '../calculator/code';
import { NEEDS, type Need } from '../directory/types';
import { dialString, isDutchDialNumber } from '../directory/validate';
import { languageByCode } from '../i18n/languages';
import { reasonText, type ReasonCode, type ReasonParams } from './reasons';
import { DEFAULT_POLICY, type ExtraService, type Policy, type PolicyReport, type PolicyResult } from './types';

/** Refusal reasons travel as exceptions inside the parser only; parsePolicy never throws. */
class Refusal extends Error {
  constructor(
    readonly code: ReasonCode,
    readonly params: ReasonParams,
  ) {
    super(reasonText(code, params));
  }
}
const refuse = (code: ReasonCode, params: ReasonParams = {}): never => {
  throw new Refusal(code, params);
};

const MAX_EXTRA_SERVICES = 20;
const MAX_TEXT = 200;
/**
 * Characters that are invisible or change the direction of the text around them: with them a
 * policy text could show something else than it says (a reordered number, a hidden word).
 * Every format character (General_Category Cf: direction marks, zero-width characters, tag
 * characters, the soft hyphen …), the line and paragraph separators, variation selectors, the
 * combining grapheme joiner (U+034F), the Mongolian variation selectors and the Hangul and
 * Khmer characters that show as nothing (U+115F, U+1160, U+17B4, U+17B5, U+3164, U+FFA0).
 */
const HIDDEN_CHARACTERS = /[\p{Cf}\u2028\u2029\uFE00-\uFE0F\u{E0100}-\u{E01EF}\u034F\u180B-\u180F\u115F\u1160\u17B4\u17B5\u3164\uFFA0]/u;

function text(value: unknown, field: string, max = MAX_TEXT): string {
  if (typeof value !== 'string' || value.trim() === '') return refuse('notText', { field });
  if (value.length > max) return refuse('tooLong', { field, max });
  if (HIDDEN_CHARACTERS.test(value)) return refuse('hiddenCharacters', { field });
  return value.trim();
}

function language(value: unknown): string {
  if (typeof value !== 'string' || !languageByCode(value)) return refuse('notLanguage', { value: plain(value) });
  return value;
}

function httpsUrl(value: unknown): string {
  const given = text(value, 'safePage', 2000);
  let url: URL;
  try {
    url = new URL(given);
  } catch {
    return refuse('notUrl');
  }
  if (url.protocol !== 'https:') return refuse('notHttps');
  return url.href;
}

function extraService(value: unknown, index: number): ExtraService {
  const at = `extraServices #${index + 1}`;
  if (!value || typeof value !== 'object' || Array.isArray(value)) return refuse('notObject', { field: at });
  const v = value as Record<string, unknown>;
  const own = (key: string) => (Object.hasOwn(v, key) ? v[key] : undefined);
  const id = text(own('id'), `${at} id`, 40);
  if (!/^[a-z0-9-]+$/.test(id)) refuse('badId', { field: `${at} id` });
  const number = text(own('number'), `${at} number`, 30);
  if (!/^\+?[\d -]+$/.test(number) || !isDutchDialNumber(dialString(number))) refuse('notDutchNumber', { field: `${at} number`, value: number });
  const needs = Array.isArray(own('needs')) ? (own('needs') as unknown[]) : refuse('list', { field: `${at} needs` });
  for (const need of needs) if (!(NEEDS as readonly unknown[]).includes(need)) refuse('unknownNeed', { field: `${at} needs`, value: plain(need) });
  if (needs.length === 0) refuse('noNeeds', { field: `${at} needs` });
  const website = own('website') === undefined ? undefined : text(own('website'), `${at} website`, 253);
  if (website !== undefined && !/^([a-z0-9-]+\.)+[a-z]{2,}(\/\S*)?$/i.test(website)) refuse('badWebsite', { field: `${at} website` });
  const cost = own('cost');
  if (cost !== undefined && cost !== 'free' && cost !== 'paid') refuse('badCost', { field: `${at} cost` });
  return {
    id: `extra-${id}`,
    name: text(own('name'), `${at} name`),
    number,
    hours: own('hours') === undefined ? undefined : text(own('hours'), `${at} hours`),
    website,
    needs: needs as Need[],
    source: text(own('source'), `${at} source`),
    ...(cost === undefined ? {} : { cost: cost as 'free' | 'paid' }),
  };
}

type Parser<K extends keyof Policy> = (value: unknown, known: { serviceIds: ReadonlySet<string> }) => Policy[K];

const PARSERS: { [K in keyof Policy]: Parser<K> } = {
  cover: (v) => (v === 'on' || v === 'off' || v === 'default' ? v : refuse('cover')),
  coverCode: (v) => (typeof v === 'string' && isValidCode(v) ? v : refuse('coverCode', { min: CODE_MIN, max: CODE_MAX })),
  defaultLanguage: (v) => language(v),
  offeredLanguages: (v) => {
    if (!Array.isArray(v) || v.length === 0) return refuse('languageList');
    return [...new Set(v.map(language))];
  },
  ephemeral: (v) => (typeof v === 'boolean' ? v : refuse('trueFalse', { field: 'ephemeral' })),
  idleWipeMinutes: (v) =>
    typeof v === 'number' && Number.isInteger(v) && v >= 1 && v <= 240 ? v : refuse('idleMinutes'),
  safePage: (v) => httpsUrl(v),
  extraServices: (v) => {
    if (!Array.isArray(v)) return refuse('list', { field: 'extraServices' });
    if (v.length > MAX_EXTRA_SERVICES) refuse('tooMany', { max: MAX_EXTRA_SERVICES });
    const services = v.map(extraService);
    const ids = services.map((s) => s.id);
    if (new Set(ids).size !== ids.length) refuse('sameId');
    return services;
  },
  hiddenServices: (v, { serviceIds }) => {
    if (!Array.isArray(v)) return refuse('list', { field: 'hiddenServices' });
    for (const id of v) if (typeof id !== 'string' || !serviceIds.has(id)) refuse('unknownService', { value: plain(id) });
    if (v.includes('emergency')) refuse('hide112');
    return [...new Set(v as string[])];
  },
};

function shorten(value: unknown): string {
  const json = JSON.stringify(value) ?? String(value);
  return json.length > 120 ? `${json.slice(0, 117)}…` : json;
}

/** A given value inside a reason: a text as it is (shortened), anything else as JSON. */
function plain(value: unknown): string {
  return typeof value === 'string' ? (value.length > 60 ? `${value.slice(0, 57)}…` : value) : shorten(value);
}

function refused(key: string, value: unknown, code: ReasonCode, params: ReasonParams = {}): PolicyReport {
  return { key, given: shorten(value), status: 'refused', reason: reasonText(code, params), reasonCode: code, reasonParams: params };
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
    return { policy, report: [refused('(all)', raw, 'policyNotObject')] };
  }
  for (const [key, value] of Object.entries(raw)) {
    // Own properties only: "constructor" or "toString" are no settings.
    const parse = Object.hasOwn(PARSERS, key) ? (PARSERS[key as keyof Policy] as Parser<keyof Policy>) : undefined;
    if (!parse) {
      report.push(refused(key, value, 'unknownSetting'));
      continue;
    }
    try {
      (policy as unknown as Record<string, unknown>)[key] = parse(value, { serviceIds });
      report.push({ key, given: shorten(value), status: 'applied' });
    } catch (error) {
      report.push(error instanceof Refusal ? refused(key, value, error.code, error.params) : refused(key, value, 'unreadable'));
    }
  }
  if (policy.defaultLanguage && policy.offeredLanguages && !policy.offeredLanguages.includes(policy.defaultLanguage)) {
    policy.offeredLanguages.unshift(policy.defaultLanguage);
  }
  return { policy, report };
}

export const POLICY_KEYS = Object.keys(PARSERS) as Array<keyof Policy>;
