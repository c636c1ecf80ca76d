import { coverCode, introSeen } from '../storage-items';
import { hashCode, readStoredCode, verifyCode, type StoredCode } from './code';

/** What the popup needs to run the calculator cover; components/Popup.tsx renders it. */
export interface CoverActions {
  /** 'damaged': something is stored that this version cannot check; she sets a new code. */
  code: 'none' | 'set' | 'damaged';
  /** The setup was shown in an earlier opening: start on the plain calculator. */
  introSeen: boolean;
  markIntroSeen: () => Promise<void>;
  verifyCode: (code: string) => Promise<boolean>;
  /** Absent when the code comes from the administrator's policy (a public terminal). */
  setCode?: (code: string) => Promise<void>;
}

/**
 * Where an opening of the popup starts: 'calculator', the cover and nothing else; 'setup', the
 * explanation and the code form; 'practice', she types her new code once; 'help', the hub.
 */
export type CoverStage = 'calculator' | 'setup' | 'practice' | 'help';

export function firstCoverStage(cover: Pick<CoverActions, 'code' | 'introSeen'> | null): CoverStage {
  if (!cover) return 'help';
  // The setup shows help words: only in the opening where it starts, never again by itself.
  if (cover.code !== 'set' && !cover.introSeen) return 'setup';
  return 'calculator';
}

export interface CoverStorage {
  code: { getValue(): Promise<unknown>; setValue(value: StoredCode): Promise<void> };
  intro: { getValue(): Promise<boolean>; setValue(value: boolean): Promise<void> };
}

const STORAGE: CoverStorage = { code: coverCode, intro: introSeen };

/** The calculator cover's code: checked and changed here, stored only as a salted hash. Never throws on what is stored. */
export async function createCoverActions(storage: CoverStorage = STORAGE): Promise<CoverActions> {
  const [stored, seen] = await Promise.all([storage.code.getValue().catch(() => undefined), storage.intro.getValue().catch(() => false)]);
  const read = readStoredCode(stored);
  let current = read.state === 'set' ? read.code : null;
  return {
    code: read.state,
    introSeen: seen === true,
    markIntroSeen: () => storage.intro.setValue(true).catch(() => undefined),
    verifyCode: async (code) => current !== null && verifyCode(code, current),
    async setCode(code) {
      current = await hashCode(code);
      await storage.code.setValue(current);
    },
  };
}
