import assert from 'node:assert/strict';
import { PAGE_SIZE, PageSizes } from '../../../src/extension/views/pageSizes';

describe('the tree\'s page sizes', () => {
  it('grows one group only: a status within one project, not that status everywhere', () => {
    const pages = new PageSizes();
    pages.grow('queued', 'berlin');
    assert.equal(pages.get('queued', 'berlin'), 2 * PAGE_SIZE);
    assert.equal(pages.get('queued', 'munich'), PAGE_SIZE);
    assert.equal(pages.get('queued', null), PAGE_SIZE, 'the CVs without a project are a group of their own');
    assert.equal(pages.get('queued', undefined), PAGE_SIZE, 'so is the ungrouped view');
    assert.equal(pages.get('failed', 'berlin'), PAGE_SIZE);
    pages.clear();
    assert.equal(pages.get('queued', 'berlin'), PAGE_SIZE);
  });
});
