/**
 * File names of the disguised build's chunks. Rollup names a chunk after its module
 * (`PlanScreen`, `topics`), and anyone who opens the extension's files reads those names; the
 * disguised build numbers them instead. Language chunks keep their code (nl, en, …).
 */
const NUMBERED = ['FirstRun', 'Practice', 'PlanScreen', 'plan-actions', 'TopicsScreen', 'topics', 'steps', 'OpenSiteDialog', 'SettingsScreen', 'AboutInstallation', 'help', 'log', 'QuickExitKeepChoices', 'UnreviewedTranslationNote', 'SafetyCheckScreen'];
const LANGUAGE = /^[a-z]{2}$/;

export function neutralChunkName(name: string): string {
  if (LANGUAGE.test(name) || name === 'popup') return name;
  const index = NUMBERED.indexOf(name);
  return index < 0 ? 'c' : `c${index}`;
}
