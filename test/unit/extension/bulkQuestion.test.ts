import assert from 'node:assert/strict';
import { bulkQuestion, nothingToDo } from '../../../src/extension/bulkQuestion';

describe('bulk action questions', () => {
  it('name the count, the status and the project the view is filtered to', () => {
    assert.equal(bulkQuestion('Remove', 12, 'completed', 'Backend Berlin'), 'Remove 12 completed CVs of Backend Berlin?');
    assert.equal(bulkQuestion('Retry', 1, 'failed'), 'Retry 1 failed CV?');
    assert.equal(nothingToDo('completed', 'Backend Berlin'), 'No completed CVs in Backend Berlin.');
  });
});
