import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { parseCv } from '../../../src/core/parser/parseCv';
import { useTmpDir } from '../helpers/tmp';

const CV = `Maria Schmidt
Senior Backend Engineer
Berlin, Germany | maria.schmidt@example.de | 030 1234567 | github.com/mschmidt

PROFESSIONAL SUMMARY
Backend engineer with 8 years of experience building payment systems.

WORK EXPERIENCE
Senior Backend Engineer | Acme Payments GmbH | Berlin | 03/2021 – present
- Led migration of the ledger to PostgreSQL 15
- Cut p99 latency by 40% for the checkout
  and the refund flows

Software Engineer, Globex Corp, Munich
Jan 2017 - Feb 2021
- Built the card authorisation service in Go

EDUCATION
M.Sc. Computer Science, Technische Universität München, 2014 – 2016, Grade: 1.3
B.Sc. Informatik, Universität Stuttgart, 2011 – 2014

SKILLS
Go, Java, PostgreSQL, Kafka, Kubernetes, CI/CD, C++

LANGUAGES
German (native), English (C1)

PROJECTS
Open-source ledger library
`;

describe('a plain-text CV in a layout not among the fixtures', () => {
  const tmp = useTmpDir();

  it('reads every field, each entry whole', async () => {
    const file = path.join(tmp(), 'cv.txt');
    fs.writeFileSync(file, CV);
    const cv = await parseCv(file, { defaultPhoneRegion: 'DE' });
    assert.deepEqual(cv.contact, {
      name: 'Maria Schmidt', email: 'maria.schmidt@example.de', location: 'Berlin, Germany',
      phone: '030 1234567', phone_e164: '+49301234567', github: 'github.com/mschmidt',
    });
    assert.deepEqual(cv.work_history.map((w) => [w.title, w.company, w.start_date, w.end_date, w.current]), [
      ['Senior Backend Engineer', 'Acme Payments GmbH', '2021-03', undefined, true],
      ['Software Engineer', 'Globex Corp', '2017-01', '2021-02', undefined],
    ]);
    assert.deepEqual(cv.work_history[0].highlights, ['Led migration of the ledger to PostgreSQL 15', 'Cut p99 latency by 40% for the checkout and the refund flows']);
    assert.deepEqual(cv.education.map((e) => [e.degree, e.field, e.institution, e.start_date, e.end_date, e.grade]), [
      ['M.Sc.', 'Computer Science', 'Technische Universität München', '2014', '2016', 'Grade 1.3'],
      ['B.Sc.', 'Informatik', 'Universität Stuttgart', '2011', '2014', undefined],
    ]);
    assert.deepEqual(cv.skills, ['Go', 'Java', 'PostgreSQL', 'Kafka', 'Kubernetes', 'CI/CD', 'C++']);
    assert.deepEqual(cv.languages, [{ language: 'German', proficiency: 'native' }, { language: 'English', proficiency: 'C1' }]);
    assert.deepEqual(cv.section_order, ['contact', 'summary', 'work_history', 'education', 'skills', 'languages', 'other:PROJECTS']);
    assert.deepEqual(cv.other_sections, [{ heading: 'PROJECTS', content: 'Open-source ledger library' }]);
    assert.ok(cv.parse_confidence >= 0.8);
  });
});
