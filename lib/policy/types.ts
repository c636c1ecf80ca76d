import type { Need } from '../directory/types';
import type { ReasonCode, ReasonParams } from './reasons';

/** An extra regional service, as library or municipality staff configure it. */
export interface ExtraService {
  id: string;
  name: string;
  number: string;
  hours?: string;
  website?: string;
  needs: Need[];
  /** Where staff got the number (shown under "Source", like every other entry). */
  source: string;
  /** What a call costs, when the organisation states it; otherwise it follows from the number. */
  cost?: 'free' | 'paid';
}

/** The managed configuration after validation: every field has a value. */
export interface Policy {
  /** 'default' follows the flavour; 'on'/'off' force the calculator cover. */
  cover: 'default' | 'on' | 'off';
  /** The calculator's code on a terminal (digits); visitors cannot set their own there. */
  coverCode: string | null;
  defaultLanguage: string | null;
  /** Language codes offered in the popup; null = all. */
  offeredLanguages: string[] | null;
  /** Nothing of a visitor survives: plan in memory only, wipe at start, idle and quick exit. */
  ephemeral: boolean;
  /** Minutes idle (or locked) after which everything is wiped; null = never. */
  idleWipeMinutes: number | null;
  /** The page quick exit brings to the front; null = a new tab (or the user's choice). */
  safePage: string | null;
  extraServices: ExtraService[];
  hiddenServices: string[];
}

export const DEFAULT_POLICY: Policy = {
  cover: 'default',
  coverCode: null,
  defaultLanguage: null,
  offeredLanguages: null,
  ephemeral: false,
  idleWipeMinutes: null,
  safePage: null,
  extraServices: [],
  hiddenServices: [],
};

/** One policy value and what became of it, for the "about this installation" screen. */
export interface PolicyReport {
  key: string;
  /** The value as given, shortened for display. */
  given: string;
  status: 'applied' | 'refused';
  /** Why it was refused, in plain English (for logs); `reasonCode` is shown translated. */
  reason?: string;
  reasonCode?: ReasonCode;
  reasonParams?: ReasonParams;
}

export interface PolicyResult {
  policy: Policy;
  report: PolicyReport[];
}
