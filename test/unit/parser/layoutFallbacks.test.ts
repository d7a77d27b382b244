import assert from 'node:assert/strict';
import path from 'node:path';
import { makeLine } from '../../../src/core/parser/document';
import { NO_STRUCTURE_WARNING } from '../../../src/core/parser/fields/confidence';
import { parseWork } from '../../../src/core/parser/fields/work';
import { parseBuffer, parseCv } from '../../../src/core/parser/parseCv';
import { repoRoot } from '../helpers/tmp';

const layout = (name: string): string => path.join(repoRoot(), 'test/fixtures/layout', name);

describe('layouts without the usual headings', () => {
  it('reads section labels in a left column, each on the first line of its section', async () => {
    const cv = await parseCv(layout('margin-rows.txt'));
    assert.deepEqual(cv.section_order, ['contact', 'summary', 'work_history', 'education', 'skills']);
    assert.deepEqual(cv.work_history.map((w) => [w.title, w.company, w.start_date, w.end_date ?? (w.current ? 'now' : '')]), [
      ['IT Support Specialist', 'Kertzmann Inc', '2023-03', 'now'],
      ['Help Desk Technician', 'Bode Group', '2020-06', '2023-02'],
    ]);
    assert.equal(cv.education[0]?.institution, 'University of Iowa');
    assert.deepEqual(cv.skills, ['Windows Server', 'Active Directory', 'PowerShell', 'Jira']);
  });

  it('puts dated job and school blocks into the work history and education when no heading names them', async () => {
    const cv = await parseCv(layout('no-headings.txt'));
    assert.deepEqual(cv.work_history.map((w) => [w.title, w.company, w.start_date, w.end_date ?? (w.current ? 'now' : '')]), [
      ['Senior Data Analyst', 'Banca Lombarda S.p.A.', '2021-01', 'now'],
      ['Data Analyst', 'Rossi & Figli SRL', '2017-09', '2020-12'],
    ]);
    assert.deepEqual(cv.education.map((e) => [e.degree, e.institution, e.end_date]), [['Laurea Magistrale', 'Università degli Studi di Milano', '2017']]);
    assert.ok(!cv.warnings.includes(NO_STRUCTURE_WARNING));
  });

  it('warns and lowers the confidence when dated lines are found but no work history', async () => {
    const text = 'Alex Doe\nalex.doe@example.com\n+49 30 1234567\n\n2019 – 2021\nHelped at the lake every summer\n\n2021 – 2023\nWalked around the city with visitors\n\n2023 – present\nSat in many meetings\n';
    const cv = await parseBuffer(new TextEncoder().encode(text), 'alex.txt');
    assert.deepEqual(cv.work_history, []);
    assert.ok(cv.warnings.includes(NO_STRUCTURE_WARNING), cv.warnings.join('; '));
    assert.ok(cv.parse_confidence < 0.5, String(cv.parse_confidence));
  });
});

describe('a date column beside the entries', () => {
  it('keeps a range wrapped after its dash with the entry it stands beside', () => {
    const rows = [['2021 –', 'UX Designer'], ['2025', 'Ryan, MacGyver-Turcotte and Bednar, Old Kunde Place'], ['2020 –', 'DevOps Engineer'], ['2021', 'Jaskolski Inc, King Park'], ['Led a team of 5 engineers through a platform migration']];
    const lines = rows.map((r) => makeLine(r)).filter((l) => l !== undefined);
    assert.deepEqual(parseWork(lines).map((w) => [w.title, w.company, w.start_date, w.end_date]), [
      ['UX Designer', 'Ryan, MacGyver-Turcotte and Bednar', '2021', '2025'],
      ['DevOps Engineer', 'Jaskolski Inc', '2020', '2021'],
    ]);
  });
});

describe('typed list markers', () => {
  it('reads "›" as a bullet, so a bullet wrapped onto a line of its own stays in its entry', () => {
    const rows = ['2024 – Present', 'Business Analyst', 'Emard - Stark', '› Built internal reporting dashboards for the finance', 'department',
      '2021 – 2024', 'IT Consultant', 'Doyle, Schmeler and Vandervort', '› Reduced deployment time by 30%'];
    const lines = rows.map((r) => makeLine([r])).filter((l) => l !== undefined);
    assert.equal(lines[3]?.bullet, true);
    assert.deepEqual(parseWork(lines).map((w) => [w.title, w.company]), [['Business Analyst', 'Emard - Stark'], ['IT Consultant', 'Doyle, Schmeler and Vandervort']]);
  });
});
