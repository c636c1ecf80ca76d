import { currentQuickExitKey, type CommandsApi } from '../quick-exit/shortcut';

/** Line 2 of the safety check: the key that makes help disappear, as the browser has it now. */
export type QuickExitKeyState = { kind: 'set'; key: string } | { kind: 'unset' };

export async function readQuickExitKey(commands: CommandsApi): Promise<QuickExitKeyState> {
  const key = await currentQuickExitKey(commands);
  return key ? { kind: 'set', key } : { kind: 'unset' };
}
