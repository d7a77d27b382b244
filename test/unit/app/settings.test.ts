import assert from 'node:assert/strict';
import { FILE_TYPES as DEFAULT_FILE_TYPES, type SettingKey, ocrJobOptions, readSettings, toWorkerSettings } from '../../../src/core/app/settings';

const from = (values: Record<string, unknown>) => readSettings(<T>(key: SettingKey, fallback: T) => (key in values ? (values[key] as T) : fallback));

describe('settings', () => {
  it('uses the defaults when nothing is set', () => {
    assert.deepEqual(from({}), { concurrency: 2, timeoutSeconds: 60, maxAttempts: 3, autoStart: true, fileTypes: DEFAULT_FILE_TYPES, defaultPhoneRegion: 'GB', askForProject: true, groupByProject: false, retentionDays: 0, ocr: 'auto', ocrLanguages: ['eng', 'deu', 'fra', 'spa'], ocrTimeoutSeconds: 180, maxStoredFileMB: 20, userName: '' });
  });

  it('clamps numbers, normalizes file types and the region, and maps onto the worker', () => {
    const s = from({ concurrency: 99, timeoutSeconds: 1, maxAttempts: 2.6, autoStart: false, fileTypes: ['PDF', '.Docx', 'pdf', ' '], defaultPhoneRegion: 'us', retentionDays: -5, reviewerName: '  Ada L. ', ocrTimeoutSeconds: 5000, maxStoredFileMB: 80, userName: '  rita ' });
    assert.deepEqual(s, { concurrency: 16, timeoutSeconds: 5, maxAttempts: 3, autoStart: false, fileTypes: ['.pdf', '.docx'], defaultPhoneRegion: 'US', askForProject: true, groupByProject: false, retentionDays: 0, ocr: 'auto', ocrLanguages: ['eng', 'deu', 'fra', 'spa'], ocrTimeoutSeconds: 3600, maxStoredFileMB: 50, userName: 'rita' });
    assert.deepEqual(toWorkerSettings(s), { concurrency: 16, timeoutMs: 5000, maxAttempts: 3, ocrTimeoutMs: 3_600_000 });
  });

  it('has one user name: the old reviewer name counts only while it is empty', () => {
    assert.equal(from({ reviewerName: '  Ada L. ' }).userName, 'Ada L.');
    assert.equal(from({ reviewerName: 'Ada L.', userName: 'rita' }).userName, 'rita');
    assert.equal(from({ reviewerName: ' ', userName: '' }).userName, '');
  });

  it('reads the OCR settings: mode, known languages only, and no OCR time when it is off', () => {
    const s = from({ ocr: 'off', ocrLanguages: ['DEU', 'xyz', 'eng', 'deu'], ocrTimeoutSeconds: 30 });
    assert.deepEqual([s.ocr, s.ocrLanguages, s.ocrTimeoutSeconds], ['off', ['deu', 'eng'], 30]);
    assert.equal(toWorkerSettings(s).ocrTimeoutMs, 0);
    assert.deepEqual(ocrJobOptions(s), { ocr: 'off', ocrLanguages: ['deu', 'eng'], ocrTimeoutMs: 30_000 });
    assert.deepEqual(from({ ocr: 'sometimes', ocrLanguages: ['klingon'] }).ocrLanguages, ['eng', 'deu', 'fra', 'spa']);
    assert.equal(from({ ocr: 'sometimes' }).ocr, 'auto');
  });

  it('falls back to every supported type when the list is empty or not a list', () => {
    assert.deepEqual(from({ fileTypes: [] }).fileTypes, DEFAULT_FILE_TYPES);
    assert.deepEqual(from({ fileTypes: 'pdf' }).fileTypes, DEFAULT_FILE_TYPES);
  });
});
