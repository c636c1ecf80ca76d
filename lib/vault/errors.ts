/** Storage refused the write (full, or another failure); the stored version is unchanged. */
export class SaveFailedError extends Error {
  constructor(readonly full: boolean, cause: unknown) {
    super(full ? 'Storage is full' : 'Saving failed', { cause });
    this.name = 'SaveFailedError';
  }
}

/** No key in memory, or the plan was wiped (a quick exit) since it was opened: nothing is written. */
export class LockedError extends Error {
  constructor() {
    super('The plan is locked');
    this.name = 'LockedError';
  }
}

export function isQuotaError(error: unknown): boolean {
  const text = error instanceof Error ? `${error.name} ${error.message}` : String(error);
  return /quota/i.test(text);
}
