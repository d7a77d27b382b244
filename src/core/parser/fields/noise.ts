/** Labels some templates print inside entries ("Highlights", "Courses") that are not content. Evidence: the label's words. */
const NOISE = new Set(['highlights', 'achievements', 'responsibilities', 'key achievements', 'courses', 'aufgaben', 'erfolge', 'tätigkeiten', 'réalisations', 'missions', 'logros', 'tareas', 'keywords']);

export function isLabelNoise(text: string): boolean {
  return NOISE.has(text.trim().toLowerCase().replace(/:$/, ''));
}
