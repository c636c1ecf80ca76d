import { languageByCode } from '../i18n/languages';
import type { Policy, PolicyReport } from './types';

/** An i18n key and its values: one plain sentence about a managed setting. */
export interface SettingSentence {
  key: string;
  values?: Record<string, string | number>;
}

const names = (codes: readonly string[]) => codes.map((code) => languageByCode(code)?.nativeName ?? code).join(', ');

/**
 * What an applied managed setting does, as one sentence for library staff (about.json,
 * `setting.*`); null when there is nothing to say (an empty list of extra services).
 */
export function describeSetting(entry: PolicyReport, policy: Policy): SettingSentence | null {
  if (entry.status !== 'applied') return { key: 'about:refusedDefault' };
  switch (entry.key) {
    case 'cover':
      return { key: `about:setting.cover_${policy.cover}` };
    case 'coverCode':
      return { key: 'about:setting.coverCode' };
    case 'defaultLanguage':
      return { key: 'about:setting.defaultLanguage', values: { language: names([policy.defaultLanguage ?? '']) } };
    case 'offeredLanguages':
      return { key: 'about:setting.offeredLanguages', values: { languages: names(policy.offeredLanguages ?? []) } };
    case 'ephemeral':
      return { key: `about:setting.ephemeral_${policy.ephemeral}` };
    case 'idleWipeMinutes':
      return policy.idleWipeMinutes === null ? null : { key: 'about:setting.idleWipeMinutes', values: { count: policy.idleWipeMinutes } };
    case 'safePage':
      return { key: 'about:setting.safePage', values: { page: policy.safePage ?? '' } };
    case 'extraServices':
      return policy.extraServices.length ? { key: 'about:setting.extraServices', values: { names: policy.extraServices.map((s) => s.name).join(', ') } } : null;
    case 'hiddenServices':
      return policy.hiddenServices.length ? { key: 'about:setting.hiddenServices', values: { names: policy.hiddenServices.join(', ') } } : { key: 'about:setting.hiddenServices_none' };
    default:
      return null;
  }
}
