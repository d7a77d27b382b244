import { parseArgs } from 'node:util';
import type { ParsedCV } from '../../core/parsedCv';
import { CvParseError } from '../../core/parser/errors';
import { closeOcr } from '../../core/parser/ocr/engine';
import { type ParseOptions, explainCv, parseCv } from '../../core/parser/parseCv';
import { type CliContext, UsageError } from '../context';
import { explainLines } from './parseExplain';

function summary(cv: ParsedCV): string[] {
  const c = cv.contact;
  const out = [
    `name:        ${c.name ?? '-'}`,
    `email:       ${c.email ?? '-'}`,
    `phone:       ${c.phone ?? '-'}${c.phone_e164 ? ` (${c.phone_e164})` : ''}`,
    `location:    ${c.location ?? '-'}`,
  ];
  for (const k of ['linkedin', 'github', 'website'] as const) if (c[k]) out.push(`${`${k}:`.padEnd(13)}${c[k]}`);
  out.push(`sections:    ${cv.section_order.join(', ') || '-'}`, `work (${cv.work_history.length}):`);
  for (const w of cv.work_history) {
    const dates = `${w.start_date ?? '?'} – ${w.current ? 'present' : (w.end_date ?? '?')}`;
    out.push(`  ${[w.title, w.company].filter(Boolean).join(' at ')}  ${dates}`);
  }
  out.push(`education (${cv.education.length}):`);
  for (const e of cv.education) out.push(`  ${[e.degree, e.field, e.institution].filter(Boolean).join(', ')}  ${e.start_date ?? ''}${e.end_date ? ` – ${e.end_date}` : ''}`);
  out.push(`skills:      ${cv.skills.join(', ') || '-'}`);
  out.push(`languages:   ${cv.languages.map((l) => (l.proficiency ? `${l.language} (${l.proficiency})` : l.language)).join(', ') || '-'}`);
  if (cv.certifications.length) out.push(`certificates: ${cv.certifications.map((x) => x.name).join(', ')}`);
  out.push(`confidence:  ${cv.parse_confidence.toFixed(2)}   (${cv.extract_time_ms} ms)`);
  for (const w of cv.warnings) out.push(`warning:     ${w}`);
  return out;
}

export async function parseCommand(ctx: CliContext, argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      json: { type: 'boolean' }, explain: { type: 'boolean' }, region: { type: 'string' },
      ocr: { type: 'string' }, 'ocr-languages': { type: 'string' }, 'ocr-timeout': { type: 'string' },
    },
  });
  if (positionals.length !== 1) throw new UsageError('parse needs exactly one FILE.');
  if (values.region !== undefined && !/^[A-Za-z]{2}$/.test(values.region)) throw new UsageError('--region needs a two-letter country code such as DE.');
  if (values.json && values.explain) throw new UsageError('--json and --explain cannot be combined.');
  const options: ParseOptions = { defaultPhoneRegion: values.region?.toUpperCase(), ...ocrOptions(values) };
  try {
    if (values.explain) {
      for (const line of explainLines(await explainCv(positionals[0], options))) ctx.io.out(line);
      return 0;
    }
    const cv = await parseCv(positionals[0], options);
    if (values.json) ctx.io.out(JSON.stringify(cv));
    else for (const line of summary(cv)) ctx.io.out(line);
    return 0;
  } catch (err) {
    if (!(err instanceof CvParseError)) throw err;
    ctx.io.err(`samsara: ${positionals[0]}: ${err.message}`);
    return 1;
  } finally {
    await closeOcr();
  }
}

function ocrOptions(values: { ocr?: string; 'ocr-languages'?: string; 'ocr-timeout'?: string }): ParseOptions {
  const out: ParseOptions = {};
  if (values.ocr !== undefined) {
    if (values.ocr !== 'auto' && values.ocr !== 'off') throw new UsageError('--ocr takes auto or off.');
    out.ocr = values.ocr;
  }
  if (values['ocr-languages'] !== undefined) out.ocrLanguages = values['ocr-languages'].split(',').map((l) => l.trim()).filter(Boolean);
  if (values['ocr-timeout'] !== undefined) {
    const s = Number(values['ocr-timeout']);
    if (!(s > 0)) throw new UsageError('--ocr-timeout needs a number of seconds.');
    out.ocrTimeoutMs = s * 1000;
  }
  return out;
}
