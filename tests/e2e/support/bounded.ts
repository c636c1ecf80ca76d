class NoAnswer extends Error {}

/**
 * A protocol call that never answers (seen once in CI: a Firefox test hung until the test's own
 * 90 s timeout, with no sign of which step) becomes an error that names the step.
 */
export function bounded<T>(what: string, work: Promise<T>, ms: number): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new NoAnswer(`${what}: no answer within ${ms / 1000} s`)), ms);
  });
  return Promise.race([work, late]).finally(() => clearTimeout(timer));
}

/**
 * For reads that change nothing (what the browser holds): a read that got no answer is made
 * once more on a fresh page, and the retry is logged so a slow run stays visible.
 */
export async function readTwice<T>(what: string, read: () => Promise<T>, ms: number): Promise<T> {
  try {
    return await bounded(what, read(), ms);
  } catch (error) {
    if (!(error instanceof NoAnswer)) throw error;
    console.warn(`${what}: read again after ${String(error)}`);
    return bounded(`${what} (second try)`, read(), ms);
  }
}

/** How long one protocol command may take before puppeteer gives up (its default is 180 s, past every test's timeout). */
export const PROTOCOL_TIMEOUT = 60_000;
