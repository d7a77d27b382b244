import assert from 'node:assert/strict';
import { findPhone, looksLikeName } from '../../../src/core/parser/fields/contact';
import { findDateRanges, firstDateRange, normDate } from '../../../src/core/parser/fields/dates';
import { headingKind } from '../../../src/core/parser/fields/headings';
import { levelPairs, splitSkillList } from '../../../src/core/parser/fields/skills';
import { makeLine } from '../../../src/core/parser/document';
import { normUrl } from '../../../src/core/parser/fields/urls';
import { parseLanguages } from '../../../src/core/parser/fields/languages';
import { parseCertifications } from '../../../src/core/parser/fields/certifications';
import { parseDegree } from '../../../src/core/parser/fields/education';
import { splitHeaderText } from '../../../src/core/parser/fields/headerRoles';

describe('parser fields', () => {
  describe('dates', () => {
    const cases: [string, { start?: string; end?: string; current?: boolean }][] = [
      ['03/2019 – heute', { start: '2019-03', current: true }],
      ['Mar 2019 - Present', { start: '2019-03', current: true }],
      ['2019–2021', { start: '2019', end: '2021' }],
      ['Jan. 2020 to now', { start: '2020-01', current: true }],
      ['seit 2020', { start: '2020', current: true }],
      ['depuis août 2021', { start: '2021-08', current: true }],
      ['sept. 2016 – juil. 2019', { start: '2016-09', end: '2019-07' }],
      ['Dez. 2023 - Current', { start: '2023-12', current: true }],
      ['März 2018 bis Februar 2020', { start: '2018-03', end: '2020-02' }],
      ['enero 2015 - diciembre 2017', { start: '2015-01', end: '2017-12' }],
      ['2014-07 - 2017-03', { start: '2014-07', end: '2017-03' }],
      ['2022-01 —', { start: '2022-01' }],
      ["nov. 2022– aujourd’hui", { start: '2022-11', current: true }],
      ['desde 2019', { start: '2019', current: true }],
      ['10.2009 - 07.2012', { start: '2009-10', end: '2012-07' }],
      ['2021-05 TO 2024-04', { start: '2021-05', end: '2024-04' }],
      ['2021-05 – 2024-04', { start: '2021-05', end: '2024-04' }],
      ['depuis 2023', { start: '2023', current: true }],
      ['seit 03/2021', { start: '2021-03', current: true }],
      ['dal 2019', { start: '2019', current: true }],
      ['da 03/2019 a oggi', { start: '2019-03', current: true }],
      ['févr. 2019 – actuel', { start: '2019-02', current: true }],
      ['gennaio 2018 – dicembre 2020', { start: '2018-01', end: '2020-12' }],
      ['mag. 2017 - attuale', { start: '2017-05', current: true }],
      ['maart 2016 – heden', { start: '2016-03', current: true }],
      ['okt. 2015 tot mei 2018', { start: '2015-10', end: '2018-05' }],
      ['março 2014 – atual', { start: '2014-03', current: true }],
      ['fev. 2012 até dezembro 2013', { start: '2012-02', end: '2013-12' }],
      ['ene. 2020 – actualidad', { start: '2020-01', current: true }],
      ['März 2021 – jetzt', { start: '2021-03', current: true }],
    ];
    for (const [text, want] of cases) {
      it(`reads "${text}"`, () => {
        const r = firstDateRange(text);
        assert.ok(r, `no range in ${text}`);
        assert.deepEqual({ start: r.start, end: r.end, current: r.current }, { start: want.start, end: want.end, current: want.current });
      });
    }

    it('keeps only what the CV says and ignores numbers that are no dates', () => {
      assert.equal(normDate('2019'), '2019');
      assert.equal(normDate('March 2019'), '2019-03');
      assert.equal(normDate('13/2019'), undefined);
      assert.deepEqual(findDateRanges('Reduced cost by 45% for 300 clients'), []);
    });
  });

  describe('phone', () => {
    it('derives E.164 from the region of the CV or the default region', () => {
      assert.deepEqual(findPhone(['0170 7164718'], 'DE'), { phone: '0170 7164718', phone_e164: '+491707164718' });
      assert.deepEqual(findPhone(['Tel: +49 151 4049775']), { phone: '+49 151 4049775', phone_e164: '+491514049775' });
      assert.equal(findPhone(['(242) 555-3951'], 'US').phone, '(242) 555-3951');
    });

    it('does not take date ranges for phone numbers', () => {
      assert.deepEqual(findPhone(['06/2020 - 05/2022', '2014-07 - 2017-03'], 'DE'), {});
    });
  });

  describe('skills splitting', () => {
    it('splits on commas, semicolons, pipes and bullets but keeps C++, Node.js and CI/CD whole', () => {
      assert.deepEqual(splitSkillList('C++, Node.js; CI/CD | C# • Vue.js'), ['C++', 'Node.js', 'CI/CD', 'C#', 'Vue.js']);
      assert.deepEqual(splitSkillList('Python (pandas, NumPy), Go'), ['Python (pandas, NumPy)', 'Go']);
    });

    it('finds "item" / "level" lists without a heading, and only runs of three or more', () => {
      const lines = (xs: string[]) => xs.map((x) => makeLine([x])!);
      assert.deepEqual(levelPairs(lines(['jane@example.org', 'SwiftUI', 'Expert', 'Golang', 'Beginner', 'GitLab CI', 'C1'])), ['SwiftUI', 'Golang', 'GitLab CI']);
      assert.deepEqual(levelPairs(lines(['Berlin', 'Git', 'Expert', 'Summary'])), []);
    });
  });

  describe('languages and certifications', () => {
    const lines = (xs: string[][]) => xs.map((x) => makeLine(x)!);

    it('reads languages with their level, CEFR included, in lists, pairs and grids', () => {
      assert.deepEqual(parseLanguages(lines([['Deutsch: Muttersprache'], ['English C1'], ['Mandarin (Elementary), Spanish (B2)']])), [
        { language: 'Deutsch', proficiency: 'Muttersprache' }, { language: 'English', proficiency: 'C1' },
        { language: 'Mandarin', proficiency: 'Elementary' }, { language: 'Spanish', proficiency: 'B2' },
      ]);
      assert.deepEqual(parseLanguages(lines([['English', 'French'], ['Native speaker', 'Intermediate']])), [
        { language: 'English', proficiency: 'Native speaker' }, { language: 'French', proficiency: 'Intermediate' },
      ]);
    });

    it('reads a certification with its issuer and date', () => {
      assert.deepEqual(parseCertifications(lines([['AWS Certified Solutions Architect – Amazon Web Services (03/2022)']])), [
        { name: 'AWS Certified Solutions Architect', issuer: 'Amazon Web Services', date: '2022-03' },
      ]);
    });
  });

  describe('section headings', () => {
    const cases: [string, string][] = [
      ['Experience', 'work_history'], ['Berufserfahrung', 'work_history'], ['Expérience professionnelle', 'work_history'], ['Experiencia', 'work_history'],
      ['B E R U F S E R FA H R U N G', 'work_history'], ['WORK EXPERIENCE', 'work_history'],
      ['Education', 'education'], ['Ausbildung', 'education'], ['Formation', 'education'], ['Formación académica', 'education'],
      ['Skills', 'skills'], ['Kenntnisse', 'skills'], ['Compétences', 'skills'], ['Habilidades', 'skills'],
      ['Languages', 'languages'], ['Sprachen', 'languages'], ['Langues', 'languages'], ['Idiomas', 'languages'],
      ['Certifications', 'certifications'], ['Zertifikate', 'certifications'], ['Profil', 'summary'], ['Open Source Projects', 'other'],
    ];
    for (const [text, key] of cases) it(`knows "${text}"`, () => assert.equal(headingKind(text), key));

    it('does not take a sentence for a heading', () => {
      assert.equal(headingKind('Experience with large distributed systems'), undefined);
    });
  });

  describe('names, headers, degrees, URLs', () => {
    it('tells a name from a job title or a heading', () => {
      assert.ok(looksLikeName('Jürgen Groß'));
      assert.ok(looksLikeName('Ana-María de la Cruz'));
      assert.ok(!looksLikeName('Senior Software Engineer'));
      assert.ok(!looksLikeName('Work Experience'));
    });

    it('splits work headers into title, company and place', () => {
      assert.deepEqual(splitHeaderText('Backend-Entwickler, Möller, Klapper und Melzer, Köln'), { title: 'Backend-Entwickler', company: 'Möller, Klapper und Melzer', location: 'Köln' });
      assert.deepEqual(splitHeaderText('IT-Berater at Kleininger, Kúhn und Kuske'), { title: 'IT-Berater', company: 'Kleininger, Kúhn und Kuske' });
      assert.equal(splitHeaderText('Carter, Metz and Christiansen, Machine Learning Engineer').title, 'Machine Learning Engineer');
    });

    it('reads degree, field and grade', () => {
      assert.deepEqual(parseDegree('Bachelor of Arts - Mathematics, GPA: 3.9'), { degree: 'Bachelor of Arts', field: 'Mathematics', grade: 'GPA 3.9' });
      assert.deepEqual(parseDegree('MBA in Computer Science'), { degree: 'MBA', field: 'Computer Science' });
      assert.equal(parseDegree('B.Sc. Maschinenbau').field, 'Maschinenbau');
    });

    it('writes URLs without scheme, www or trailing slash', () => {
      assert.equal(normUrl('https://www.LinkedIn.com/in/janedoe/'), 'linkedin.com/in/janedoe');
      assert.equal(normUrl('http://github.com/JaneDoe'), 'github.com/JaneDoe');
    });
  });
});
