import assert from 'node:assert/strict';
import * as vscode from 'vscode';

describe('activation', () => {
  it('runs inside a VS Code extension host', () => {
    assert.match(vscode.version, /^1\.\d+\.\d+/);
  });
});
