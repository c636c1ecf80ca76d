import { GECKO_IDS, PACKAGE_NAMES, type Flavour } from '../build/manifest';

/**
 * What `wxt submit` (publish-browser-extension) needs to publish one flavour, from the
 * maintainers' environment. Account credentials are shared by both flavours; the store ids
 * differ per flavour. The Firefox add-on id and AMO channel come from the code, so the disguised
 * flavour can never be listed publicly by mistake. Secrets reach `wxt submit` through its
 * environment, never its command line.
 */
export type Store = 'chrome' | 'firefox' | 'edge';
export const STORES: readonly Store[] = ['chrome', 'firefox', 'edge'];

/** Account credentials per store, under the names publish-browser-extension reads. */
export const CREDENTIALS: Record<Store, string[]> = {
  chrome: ['CHROME_CLIENT_ID', 'CHROME_CLIENT_SECRET', 'CHROME_REFRESH_TOKEN'],
  firefox: ['FIREFOX_JWT_ISSUER', 'FIREFOX_JWT_SECRET'],
  edge: ['EDGE_CLIENT_ID', 'EDGE_API_KEY'],
};

/** Per-flavour store ids: `<FLAVOUR>_<name>` in our environment → `<name>` for the tool. */
const STORE_IDS: Partial<Record<Store, string>> = { chrome: 'CHROME_EXTENSION_ID', edge: 'EDGE_PRODUCT_ID' };

export const AMO_CHANNEL: Record<Flavour, 'listed' | 'unlisted'> = { open: 'listed', disguised: 'unlisted' };

export interface SubmitPlan {
  args: string[];
  env: Record<string, string>;
  /** Environment variables that must be set and are not. */
  missing: string[];
}

export function flavourIdVariable(flavour: Flavour, name: string): string {
  return `${flavour.toUpperCase()}_${name}`;
}

export function submitPlan(
  flavour: Flavour,
  version: string,
  stores: readonly Store[],
  environment: Record<string, string | undefined>,
  folder = '.output/release',
): SubmitPlan {
  const zip = (kind: string) => `${folder}/${PACKAGE_NAMES[flavour]}-${version}-${kind}.zip`;
  const args = ['wxt', 'submit'];
  const env: Record<string, string> = {};
  const missing: string[] = [];
  const take = (ours: string, theirs: string) => {
    const value = environment[ours];
    if (value) env[theirs] = value;
    else missing.push(ours);
  };
  for (const store of stores) {
    for (const name of CREDENTIALS[store]) take(name, name);
    const id = STORE_IDS[store];
    if (id) take(flavourIdVariable(flavour, id), id);
  }
  if (stores.includes('chrome')) args.push('--chrome-zip', zip('chrome'));
  if (stores.includes('firefox')) {
    args.push('--firefox-zip', zip('firefox'), '--firefox-sources-zip', zip('sources'));
    args.push('--firefox-extension-id', GECKO_IDS[flavour], '--firefox-channel', AMO_CHANNEL[flavour]);
  }
  if (stores.includes('edge')) args.push('--edge-zip', zip('chrome'));
  return { args, env, missing };
}

/** Every variable a maintainer may have to set, for the documentation and error messages. */
export function allVariables(flavour: Flavour, stores: readonly Store[] = STORES): string[] {
  return submitPlan(flavour, '0.0.0', stores, {}).missing;
}
