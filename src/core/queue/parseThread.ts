// Entry of each parsing thread (bundled as dist/parseThread.js): parses one CV per message.
import path from 'node:path';
import { ocrOptionsFrom } from '../parser/ocr/session';
import { parseBuffer, readCvFile } from '../parser/parseCv';
import { readJobFile, serveJobs } from './threadProtocol';

serveJobs(async (request) => {
  const { bytes, contentHash } = await readJobFile(request, readCvFile);
  const { filePath, options } = request;
  const defaultPhoneRegion = typeof options.defaultPhoneRegion === 'string' ? options.defaultPhoneRegion : undefined;
  return { result: await parseBuffer(bytes, path.basename(filePath), { defaultPhoneRegion, ...ocrOptionsFrom(options) }), contentHash };
});
