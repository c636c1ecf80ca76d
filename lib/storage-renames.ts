/**
 * Earlier versions stored values under keys that named what they held (`planVault`,
 * `coverCode`, …). They are moved to the neutral keys of lib/storage-items.ts once. The old
 * names are known here only by a short hash, so the shipped code does not spell them out for
 * someone who reads it. Only `storage.local` needs moving: session storage is emptied
 * whenever the extension is updated or reloaded.
 */
export const RENAMED_LOCAL_KEYS: Readonly<Record<string, string>> = {
  '1mum8o3': 'startPage',
  '125f4l4': 'uninstallOnClear',
  '3b61r2': 'notes',
  '1iuhrh3': 'notesTries',
  aam4qy: 'notesLock',
  '1jc3oxh': 'keypad',
};

/** FNV-1a (32 bit) in base 36: enough to recognise six known names, not a secret. */
export function keyHash(key: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) hash = Math.imul(hash ^ key.charCodeAt(i), 0x01000193) >>> 0;
  return hash.toString(36);
}
