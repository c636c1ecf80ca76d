/**
 * Why a managed value was refused: a code the About screen translates (locales/<lang>/about.json,
 * `reasons.<code>`), with the English text for logs and tests. Placeholders are setting names,
 * numbers or the given value: the same in every language.
 */
export const REASONS = {
  policyNotObject: 'the policy must be an object',
  unknownSetting: 'not a setting of this extension',
  unreadable: 'could not be read',
  notText: '{{field}} must be a non-empty text',
  tooLong: '{{field}} is longer than {{max}} characters',
  hiddenCharacters: '{{field}} contains invisible or direction-changing characters',
  cover: 'cover must be "on", "off" or "default"',
  coverCode: 'coverCode must be {{min}} to {{max}} digits',
  notLanguage: '"{{value}}" is not an offered language code',
  languageList: 'offeredLanguages must be a non-empty list of language codes',
  trueFalse: '{{field}} must be true or false',
  idleMinutes: 'idleWipeMinutes must be a whole number from 1 to 240',
  notUrl: 'safePage must be a full web address, e.g. https://www.knmi.nl/',
  notHttps: 'safePage must start with https://',
  list: '{{field}} must be a list',
  tooMany: 'at most {{max}} extra services',
  notObject: '{{field}} must be an object',
  badId: '{{field}} must be lower-case letters, digits and dashes',
  notDutchNumber: '{{field}}: "{{value}}" is not a Dutch phone number',
  unknownNeed: '{{field}}: unknown need "{{value}}"',
  noNeeds: '{{field}} needs at least one need, so people can find it',
  badWebsite: '{{field}} must be a host name like gemeente.nl',
  badCost: '{{field}} must be "free" or "paid"',
  sameId: 'two extra services have the same id',
  unknownService: '"{{value}}" is not a service in the directory',
  hide112: '112 cannot be hidden',
} as const;

export type ReasonCode = keyof typeof REASONS;
export type ReasonParams = Record<string, string | number>;

export function reasonText(code: ReasonCode, params: ReasonParams = {}): string {
  return REASONS[code].replace(/\{\{(\w+)\}\}/g, (_, name: string) => String(params[name] ?? ''));
}
