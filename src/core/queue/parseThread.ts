// Entry of each parsing thread (bundled as dist/parseThread.js): parses one CV per message.
import { createHash } from 'node:crypto';
import path from 'node:path';
import { ocrOptionsFrom } from '../parser/ocr/session';
import { parseBuffer, readCvFile } from '../parser/parseCv';
import { serveJobs } from './threadProtocol';

serveJobs(async ({ filePath, options }) => {
  const bytes = await readCvFile(filePath);
  // The hash of what is parsed: the file may have been replaced since it was queued, and a copy
  // of the old content must not be taken for a duplicate of it.
  const contentHash = createHash('sha256').update(bytes).digest('hex');
  const defaultPhoneRegion = typeof options.defaultPhoneRegion === 'string' ? options.defaultPhoneRegion : undefined;
  return { result: await parseBuffer(bytes, path.basename(filePath), { defaultPhoneRegion, ...ocrOptionsFrom(options) }), contentHash };
});
