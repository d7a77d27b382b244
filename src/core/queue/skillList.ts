/** The skills column (a JSON array) as strings; anything else, or broken JSON, is no skills. */
export function skillList(json: unknown): string[] {
  try {
    const value: unknown = JSON.parse(String(json ?? '[]'));
    return Array.isArray(value) ? value.filter((s): s is string => typeof s === 'string') : [];
  } catch {
    return [];
  }
}
