import assert from 'node:assert/strict';
import { type DocLine, makeLine } from '../../../src/core/parser/document';
import { companyAndPlace, splitHeaderText } from '../../../src/core/parser/fields/headerRoles';
import { findContact } from '../../../src/core/parser/fields/contact';
import { placeBesideContact } from '../../../src/core/parser/fields/contactPlace';
import { parseWork } from '../../../src/core/parser/fields/work';

/** A section as text lines; a tab parts the cells of a line. */
function section(...rows: string[]): DocLine[] {
  return rows.map((r, i) => makeLine(r.split('\t'), { y: i * 12 })).filter((l): l is DocLine => !!l);
}

const read = (lines: DocLine[]): string[][] => parseWork(lines).map((w) => [w.title ?? '', w.company ?? '', w.start_date ?? '', w.end_date ?? (w.current ? 'now' : '')]);

describe('work entries: title, company and dates', () => {
  it('tells a title from a company that holds a trade word or a hyphen', () => {
    assert.deepEqual(splitHeaderText('Systems Administrator — Fay, Moore and Klein'), { title: 'Systems Administrator', company: 'Fay, Moore and Klein' });
    assert.deepEqual(splitHeaderText('Software Engineer, Waelchi - Nader'), { title: 'Software Engineer', company: 'Waelchi - Nader' });
    assert.deepEqual(splitHeaderText('Testmanager - Kozakiewicz UG'), { title: 'Testmanager', company: 'Kozakiewicz UG' });
    assert.deepEqual(splitHeaderText('Cheffe de produit · Rolland SCA'), { title: 'Cheffe de produit', company: 'Rolland SCA' });
    assert.deepEqual(splitHeaderText('Sistemista presso Cecchi e figli'), { title: 'Sistemista', company: 'Cecchi e figli' });
  });

  it('keeps the full stop of a legal form and parts a place from a known company', () => {
    assert.deepEqual(splitHeaderText('Analista dati, Volpi s.r.l.'), { title: 'Analista dati', company: 'Volpi s.r.l.' });
    assert.deepEqual(companyAndPlace('Schmuhl-Kral, Connorland', true), { company: 'Schmuhl-Kral', location: 'Connorland' });
    assert.deepEqual(companyAndPlace('Gottschalk, Philipp und Huhn', true), { company: 'Gottschalk, Philipp und Huhn' });
  });

  it('joins a range wrapped after its dash or before it, and keeps a sentence wrapped in a column out of the headers', () => {
    const cut = section(
      'Data Engineer, Holm Analytics; 03/2019 -', '12/2024',
      'Built internal reporting dashboards for the', 'finance department and the board.',
      'Junior Developer, Nordlicht GmbH; 09/2012', '- 12/2012',
      'Maintained the order system written in Java', 'for the logistics department.',
    );
    assert.deepEqual(read(cut), [
      ['Data Engineer', 'Holm Analytics', '2019-03', '2024-12'],
      ['Junior Developer', 'Nordlicht GmbH', '2012-09', '2012-12'],
    ]);
  });

  it('gives an entry without telling words the order its sibling entries share', () => {
    const oneLine = section('Acme GmbH — Data Analyst, 2019 – 2021', 'Globex Inc — Software Engineer, 2016 – 2019', 'Initech — Chief Yak Shaver, 2014 – 2016');
    assert.deepEqual(read(oneLine)[2], ['Chief Yak Shaver', 'Initech', '2014', '2016']);
    const twoLines = section('Jacobson Group', 'Product Owner', '2019 – 2021', 'Bogan LLC', 'Data Analyst', '2016 – 2019', 'Pied Piper', 'Chief Yak Shaver', '2014 – 2016');
    assert.deepEqual(read(twoLines), [
      ['Product Owner', 'Jacobson Group', '2019', '2021'],
      ['Data Analyst', 'Bogan LLC', '2016', '2019'],
      ['Chief Yak Shaver', 'Pied Piper', '2014', '2016'],
    ]);
  });

  it('reads a title line above a company line whatever trade word the title holds', () => {
    const lines = section('Systems Administrator', "Koss - O'Kon, New Fisher Hill", '06/2023 – 10/2025', '› Ran the backups');
    assert.deepEqual(parseWork(lines).map((w) => [w.title, w.company, w.location, w.highlights?.length]), [['Systems Administrator', "Koss - O'Kon", 'New Fisher Hill', 1]]);
  });

  it('joins a range whose end wrapped onto the next line and a header wrapped after a comma', () => {
    const lines = section('Testmanager, Trauth-Saumweber;\t2021-01', 'BIS 2025-10', 'Werkstudent Data Science, Engelen,', 'Burkhard und Berner; 2017-07 BIS 2020-12', '• Konzeption von Diensten mit', 'MySQL für 80.000 Kunden');
    assert.deepEqual(read(lines), [
      ['Testmanager', 'Trauth-Saumweber', '2021-01', '2025-10'],
      ['Werkstudent Data Science', 'Engelen, Burkhard und Berner', '2017-07', '2020-12'],
    ]);
  });

  it('gives a date alone on the line under a header to that header', () => {
    const lines = section('Analyst, Acme GmbH; 2019 – 2021', 'Engineer, Globex Inc', '2016 – 2019');
    assert.deepEqual(read(lines), [['Analyst', 'Acme GmbH', '2019', '2021'], ['Engineer', 'Globex Inc', '2016', '2019']]);
  });

  it('reads "en cours" in a date column as the end of a range', () => {
    const lines = section('02/2023 –\tIngénieur DevOps', 'en cours\tLegrand EURL, Nantes', '10/2020 –\tIngénieur DevOps', '01/2023\tMaillard SASU, Brest');
    assert.deepEqual(read(lines), [['Ingénieur DevOps', 'Legrand EURL', '2023-02', 'now'], ['Ingénieur DevOps', 'Maillard SASU', '2020-10', '2023-01']]);
  });
});

