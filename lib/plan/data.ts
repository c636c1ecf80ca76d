import { parseDraft, parseLog, type LogDraft, type LogEntry } from './log';
import { ALL_CHECK_IDS, ALL_FIELD_IDS, MAX_FIELD_LENGTH } from './steps';

/** What the person wrote; this is what gets encrypted. */
export interface PlanData {
  v: 1;
  fields: Record<string, string>;
  checks: Record<string, boolean>;
  /** The incident log (lib/plan/log.ts); absent until the first entry. */
  log?: LogEntry[];
  /** What she chose as most important in the decision aid, only when she saved it (lib/decision). */
  priorities?: string[];
  /** An incident log entry she is writing and has not saved yet (lib/plan/log-draft.ts). */
  logDraft?: LogDraft;
}

export function emptyPlan(): PlanData {
  return { v: 1, fields: {}, checks: {} };
}

/**
 * Reads decrypted JSON back into a plan. Unknown fields are kept as they are (a newer version
 * may have written them); only values of the wrong type are dropped.
 */
export function parsePlan(json: string): PlanData {
  const raw = JSON.parse(json) as Partial<PlanData> | null;
  const plan = emptyPlan();
  if (!raw || typeof raw !== 'object') return plan;
  for (const [k, v] of Object.entries(raw.fields ?? {})) if (typeof v === 'string') plan.fields[k] = v;
  for (const [k, v] of Object.entries(raw.checks ?? {})) if (typeof v === 'boolean') plan.checks[k] = v;
  if (Array.isArray(raw.log)) plan.log = parseLog(raw.log);
  if (Array.isArray(raw.priorities)) plan.priorities = raw.priorities.filter((p): p is string => typeof p === 'string');
  const logDraft = parseDraft(raw.logDraft);
  if (logDraft) plan.logDraft = logDraft;
  return plan;
}

export function serialisePlan(plan: PlanData): string {
  return JSON.stringify(plan);
}

/** Cuts a value to the field's maximum (the field itself also stops there). */
export function clampField(value: string): string {
  return value.length > MAX_FIELD_LENGTH ? value.slice(0, MAX_FIELD_LENGTH) : value;
}

export function isEmptyPlan(plan: PlanData): boolean {
  return (
    Object.values(plan.fields).every((v) => !v) &&
    Object.values(plan.checks).every((v) => !v) &&
    !plan.log?.length &&
    !plan.priorities?.length
  );
}

export { ALL_CHECK_IDS, ALL_FIELD_IDS };
