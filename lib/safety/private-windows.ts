/**
 * Line 1 of the safety check: whether help can open in a private window, which leaves no
 * history, is never synced and is left out of Windows Recall's snapshots.
 */
export type PrivateWindowsState = 'allowed' | 'not-allowed' | 'unknown';

export async function readPrivateWindows(api: { extension: { isAllowedIncognitoAccess(): Promise<boolean> } }): Promise<PrivateWindowsState> {
  try {
    return (await api.extension.isAllowedIncognitoAccess()) ? 'allowed' : 'not-allowed';
  } catch {
    return 'unknown';
  }
}
