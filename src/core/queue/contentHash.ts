import { createHash } from 'node:crypto';
import fs from 'node:fs';
import { setImmediate as yieldToEventLoop } from 'node:timers/promises';

const READ_WHOLE_BELOW = 8 * 1024 * 1024;
const BATCH = 100;

/**
 * sha-256 of each file's bytes, or the error that kept it from being read. A file above
 * `maxBytes` or one that is not a regular file (replaced by a FIFO, say) is never read. Small files are read
 * synchronously in batches (4x faster than one promise per file for thousands of CVs) with a
 * yield between batches so the event loop stays responsive; large ones are streamed.
 */
export async function hashFiles(files: readonly string[], maxBytes = Number.POSITIVE_INFINITY): Promise<(string | Error)[]> {
  const out: (string | Error)[] = [];
  for (let start = 0; start < files.length; start += BATCH) {
    for (const file of files.slice(start, start + BATCH)) {
      try {
        const stat = fs.statSync(file);
        if (!stat.isFile()) out.push(new Error('not a regular file'));
        else if (stat.size > maxBytes) out.push(new Error(`too large (${formatSize(stat.size)}; the limit is ${formatSize(maxBytes)})`));
        else out.push(stat.size < READ_WHOLE_BELOW ? sha256(fs.readFileSync(file)) : await hashStream(file));
      } catch (err) {
        out.push(err instanceof Error ? err : new Error(String(err)));
      }
    }
    await yieldToEventLoop();
  }
  return out;
}

/** "20 GB", "51 MB": binary units, as file managers show them. */
export function formatSize(bytes: number): string {
  const mb = bytes / 2 ** 20;
  return mb >= 1024 ? `${Math.round(mb / 1024)} GB` : `${Math.round(mb)} MB`;
}

function sha256(bytes: Buffer): string {
  return createHash('sha256').update(bytes).digest('hex');
}

function hashStream(file: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const hash = createHash('sha256');
    fs.createReadStream(file)
      .on('data', (chunk) => hash.update(chunk))
      .on('error', reject)
      .on('end', () => resolve(hash.digest('hex')));
  });
}
