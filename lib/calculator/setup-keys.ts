import type { Key } from './calculator';

/**
 * The keys that bring the setup back while no code is set: shown in the setup itself, so she
 * knows them, and a sequence nobody types while calculating (% three times does nothing
 * useful). After a code is set they are ordinary keys.
 */
export const SETUP_KEYS: readonly Key[] = ['%', '%', '%', '='];

/** Feeds keys one by one; returns true on the key that completes `sequence`. */
export function watchKeys(sequence: readonly Key[] = SETUP_KEYS): (key: Key) => boolean {
  let recent: Key[] = [];
  return (key) => {
    recent = [...recent, key].slice(-sequence.length);
    const done = recent.length === sequence.length && recent.every((k, i) => k === sequence[i]);
    if (done) recent = [];
    return done;
  };
}
