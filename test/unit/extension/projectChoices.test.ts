import assert from 'node:assert/strict';
import { RECENT_LIMIT, cvCountLabel, forget, orderByRecent, projectNameProblem, remember, rememberedProject } from '../../../src/extension/projectChoices';

const project = (id: string, name = id.toUpperCase()) => ({ id, name, createdAt: '2026-01-01T00:00:00Z' });

describe('project choices', () => {
  const projects = ['a', 'b', 'c', 'd'].map((id) => project(id));

  it('lists recently used projects first, most recent first, then the rest in their order', () => {
    assert.deepEqual(orderByRecent(projects, ['c', 'gone', 'a']).map((p) => p.id), ['c', 'a', 'b', 'd']);
    assert.deepEqual(orderByRecent(projects, []).map((p) => p.id), ['a', 'b', 'c', 'd']);
  });

  it('remembers the last choice and moves it to the front of the recent list, which stays bounded', () => {
    let memory = remember({ recent: [] }, 'a');
    memory = remember(memory, 'b');
    memory = remember(memory, 'a');
    assert.deepEqual(memory, { last: 'a', recent: ['a', 'b'] });
    assert.deepEqual(remember(memory, null), { last: null, recent: ['a', 'b'] }, '"No project" is remembered but not recent');
    for (let i = 0; i < 20; i++) memory = remember(memory, `p${i}`);
    assert.equal(memory.recent.length, RECENT_LIMIT);
    assert.equal(memory.recent[0], 'p19');
  });

  it('forgets a deleted project, and uses the last choice without asking only while it exists', () => {
    const memory = { last: 'b', recent: ['b', 'a'] };
    assert.deepEqual(forget(memory, 'b'), { last: undefined, recent: ['a'] });
    assert.deepEqual(forget(memory, 'a'), { last: 'b', recent: ['b'] });
    assert.equal(rememberedProject(memory, projects), 'b');
    assert.equal(rememberedProject(memory, [project('a')]), undefined);
    assert.equal(rememberedProject({ last: null, recent: ['a'] }, projects), undefined);
    assert.equal(rememberedProject({ recent: [] }, projects), undefined);
  });

  it('refuses empty names and names another project has, ignoring case and spaces', () => {
    const named = [project('1', 'Backend Berlin'), project('2', 'Data')];
    assert.equal(projectNameProblem('   ', named), 'A project needs a name.');
    assert.equal(projectNameProblem(' backend berlin ', named), 'A project named "Backend Berlin" already exists.');
    assert.equal(projectNameProblem('Frontend', named), undefined);
    assert.equal(projectNameProblem('BACKEND BERLIN', named, '1'), undefined, 'a project may change the case of its own name');
    assert.equal(projectNameProblem('data', named, '1'), 'A project named "Data" already exists.');
  });

  it('counts CVs in words', () => {
    assert.deepEqual([0, 1, 12].map(cvCountLabel), ['no CVs', '1 CV', '12 CVs']);
  });
});
