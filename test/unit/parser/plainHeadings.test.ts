import assert from 'node:assert/strict';
import { extractDocument } from '../../../src/core/parser/extract/extract';
import { parseBuffer } from '../../../src/core/parser/parseCv';

const TXT = `Anna Kowalska
anna.kowalska@example.pl | +48 501 234 567 | Kraków
Experience
----------
Data Analyst, Allegro, Kraków
2019-04 – 2023-06
Company car: yes
EDUCATION
MSc Mathematics, Jagiellonian University, 2014 – 2019
=== Skills ===
SQL, R, Python
Languages:
Polish (native), English (C1)
`;

const MD = `# Jane Roe
jane.roe@example.com

**Experience**

**Senior Engineer**, Acme Ltd, 2019-01 – 2023-05
- Ran the build farm

**Education**
BSc Physics, University of Bristol, 2012 – 2015
`;

async function lines(text: string, name: string) {
  return (await extractDocument(new Uint8Array(Buffer.from(text)), name)).lines;
}

describe('plain-text and Markdown heading conventions', () => {
  it('marks underlined, capital, framed and colon headings, and keeps "Key: value" lines as content', async () => {
    const ls = await lines(TXT, 'cv.txt');
    const headings = ls.filter((l) => l.heading).map((l) => l.text);
    assert.deepEqual(headings, ['Experience', 'EDUCATION', 'Skills', 'Languages']);
    assert.ok(ls.some((l) => l.text === 'Company car: yes' && !l.heading));
    assert.ok(!ls.some((l) => /^[=-]+$|===/.test(l.text)), 'rules and frames are not text');
  });

  it('does not take a rule under a sentence, a contact line or a list item for an underline', async () => {
    const ls = await lines('Built the ledger service.\n-----\njane@example.com\n=====\n- Go\n-----\nSQL, R, PYTHON\n', 'cv.txt');
    assert.deepEqual(ls.filter((l) => l.heading).map((l) => l.text), []);
  });

  it('reads the sections of a text CV whose skills heading is framed by rules', async () => {
    const cv = await parseBuffer(new Uint8Array(Buffer.from(TXT)), 'cv.txt');
    assert.deepEqual(cv.skills, ['SQL', 'R', 'Python']);
    assert.deepEqual(cv.work_history.map((w) => [w.title, w.start_date, w.end_date]), [['Data Analyst', '2019-04', '2023-06']]);
    assert.match(cv.work_history[0].company ?? '', /^Allegro/);
    assert.equal(cv.education[0]?.institution, 'Jagiellonian University');
  });

  it('Markdown: a wholly bold short line is a heading, a bold title inside an entry line is not', async () => {
    const ls = await lines(MD, 'cv.md');
    assert.deepEqual(ls.filter((l) => l.heading).map((l) => l.text), ['Jane Roe', 'Experience', 'Education']);
  });
});
