import assert from 'node:assert/strict';
import { emptyParsedCV } from '../../../src/core/parsedCv';
import type { CvRecord } from '../../../src/core/queue/cvRecord';
import { renderCvMarkdown } from '../../../src/extension/views/renderCv';

const record: CvRecord = {
  id: 'id-1', filePath: '/cvs/jane.pdf', fileName: 'jane.pdf', status: 'completed',
  createdAt: '2026-01-01T00:00:00Z', updatedAt: '2026-01-01T00:00:01Z', attempts: 1,
};

describe('renderCvMarkdown', () => {
  it('renders every part of a parsed CV that is present, in reading order', () => {
    const cv = {
      ...emptyParsedCV(),
      contact: { name: 'Jane Doe', email: 'jane@example.com', phone: '020 7946 0000', phone_e164: '+442079460000' },
      work_history: [{ title: 'Engineer', company: 'Acme', start_date: '2020-01', current: true, highlights: ['Shipped X'] }],
      education: [{ institution: 'Uni', degree: 'BSc', field: 'Physics', end_date: '2019' }],
      skills: ['Go', 'SQL'],
      languages: [{ language: 'French', proficiency: 'B2' }],
      certifications: [{ name: 'CKA', issuer: 'CNCF' }],
      warnings: ['no dates for one role'],
      parse_confidence: 0.87,
      extract_time_ms: 42,
    };
    const md = renderCvMarkdown(record, cv);
    assert.ok(md.startsWith('# Jane Doe\n'));
    assert.match(md, /confidence 87 %/);
    assert.match(md, /- Phone: 020 7946 0000 \(\+442079460000\)/);
    assert.match(md, /- \*\*Engineer at Acme\*\* \(2020-01 – present\)\n {2}- Shipped X/);
    assert.match(md, /\*\*Uni\*\*: BSc, Physics \(2019\)/);
    assert.match(md, /## Skills\n\nGo, SQL/);
    assert.match(md, /- French: B2/);
    assert.match(md, /- CKA, CNCF/);
    assert.match(md, /## Warnings\n\n- no dates for one role/);
    const order = ['## Contact', '## Work history', '## Education', '## Skills', '## Languages', '## Certifications', '## Warnings'].map((h) => md.indexOf(h));
    assert.deepEqual(order, [...order].sort((a, b) => a - b));
  });

  it('says when the CV was read by OCR, with its pages and confidence', () => {
    const md = renderCvMarkdown(record, { ...emptyParsedCV(), ocr: { pages: 2, mean_confidence: 0.864, languages: ['eng'] } });
    assert.match(md, /· read by OCR \(2 pages, confidence 86 %\)/);
    assert.doesNotMatch(renderCvMarkdown(record, emptyParsedCV()), /OCR/);
  });

  it('leaves out empty sections and falls back to the file name without a contact name', () => {
    const md = renderCvMarkdown(record, emptyParsedCV());
    assert.ok(md.startsWith('# jane.pdf\n'));
    assert.doesNotMatch(md, /## (Contact|Work history|Education|Skills|Warnings)/);
  });
});
