import os from 'node:os';

/** Who corrects or marks a CV: the configured name, else the user name of this computer's account. */
export function reviewerName(configured = ''): string {
  if (configured.trim()) return configured.trim();
  try {
    return os.userInfo().username || 'unknown';
  } catch {
    return 'unknown'; // an account without a passwd entry (some containers)
  }
}
