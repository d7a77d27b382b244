import fs from 'node:fs/promises';
import path from 'node:path';

export const SUPPORTED_EXTENSIONS: readonly string[] = ['.pdf', '.docx', '.odt', '.rtf', '.txt', '.md'];

export interface CollectedFiles {
  files: string[];
  /** Files left out because their type is not a CV format. */
  unsupported: string[];
  /** Paths that could not be read (missing, no permission). */
  unreadable: { path: string; reason: string }[];
}

/** Expands files and folders (recursively, sorted, hidden folders skipped) into CV files. */
export async function collectFiles(inputs: readonly string[], extensions: readonly string[] = SUPPORTED_EXTENSIONS): Promise<CollectedFiles> {
  const wanted = new Set(extensions.map((e) => e.toLowerCase()));
  const out: CollectedFiles = { files: [], unsupported: [], unreadable: [] };
  const seen = new Set<string>();
  const addFile = (p: string): void => {
    if (!wanted.has(path.extname(p).toLowerCase())) out.unsupported.push(p);
    else if (!seen.has(p)) {
      seen.add(p);
      out.files.push(p);
    }
  };
  const walk = async (dir: string): Promise<void> => {
    const entries = (await fs.readdir(dir, { withFileTypes: true })).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const entry of entries) {
      const p = path.join(dir, entry.name);
      if (entry.isDirectory()) {
        if (!entry.name.startsWith('.')) await walk(p);
      } else if (entry.isFile()) addFile(p);
      else if (entry.isSymbolicLink()) await visit(p);
    }
  };
  const visit = async (p: string): Promise<void> => {
    try {
      const stat = await fs.stat(p);
      if (stat.isDirectory()) await walk(p);
      else if (stat.isFile()) addFile(p);
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      out.unreadable.push({ path: p, reason: code === 'ENOENT' ? 'file not found' : code === 'EACCES' ? 'permission denied' : (err as Error).message });
    }
  };
  for (const input of inputs) await visit(path.resolve(input));
  return out;
}
