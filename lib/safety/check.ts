import { readExitReport, type ExitReport } from '../quick-exit/exit-report';
import type { CommandsApi } from '../quick-exit/shortcut';
import { readExitKeeps, type ExitKeeps } from './exit-keeps';
import { readOtherExtensions, type OtherExtensionsApi, type OtherExtensionsState } from './other-extensions';
import { readPrivateWindows, type PrivateWindowsState } from './private-windows';
import { readQuickExitKey, type QuickExitKeyState } from './quick-exit-key';
import { readTabSync, type TabSyncApi, type TabSyncState } from './tab-sync';

/** Everything the safety check shows, read fresh each time the screen opens; none of it is stored. */
export interface SafetyCheckState {
  privateWindows: PrivateWindowsState;
  quickExitKey: QuickExitKeyState;
  tabSync: TabSyncState;
  exitKeeps: ExitKeeps;
  otherExtensions: OtherExtensionsState;
  /** The last quick exit's own check of its work (lib/quick-exit/check.ts); null before the first. */
  lastExit: ExitReport | null;
}

export type SafetyCheckApi = TabSyncApi &
  OtherExtensionsApi & {
    extension: { isAllowedIncognitoAccess(): Promise<boolean> };
    commands: CommandsApi;
    storage: { local: { get(keys: string[]): Promise<Record<string, unknown>> } };
  };

export async function readSafetyCheck(api: SafetyCheckApi, browser: 'chromium' | 'firefox'): Promise<SafetyCheckState> {
  const [privateWindows, quickExitKey, tabSync, exitKeeps, otherExtensions, lastExit] = await Promise.all([
    readPrivateWindows(api),
    readQuickExitKey(api.commands),
    readTabSync(api, browser),
    readExitKeeps(api.storage.local),
    readOtherExtensions(api),
    readExitReport({ local: { get: (key) => api.storage.local.get([key]) } }),
  ]);
  return { privateWindows, quickExitKey, tabSync, exitKeeps, otherExtensions, lastExit };
}
