import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { exportCvs } from '../../../src/core/export/exportCvs';
import { emptyParsedCV } from '../../../src/core/parsedCv';
import { jsonResumeValidator } from '../helpers/jsonResumeSchema';
import { janeDoe, storeParsed } from '../helpers/sampleCvs';
import { useQueueDb } from '../helpers/queueDb';

describe('JSON Resume export', () => {
  const q = useQueueDb();
  const tmp = () => q.dir;
  const validate = jsonResumeValidator();

  const readAll = (dir: string) =>
    Object.fromEntries(fs.readdirSync(dir).map((f) => [f, JSON.parse(fs.readFileSync(path.join(dir, f), 'utf8')) as Record<string, unknown>]));
  const assertValid = (doc: unknown, label: string) => assert.ok(validate(doc), `${label}: ${JSON.stringify(validate.errors)}`);

  it('checks documents against the real schema (a broken date is rejected)', async () => {
    assert.equal(validate({ work: [{ startDate: 'March 2019' }] }), false);
    assert.equal(validate({ basics: { email: 'not an email' } }), false);
    assert.equal(validate({ basics: { url: 'janedoe.dev' } }), false, 'a URL needs its scheme');
    assert.equal(validate({ work: [{ startDate: '2019-03' }, { endDate: '2019' }] }), true);
  });

  it('maps a full parsed CV onto the schema', async () => {
    await storeParsed(q.cvs, 'jane.pdf', janeDoe());
    const out = path.join(tmp(), 'resumes');
    const result = await exportCvs(q.cvs, { format: 'jsonresume', out });
    assert.deepEqual([result.exported, result.skipped], [1, 0]);
    const docs = readAll(out);
    assert.deepEqual(Object.keys(docs), ['Jane Q. Doe.json']);
    const doc = docs['Jane Q. Doe.json'];
    assertValid(doc, 'Jane');
    assert.deepEqual(doc, {
      $schema: 'https://raw.githubusercontent.com/jsonresume/resume-schema/v1.0.0/schema.json',
      basics: {
        name: 'Jane Q. Doe', email: 'jane.doe@example.com', phone: '+49 151 12345678', url: 'https://janedoe.dev',
        summary: 'Backend engineer who likes queues.',
        location: { city: 'Berlin', postalCode: '10115', countryCode: 'DE' },
        profiles: [
          { network: 'LinkedIn', username: 'janedoe', url: 'https://linkedin.com/in/janedoe' },
          { network: 'GitHub', username: 'janedoe', url: 'https://github.com/janedoe' },
        ],
      },
      work: [
        { name: 'Acme GmbH', position: 'Senior Software Engineer', location: 'Berlin', startDate: '2021-04', summary: 'Payments team.', highlights: ['Cut p99 latency by 40%', 'Led 4 engineers'] },
        { name: 'Globex', position: 'Software Engineer', startDate: '2018', endDate: '2021-03' },
      ],
      education: [{ institution: 'TU Berlin', area: 'Computer Science', studyType: 'M.Sc.', startDate: '2014', endDate: '2017-09', score: '1.3' }],
      skills: [{ name: 'TypeScript' }, { name: 'Kubernetes' }, { name: 'PostgreSQL' }],
      languages: [{ language: 'German', fluency: 'Native' }, { language: 'English', fluency: 'C1' }],
      certificates: [{ name: 'CKA', issuer: 'CNCF', date: '2022-05' }, { name: 'AWS SAA' }],
      meta: { version: 'v1.0.0' },
    });
  });

  it('stays valid on a sparse or messy CV, leaving out what it cannot state correctly', async () => {
    await storeParsed(q.cvs, 'scan.pdf', emptyParsedCV());
    await storeParsed(q.cvs, 'messy.docx', janeDoe({
      contact: { name: 'Jürgen Groß', email: 'juergen at example dot com', website: 'my site.example', linkedin: 'linkedin.com/in/j%C3%BCrgen', location: 'Atlanta, Georgia' },
      work_history: [
        { company: 'X', start_date: 'Summer 2019', end_date: '2019-13', highlights: ['', 'Shipped'] },
        { start_date: 'Summer 2019' },
        { title: 'Intern', start_date: '2016-02-15', end_date: '2016' },
      ],
      education: [{ degree: 'PhD' }],
      skills: ['Go', '  '],
      certifications: [{ name: 'Cert', date: 'last year' }],
      languages: [{ language: '履歴書', proficiency: undefined }],
    }));
    const out = path.join(tmp(), 'out');
    await exportCvs(q.cvs, { format: 'jsonresume', out });
    const docs = readAll(out);
    assert.deepEqual(Object.keys(docs).sort(), ['Jürgen Groß.json', 'scan.json']);
    for (const [name, doc] of Object.entries(docs)) assertValid(doc, name);
    assert.deepEqual(docs['scan.json'].basics, { profiles: [] });
    assert.deepEqual(docs['scan.json'].work, []);
    const j = docs['Jürgen Groß.json'] as { basics: Record<string, unknown>; work: unknown[]; certificates: unknown[]; skills: unknown[] };
    assert.deepEqual(j.basics, {
      name: 'Jürgen Groß', summary: 'Backend engineer who likes queues.', location: { city: 'Atlanta', region: 'Georgia' },
      profiles: [{ network: 'LinkedIn', username: 'jürgen', url: 'https://linkedin.com/in/j%C3%BCrgen' }],
    });
    assert.deepEqual(j.work, [{ name: 'X', highlights: ['Shipped'] }, { position: 'Intern', startDate: '2016-02', endDate: '2016' }]);
    assert.deepEqual(j.certificates, [{ name: 'Cert' }]);
    assert.deepEqual(j.skills, [{ name: 'Go' }]);
  });

  it('names files after the candidate, unique and safe, falling back to the file name', async () => {
    const projects = q.projects;
    const p = await projects.create('Berlin');
    const named = (name: string | undefined) => janeDoe({ contact: name === undefined ? {} : { name } });
    await storeParsed(q.cvs, 'a.pdf', named('Jane Doe'), p.id);
    await storeParsed(q.cvs, 'b.pdf', named('Jane Doe'), p.id);
    await storeParsed(q.cvs, 'c.pdf', named('JANE DOE'), p.id);
    await storeParsed(q.cvs, 'd.pdf', named('AC/DC: <Best>? "Fan"\u0007 ...'), p.id);
    await storeParsed(q.cvs, 'Lebenslauf Müller.docx', named(undefined), p.id);
    await storeParsed(q.cvs, 'e.pdf', named('CON'), p.id);
    await storeParsed(q.cvs, 'f.pdf', named('../../etc/passwd'), p.id);
    await storeParsed(q.cvs, 'other.pdf', named('Other Project'));
    const queued = await q.cvs.insertQueuedCV({ filePath: '/cvs/q.pdf', fileName: 'q.pdf', projectId: p.id });
    const out = path.join(tmp(), 'berlin');
    const result = await exportCvs(q.cvs, { format: 'jsonresume', out, projectId: p.id, status: 'all' });
    assert.deepEqual(result.files.map((f) => path.basename(f)), [
      'Jane Doe.json', 'Jane Doe (2).json', 'JANE DOE (3).json', 'AC DC Best Fan.json', 'Lebenslauf Müller.json', 'CON_.json', 'etc passwd.json',
    ]);
    assert.equal(result.skipped, 1, `the queued CV ${queued.fileName} has nothing to export`);
    assert.deepEqual(fs.readdirSync(out).sort(), result.files.map((f) => path.basename(f)).sort(), 'everything landed inside the folder');
    assert.equal((readAll(out)['Jane Doe (2).json'].basics as { name: string }).name, 'Jane Doe');
  });

  it('refuses to write into a path that is a file', async () => {
    await storeParsed(q.cvs, 'a.pdf', janeDoe());
    const file = path.join(tmp(), 'taken');
    fs.writeFileSync(file, 'x');
    await assert.rejects(exportCvs(q.cvs, { format: 'jsonresume', out: file }), /is a file; a JSON Resume export writes one file per CV into a folder/);
    assert.equal(fs.readFileSync(file, 'utf8'), 'x');
  });
});
