import { EXTENSIONS_PERMISSION } from './permissions';

/**
 * Line 5 of the safety check: other installed extensions that can read every website or the
 * history (stalkerware of this kind exists). Read with `management.getAll()` (optional
 * permission "management"); only their names and what they can read are shown, nothing is kept,
 * and nothing is ever removed or changed from here.
 */
export type WhatItReads = 'every-site' | 'history';

export interface ReadingExtension {
  id: string;
  name: string;
  reads: WhatItReads[];
  /** Installed by whoever manages this computer (policy): she cannot remove it herself. */
  byAdministrator: boolean;
}

export type OtherExtensionsState = { kind: 'listed'; extensions: ReadingExtension[] } | { kind: 'needs-permission' } | { kind: 'unknown' };

export interface ExtensionInfo {
  id: string;
  name: string;
  type?: string;
  enabled: boolean;
  installType?: string;
  permissions?: string[];
  hostPermissions?: string[];
}

export interface OtherExtensionsApi {
  permissions: { contains(p: { permissions: string[] }): Promise<boolean> };
  management?: { getAll?(): Promise<ExtensionInfo[]> };
  runtime: { id: string };
}

/** A host pattern that matches every website: `<all_urls>`, or any scheme with host `*`. */
export function matchesEverySite(pattern: string): boolean {
  return pattern === '<all_urls>' || /^(\*|https?|wss?):\/\/\*\//.test(pattern);
}

export function whatItReads(info: Pick<ExtensionInfo, 'permissions' | 'hostPermissions'>): WhatItReads[] {
  const reads: WhatItReads[] = [];
  if ((info.hostPermissions ?? []).some(matchesEverySite) || (info.permissions ?? []).some(matchesEverySite)) reads.push('every-site');
  if ((info.permissions ?? []).includes('history')) reads.push('history');
  return reads;
}

export async function readOtherExtensions(api: OtherExtensionsApi): Promise<OtherExtensionsState> {
  try {
    if (!(await api.permissions.contains({ permissions: [EXTENSIONS_PERMISSION] }))) return { kind: 'needs-permission' };
    if (!api.management?.getAll) return { kind: 'unknown' };
    const all = await api.management.getAll();
    const extensions = all
      .filter((e) => e.id !== api.runtime.id && e.enabled && (e.type === undefined || e.type === 'extension'))
      .map((e) => ({ id: e.id, name: e.name, reads: whatItReads(e), byAdministrator: e.installType === 'admin' }))
      .filter((e) => e.reads.length > 0)
      .sort((a, b) => a.name.localeCompare(b.name));
    return { kind: 'listed', extensions };
  } catch {
    return { kind: 'unknown' };
  }
}
