import assert from 'node:assert/strict';
import { type DocLine, makeLine } from '../../../src/core/parser/document';
import { findLocation } from '../../../src/core/parser/fields/contact';
import { parseCertifications } from '../../../src/core/parser/fields/certifications';
import { parseLanguages } from '../../../src/core/parser/fields/languages';
import { parseSkills } from '../../../src/core/parser/fields/skills';

const line = (cells: string[], init: Partial<DocLine> = {}): DocLine => makeLine(cells, init)!;

describe('skills, languages and certifications as LaTeX classes and JSON Resume themes print them', () => {
  it('reads two bulleted skill columns without the second bullet, and keeps a bulleted last item apart', () => {
    const lines = [line(['{ GitLab CI', '{ PostgreSQL']), line(['{ Angular', '{ AWS']), line(['{ Django'])];
    assert.deepEqual(parseSkills(lines), ['GitLab CI', 'PostgreSQL', 'Angular', 'AWS', 'Django']);
  });

  it('drops group labels and rating words in other languages than English', () => {
    const labelled = [line(['Werkzeuge']), line(['Google Cloud, Elasticsearch, GraphQL'], { gapAbove: 0 })];
    assert.deepEqual(parseSkills(labelled), ['Google Cloud', 'Elasticsearch', 'GraphQL']);
    assert.deepEqual(parseSkills([line(['Kubernetes: Esperto']), line(['Grafana: Avanzato'])]), ['Kubernetes', 'Grafana']);
  });

  it('reads a row of language names run together over a row of their levels', () => {
    assert.deepEqual(parseLanguages([line(['Italiano', 'Arabo Inglese Polacco']), line(['madrelingua ottimo buono A2'])]), [
      { language: 'Italiano', proficiency: 'madrelingua' }, { language: 'Arabo', proficiency: 'ottimo' },
      { language: 'Inglese', proficiency: 'buono' }, { language: 'Polacco', proficiency: 'A2' },
    ]);
    // levels of several words do not pair up with the names: the names alone
    assert.deepEqual(parseLanguages([line(['Polish', 'English French Spanish']), line(['Native C1 Professional working proficiency A2'])]), [
      { language: 'Polish' }, { language: 'English' }, { language: 'French' }, { language: 'Spanish' },
    ]);
  });

  it('reads a certificate after a date column separator, with the issuer after the comma', () => {
    assert.deepEqual(parseCertifications([line(['2025-06: AWS Certified Solutions Architect – Associate, Amazon Web Services']), line(['2021-02', '| Professional Scrum Master I, Scrum.org'])]), [
      { name: 'AWS Certified Solutions Architect – Associate', issuer: 'Amazon Web Services', date: '2025-06' },
      { name: 'Professional Scrum Master I', issuer: 'Scrum.org', date: '2021-02' },
    ]);
  });

  it('leaves the page footer (contact lines, page number) out of the certificates', () => {
    const lines = [
      line(['2021-02', 'Google Professional Data Engineer, Google Cloud']),
      line(['South Rahsaanchester, Iowa'], { gapAbove: 20 }),
      line(['M (559) 418-3617 • E courtney@example.net']),
      line(['2/2']),
    ];
    assert.deepEqual(parseCertifications(lines), [{ name: 'Google Professional Data Engineer', issuer: 'Google Cloud', date: '2021-02' }]);
  });

  it('reads undated certificates set apart by spacing, each a wrapped name over its issuer in bold', () => {
    const lines = [
      line(['Microsoft Certified: Azure']), line(['Fundamentals']), line(['Microsoft'], { bold: true, gapAbove: 1.2 }),
      line(['Project Management Professional'], { gapAbove: 2.1 }), line(['PMI'], { bold: true, gapAbove: 1.3 }),
    ];
    assert.deepEqual(parseCertifications(lines), [
      { name: 'Microsoft Certified: Azure Fundamentals', issuer: 'Microsoft' }, { name: 'Project Management Professional', issuer: 'PMI' },
    ]);
  });

  it('does not take the name line above the location for the first half of a wrapped address', () => {
    const lines = [line(['Liliana Wiegand | Data Analyst']), line(['Blockbury, Wyoming'], { gapAbove: 0.6 }), line(['M (836) 364-5652 • E liliana@example.com'])];
    assert.equal(findLocation(lines, 'Liliana Wiegand'), 'Blockbury, Wyoming');
  });
});
