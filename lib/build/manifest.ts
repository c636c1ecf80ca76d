import { QUICK_EXIT_COMMANDS, quickExitKeys } from '../quick-exit/shortcut';
import { safetyCheckPermissions } from '../safety/permissions';
/**
 * The manifest of each flavour. Kept out of wxt.config.ts so that a unit test can check what
 * every flavour asks for at install time.
 */
export type Flavour = 'open' | 'disguised';

export const FLAVOURS: readonly Flavour[] = ['open', 'disguised'];

export function flavourFromEnv(value: string | undefined): Flavour {
  if (value === undefined || value === '') return 'open';
  if ((FLAVOURS as readonly string[]).includes(value)) return value as Flavour;
  throw new Error(`FLAVOUR must be one of ${FLAVOURS.join(', ')}, not "${value}"`);
}

/** The installable packages' names: a downloaded file must not give the disguise away either. */
export const PACKAGE_NAMES: Record<Flavour, string> = { open: 'stille-hulp', disguised: 'calculator' };

/** Firefox add-on ids. Neither names help: the id shows in about:debugging and about:support. */
export const GECKO_IDS: Record<Flavour, string> = {
  open: '{5d1c6a52-2f4e-4b7e-9a0e-3c1f4e8b6a10}',
  disguised: '{0b7e2c94-8a51-4d3f-b6e2-9f4a1c7d3e25}',
};

/**
 * Permissions that show no install-time warning in Chromium or Firefox. `alarms`: the plan's
 * key in memory-only storage is removed when its five minutes are up (lib/vault/key-expiry.ts).
 */
export const INSTALL_PERMISSIONS = ['storage', 'idle', 'alarms'] as const;

/**
 * Asked for only from a click, with an explanation: they let quick exit remove the history
 * and site data of help websites opened in a normal tab (`tabs`: to see where that tab goes).
 * Firefox also lets an extension forget "recently closed" tabs (`sessions`); Chromium has no
 * such API. Their install warning would give the disguise away. The safety check adds its own
 * (lib/safety/permissions.ts), each asked for from its own click.
 */
export function optionalPermissions(browser: string): string[] {
  return [...new Set([...websitePermissions(browser), ...safetyCheckPermissions(browser)])];
}

/** The permissions asked for together from one click, so that quick exit can clean after a normal help tab. */
export function websitePermissions(browser: string): string[] {
  return ['history', 'browsingData', 'tabs', ...(browser === 'firefox' ? ['sessions'] : [])];
}

function icons(_flavour: Flavour) {
  return Object.fromEntries([16, 32, 48, 128].map((size) => [String(size), `icon/${size}.png`]));
}

export function manifestFor(flavour: Flavour, browser: string, manifestVersion: number) {
  const manifest: Record<string, unknown> = {
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'nl',
    permissions: [...INSTALL_PERMISSIONS],
    optional_permissions: optionalPermissions(browser),
    // Two keys for the same quick exit (lib/quick-exit/shortcut.ts): where one is taken, the other still works.
    commands: Object.fromEntries(
      QUICK_EXIT_COMMANDS.map((name) => [name, { suggested_key: quickExitKeys(browser)[name], description: '__MSG_clearCommand__' }]),
    ),
    [manifestVersion === 2 ? 'browser_action' : 'action']: {
      default_title: '__MSG_extActionTitle__',
      default_icon: icons(flavour),
    },
    icons: icons(flavour),
  };
  if (browser !== 'firefox' && flavour === 'open') {
    // Chromium needs the schema to accept managed configuration; Firefox reads the 3rdparty
    // section of policies.json without one. The disguised flavour reads no policy
    // (lib/calculator/no-policy.ts) and ships no schema: its titles would name help.
    manifest.storage = { managed_schema: 'managed_schema.json' };
  }
  if (browser === 'firefox') {
    manifest.browser_specific_settings = {
      gecko: {
        id: GECKO_IDS[flavour],
        // data_collection_permissions (which AMO requires) arrived in Firefox 140, on Android in 142.
        strict_min_version: '140.0',
        data_collection_permissions: { required: ['none'] },
      },
      gecko_android: { strict_min_version: '142.0' },
    };
  }
  return manifest;
}
