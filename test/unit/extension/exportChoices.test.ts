import assert from 'node:assert/strict';
import { FORMAT_CHOICES, defaultExportName, exportSummary } from '../../../src/extension/exportChoices';
import { EXPORT_FORMATS } from '../../../src/core/export/exportCvs';

describe('export choices', () => {
  const choice = (format: string) => FORMAT_CHOICES.find((c) => c.format === format) ?? assert.fail(format);
  const now = new Date('2026-11-28T19:00:00Z');

  it('offers every format the exporter writes', () => {
    assert.deepEqual(FORMAT_CHOICES.map((c) => c.format).sort(), [...EXPORT_FORMATS].sort());
  });

  it('names the default file after the project and the day; JSON Resume gets a folder name', () => {
    assert.equal(defaultExportName(choice('csv'), 'Backend Engineer Berlin', now), 'cvs-backend-engineer-berlin-2026-11-28.csv');
    assert.equal(defaultExportName(choice('json'), undefined, now), 'cvs-2026-11-28.json');
    assert.equal(defaultExportName(choice('jsonresume'), 'Café / Ops', now), 'cvs-cafe-ops-2026-11-28');
    assert.equal(defaultExportName(choice('csv'), '***', now), 'cvs-2026-11-28.csv');
  });

  it('says how many CVs went where, and what was left out', () => {
    assert.equal(exportSummary(1, 0, 'cvs.csv'), 'Exported 1 CV to cvs.csv.');
    assert.equal(exportSummary(3, 2, 'out'), 'Exported 3 CVs to out (2 without a parsed result left out).');
  });
});
