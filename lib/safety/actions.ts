import type { SafetyCheckActions } from '../screen-actions';
import type { CommandsApi } from '../quick-exit/shortcut';
import { readSafetyCheck, type SafetyCheckApi } from './check';
import { readTabSync } from './tab-sync';

/** The browser as the popup has it: sessions and management appear only once their permission is given. */
export interface SafetyBrowser extends Omit<SafetyCheckApi, 'commands' | 'permissions'> {
  permissions: SafetyCheckApi['permissions'] & {
    request(p: { permissions: string[] }): Promise<boolean>;
    remove(p: { permissions: string[] }): Promise<boolean>;
  };
}

/**
 * The safety check's actions for the popup. The API objects are looked up at each call, because
 * an optional permission given a moment ago adds its API to the running page.
 */
export function createSafetyActions(browser: () => SafetyBrowser, commands: () => CommandsApi, kind: 'chromium' | 'firefox'): SafetyCheckActions {
  const api = (): SafetyCheckApi => {
    const b = browser();
    return { extension: b.extension, storage: b.storage, permissions: b.permissions, sessions: b.sessions, management: b.management, runtime: b.runtime, commands: commands() };
  };
  return {
    read: () => readSafetyCheck(api(), kind),
    readTabSync: () => readTabSync(api(), kind),
    allow: (permission) => browser().permissions.request({ permissions: [permission] }).catch(() => false),
    giveBack: (permission) => browser().permissions.remove({ permissions: [permission] }).catch(() => false),
  };
}
