// A parsing thread for worker tests whose behaviour is written in the CV file itself:
// HANG (a busy loop that only termination ends), TRANSIENT (EBUSY), PERMANENT, EXIT (the
// thread dies), HOG (exhausts the thread's heap), SLOW <ms>, anything else completes with the text as raw_text.
import fs from 'node:fs/promises';
import { emptyParsedCV } from '../../../../src/core/parsedCv';
import { readJobFile, serveJobs } from '../../../../src/core/queue/threadProtocol';

serveJobs(async (request) => {
  // As the real thread: the bytes parsed are hashed once, and a file not the one queued is refused.
  const { bytes, contentHash } = await readJobFile(request, (file) => fs.readFile(file));
  const text = Buffer.from(bytes).toString('utf8').trim();
  if (text === 'HANG') for (;;);
  if (text === 'TRANSIENT') throw Object.assign(new Error('EBUSY: resource busy or locked'), { code: 'EBUSY' });
  if (text === 'PERMANENT') throw Object.assign(new Error('encrypted PDF (password protected)'), { permanent: true });
  if (text === 'EXIT') process.exit(3);
  if (text === 'HOG') {
    const hoard: number[][] = [];
    for (;;) hoard.push(new Array(1e6).fill(hoard.length));
  }
  const slow = /^SLOW (\d+)$/.exec(text);
  if (slow) await new Promise((resolve) => setTimeout(resolve, Number(slow[1])));
  return { result: { ...emptyParsedCV(), raw_text: text, contact: { name: text } }, contentHash };
});