describe('contact location beside the contact details', () => {
  it('takes a town with no country from the contact line or the line next to it, not a label or a date', () => {
    const head = section('Kennedy Price', 'kennedy.price@example.net · (382) 804-1759 · Pagacton · github.com/kp');
    assert.equal(findContact(head, head, [], 10).location, 'Pagacton');
    assert.equal(placeBesideContact(section('Kennedy Price', 'kennedy.price@example.net · (382) 804-1759 · Pagacton · github.com/kp'), 'Kennedy Price'), 'Pagacton');
    assert.equal(placeBesideContact(section('Luna Rieger', 'luna.rieger@example.com', '09913 02317291', 'Lingen (Ems)', 'rieger.dev'), 'Luna Rieger'), 'Lingen (Ems)');
    assert.equal(placeBesideContact(section('Email', 'jane@example.com', 'Phone', '+44 20 7946 0958')), undefined);
    assert.equal(placeBesideContact(section('Institute of', 'Technology', '2012 - 2016')), undefined);
    assert.equal(placeBesideContact(section('Jenna McKenzie', 'IT Consultant', 'jenna@example.com')), undefined);
  });

  it('parts a city with its country, or in brackets, or after a dash, from the company', () => {
    const lines = section(
      'Backend Developer\tFeb 2020 – Present', 'Stark Industries Inc., New York, USA', '• Designed payment APIs',
      'Data Analyst\t2016 – 2020', 'Acme GmbH, Berlin, Germany', '• Built reports',
      'Ingénieur\t2014 – 2016', 'Dupont SAS (Lyon)', '• Calculs',
      'Analista\t2012 – 2014', 'García S.L. – Sevilla', '• Informes',
    );
    assert.deepEqual(parseWork(lines).map((w) => [w.title, w.company, w.location]), [
      ['Backend Developer', 'Stark Industries Inc.', 'New York, USA'],
      ['Data Analyst', 'Acme GmbH', 'Berlin, Germany'],
      ['Ingénieur', 'Dupont SAS', 'Lyon'],
      ['Analista', 'García S.L.', 'Sevilla'],
    ]);
    assert.deepEqual(companyAndPlace('Fay, Moore and Klein, Germany', true), { company: 'Fay, Moore and Klein', location: 'Germany' });
  });

  it('reads "at", "bei der", "au sein de" and a colon between title and company, and a city with its country in a cell', () => {
    const lines = section(
      'Chief Yak Shaver at Initech', '2014 – 2016', '• Shaved',
      'Entwickler bei der Müller AG', '2012 – 2014', '• Entwicklung',
      'Développeur au sein de Dupont SAS', '2010 – 2012', '• Développement',
      'Acme GmbH: Data Analyst, 2008 – 2010', '• Reports',
      'Globex Inc\tBerlin, Germany', 'Software Engineer\t2006 – 2008', '• Code',
    );
    assert.deepEqual(parseWork(lines).map((w) => [w.title, w.company, w.location]), [
      ['Chief Yak Shaver', 'Initech', undefined],
      ['Entwickler', 'Müller AG', undefined],
      ['Développeur', 'Dupont SAS', undefined],
      ['Data Analyst', 'Acme GmbH', undefined],
      ['Software Engineer', 'Globex Inc', 'Berlin, Germany'],
    ]);
  });
});
