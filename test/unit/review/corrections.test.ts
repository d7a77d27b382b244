import assert from 'node:assert/strict';
import { type FieldCorrection, applyCorrections, mergeCorrections } from '../../../src/core/review/corrections';
import { janeDoe } from '../helpers/sampleCvs';

const fix = (path: string, value: unknown): FieldCorrection => ({ path, value, by: 'ada', at: '2026-11-29T02:00:00.000Z' });

describe('corrections', () => {
  it('keeps the latest value of a field and drops corrections inside a replaced entry', () => {
    const merged = mergeCorrections([fix('/contact/email', 'a@x.example'), fix('/work_history/0/title', 'A')], [fix('/contact/email', 'b@x.example'), fix('/work_history/0', { title: 'B' })]);
    assert.deepEqual(merged.map((c) => [c.path, c.value]), [['/contact/email', 'b@x.example'], ['/work_history/0', { title: 'B' }]]);
  });

  it('keeps both removals of the same position: each removes another entry', () => {
    const merged = mergeCorrections(mergeCorrections([], [fix('/languages/0', null)]), [fix('/languages/0', null)]);
    assert.equal(merged.length, 2);
    assert.deepEqual(applyCorrections(janeDoe(), merged).cv.languages, []);
  });

  it('keeps a removal when the next entry, now at its position, is corrected', () => {
    const merged = mergeCorrections([fix('/certifications/0', null)], [fix('/certifications/0/issuer', 'AWS')]);
    assert.deepEqual(applyCorrections(janeDoe(), merged).cv.certifications, [{ name: 'AWS SAA', issuer: 'AWS' }]);
  });

  it('skips, and reports, a correction whose entry the result does not have, applying the rest', () => {
    const { cv, skipped } = applyCorrections(janeDoe({ work_history: [] }), [fix('/work_history/1/title', 'X'), fix('/contact/name', 'Jane')]);
    assert.deepEqual(skipped.map((c) => c.path), ['/work_history/1/title']);
    assert.equal(cv.contact.name, 'Jane');
    assert.deepEqual(janeDoe().contact.name, 'Jane Q. Doe', 'the original is never changed');
  });
});
