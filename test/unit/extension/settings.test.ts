import assert from 'node:assert/strict';
import { DEFAULT_FILE_TYPES, readSettings, toWorkerSettings } from '../../../src/extension/settings';

const from = (values: Record<string, unknown>) => readSettings(<T>(key: string, fallback: T) => (key in values ? (values[key] as T) : fallback));

describe('extension settings', () => {
  it('uses the defaults when nothing is set', () => {
    assert.deepEqual(from({}), { concurrency: 2, timeoutSeconds: 60, maxAttempts: 3, autoStart: true, fileTypes: DEFAULT_FILE_TYPES, defaultPhoneRegion: 'GB' });
  });

  it('clamps numbers, normalizes file types and the region, and maps onto the worker', () => {
    const s = from({ concurrency: 99, timeoutSeconds: 1, maxAttempts: 2.6, autoStart: false, fileTypes: ['PDF', '.Docx', 'pdf', ' '], defaultPhoneRegion: 'us' });
    assert.deepEqual(s, { concurrency: 16, timeoutSeconds: 5, maxAttempts: 3, autoStart: false, fileTypes: ['.pdf', '.docx'], defaultPhoneRegion: 'US' });
    assert.deepEqual(toWorkerSettings(s), { concurrency: 16, timeoutMs: 5000, maxAttempts: 3 });
  });

  it('falls back to every supported type when the list is empty or not a list', () => {
    assert.deepEqual(from({ fileTypes: [] }).fileTypes, DEFAULT_FILE_TYPES);
    assert.deepEqual(from({ fileTypes: 'pdf' }).fileTypes, DEFAULT_FILE_TYPES);
  });
});
