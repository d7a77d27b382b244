import assert from 'node:assert/strict';
import path from 'node:path';
import { parseCv } from '../../../src/core/parser/parseCv';
import { cvDir } from './cvFiles';

describe('links behind icons', () => {
  it('keeps link targets the page does not show out of the profiles, in hidden_links', async () => {
    // The sidebar shows only the handle beside a LinkedIn and a GitHub icon.
    const cv = await parseCv(path.join(cvDir(), 'cv-001-macchiato.pdf'));
    assert.equal(cv.contact.linkedin, undefined);
    assert.equal(cv.contact.github, undefined);
    assert.deepEqual(cv.contact.hidden_links, ['linkedin.com/in/schuylerdvorak40', 'github.com/schuylerdvorak40']);
  });

  it('reports a link whose address is printed', async () => {
    const cv = await parseCv(path.join(cvDir(), 'cv-013-short.pdf'));
    assert.equal(cv.contact.website, 'janineroche82.dev');
    assert.ok(!(cv.contact.hidden_links ?? []).includes('janineroche82.dev'));
  });
});
