import fs from 'node:fs';
import path from 'node:path';
import { emptyParsedCV } from '../src/core/parsedCv';
import type { QueueStorage } from '../src/core/queue/storage';

/** Writes `count` tiny TXT CVs into `dir`. */
export function writeTinyCvs(dir: string, count: number): void {
  fs.mkdirSync(dir, { recursive: true });
  for (let i = 0; i < count; i++) {
    fs.writeFileSync(path.join(dir, `cv-${String(i).padStart(5, '0')}.txt`), `Candidate Number${i}\nc${i}@example.com\n\nExperience\nEngineer, Acme ${i}\n2019 - 2021\n`);
  }
}

/** Fills the database with `count` completed CVs carrying ~8 KB of text each, as a long-used queue has. */
export async function fillWithParsedCvs(storage: QueueStorage, count: number): Promise<void> {
  const text = 'Senior engineer with a long history of projects and responsibilities. '.repeat(115);
  const { cvs, claims } = storage;
  const added = await cvs.insertQueuedCVs(Array.from({ length: count }, (_, i) => ({ filePath: `/old/cv-${i}.pdf`, fileName: `cv-${i}.pdf` })));
  for (let i = 0; i < added.length; i++) {
    const claim = await claims.claimNext();
    if (claim) await claims.complete(claim.cv.id, claim.token, { ...emptyParsedCV(), raw_text: `${i} ${text}`, contact: { name: `Old ${i}` } });
  }
}
