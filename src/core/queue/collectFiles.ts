import type { Stats } from 'node:fs';
import fs from 'node:fs/promises';
import path from 'node:path';

export const SUPPORTED_EXTENSIONS: readonly string[] = ['.pdf', '.docx', '.odt', '.rtf', '.txt', '.md', '.png', '.jpg', '.jpeg', '.tif', '.tiff', '.webp'];

/**
 * The parser's size limit (parser/parseCv.ts, kept equal by a test): a larger file is refused
 * at enqueue before it is read, rather than hashed for minutes and failed later.
 */
export const MAX_CV_BYTES = 50 * 1024 * 1024;

export interface CollectedFiles {
  files: string[];
  /** Files left out because their type is not a CV format. */
  unsupported: string[];
  /** Paths that could not be read (missing, no permission, not a regular file). */
  unreadable: { path: string; reason: string }[];
  /** Met inside folders and left out, counted rather than listed (a loop would list thousands). */
  skipped: {
    /** Links to folders already walked, or leading out of the folder that was chosen. */
    links: number;
    /** FIFOs, sockets and devices. */
    notFiles: number;
  };
}

/**
 * Expands files and folders (recursively, sorted, hidden folders skipped) into CV files. Each
 * folder is walked once (by device and inode), so links back up the tree end instead of looping;
 * links to folders are followed only while they stay inside the folder that was chosen.
 */
export async function collectFiles(inputs: readonly string[], extensions: readonly string[] = SUPPORTED_EXTENSIONS): Promise<CollectedFiles> {
  const walker = new Walker(extensions);
  for (const input of inputs) await walker.visitInput(path.resolve(input));
  return walker.out;
}

class Walker {
  readonly out: CollectedFiles = { files: [], unsupported: [], unreadable: [], skipped: { links: 0, notFiles: 0 } };
  private readonly wanted: Set<string>;
  private readonly seenFiles = new Set<string>();
  private readonly seenFolders = new Set<string>();

  constructor(extensions: readonly string[]) {
    this.wanted = new Set(extensions.map((e) => e.toLowerCase()));
  }

  /** A path given by the user: followed wherever it points, and named when it cannot be used. */
  async visitInput(p: string): Promise<void> {
    const stat = await this.stat(p);
    if (!stat) return;
    if (stat.isFile()) this.addFile(p);
    else if (stat.isDirectory()) await this.walk(p, await fs.realpath(p), stat);
    else this.out.unreadable.push({ path: p, reason: 'not a regular file' });
  }

  private async walk(dir: string, root: string, stat: Stats): Promise<void> {
    const key = `${stat.dev}:${stat.ino}`;
    if (this.seenFolders.has(key)) {
      this.out.skipped.links++;
      return;
    }
    this.seenFolders.add(key);
    let entries;
    try {
      entries = await fs.readdir(dir, { withFileTypes: true });
    } catch (err) {
      this.out.unreadable.push({ path: dir, reason: readReason(err) });
      return;
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const entry of entries) {
      const p = path.join(dir, entry.name);
      if (entry.isFile()) this.addFile(p);
      else if (entry.isDirectory() || entry.isSymbolicLink()) await this.visitInside(p, root, entry.isSymbolicLink());
      else this.out.skipped.notFiles++;
    }
  }

  /** A folder entry that is a folder or a link: folders only inside `root`, hidden ones never. */
  private async visitInside(p: string, root: string, isLink: boolean): Promise<void> {
    const stat = await this.stat(p);
    if (!stat) return;
    if (stat.isFile()) this.addFile(p);
    else if (!stat.isDirectory()) this.out.skipped.notFiles++;
    else if (path.basename(p).startsWith('.')) return;
    else if (isLink && !isInside(await fs.realpath(p), root)) this.out.skipped.links++;
    else await this.walk(p, root, stat);
  }

  private addFile(p: string): void {
    if (!this.wanted.has(path.extname(p).toLowerCase())) this.out.unsupported.push(p);
    else if (!this.seenFiles.has(p)) {
      this.seenFiles.add(p);
      this.out.files.push(p);
    }
  }

  private async stat(p: string): Promise<Stats | undefined> {
    try {
      return await fs.stat(p);
    } catch (err) {
      this.out.unreadable.push({ path: p, reason: readReason(err) });
      return undefined;
    }
  }
}

function isInside(real: string, root: string): boolean {
  return real === root || real.startsWith(root.endsWith(path.sep) ? root : root + path.sep);
}

function readReason(err: unknown): string {
  const code = (err as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return 'file not found';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'ELOOP') return 'a link that points to itself';
  return (err as Error).message;
}
