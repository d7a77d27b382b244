// Entry of each parsing thread (bundled as dist/parseThread.js): parses one CV per message.
import { ocrOptionsFrom } from '../parser/ocr/session';
import { parseCv } from '../parser/parseCv';
import { serveJobs } from './threadProtocol';

serveJobs(({ filePath, options }) =>
  parseCv(filePath, { defaultPhoneRegion: typeof options.defaultPhoneRegion === 'string' ? options.defaultPhoneRegion : undefined, ...ocrOptionsFrom(options) }),
);
