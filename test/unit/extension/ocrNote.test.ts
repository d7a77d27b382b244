import assert from 'node:assert/strict';
import type { CvRecord } from '../../../src/core/queue/cvRecord';
import { ocrMark, ocrTooltipLine } from '../../../src/extension/views/ocrNote';

const cv = (over: Partial<CvRecord>): CvRecord => ({
  id: 'a', filePath: '/cvs/scan.pdf', fileName: 'scan.pdf', status: 'completed', createdAt: '2026-01-01T00:00:00Z', updatedAt: '2026-01-01T00:00:00Z', attempts: 1, ...over,
});

describe('the tree\'s OCR note on a CV', () => {
  it('marks a completed CV read by OCR and gives its pages and mean confidence', () => {
    const read = cv({ ocrPages: 3, ocrConfidence: 0.912 });
    assert.equal(ocrMark(read), 'OCR');
    assert.equal(ocrTooltipLine(read), '3 pages, mean confidence 91 %');
    assert.equal(ocrTooltipLine(cv({ ocrPages: 1, ocrConfidence: 0.7 })), '1 page, mean confidence 70 %');
  });

  it('warns when the confidence is below the parser\'s threshold for checking the fields', () => {
    assert.equal(ocrTooltipLine(cv({ ocrPages: 1, ocrConfidence: 0.55 })), '1 page, mean confidence 55 % (low: check the fields against the document)');
  });

  it('says nothing for a CV with a text layer or one not completed', () => {
    assert.equal(ocrMark(cv({})), undefined);
    assert.equal(ocrTooltipLine(cv({})), undefined);
    assert.equal(ocrMark(cv({ status: 'queued', ocrPages: 2, ocrConfidence: 0.9 })), undefined);
  });
});
