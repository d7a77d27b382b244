import js from '@eslint/js';
import tseslint from 'typescript-eslint';

const noVscode = {
  paths: [{ name: 'vscode', message: 'src/core and src/cli run without VS Code: only src/extension may import vscode.' }],
};

// The front ends go through the application layer; only their composition roots open the storage.
const storageInternals = {
  group: ['**/core/db/*', '**/core/queue/sqljs/*', '**/core/queue/postgres/*', '**/core/queue/storeThread/*', '**/core/queue/openQueueStorage', '**/core/queue/storage', '**/core/queue/worker', '**/core/queue/parsePool'],
  message: 'Go through the application layer (src/core/app); only extension.ts and cli/main.ts open the storage.',
};

export default tseslint.config(
  { ignores: ['dist/**', 'out/**', 'node_modules/**', '.vscode-test*/**', '*.vsix'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts', '**/*.mts'],
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', ignoreRestSiblings: true }],
      eqeqeq: ['error', 'smart'],
      curly: ['error', 'multi-line'],
      'no-restricted-syntax': ['error', { selector: 'ExportDefaultDeclaration', message: 'Use named exports.' }],
    },
  },
  {
    files: ['src/core/**/*.ts', 'src/cli/**/*.ts', 'test/unit/**/*.ts', 'bench/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', noVscode] },
  },
  {
    files: ['src/extension/**/*.ts'],
    // The composition root, and the types through which it hands the opened storage to the integration tests.
    ignores: ['src/extension/extension.ts', 'src/extension/services.ts', 'src/extension/testApi.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [storageInternals] }] },
  },
  {
    files: ['src/cli/**/*.ts'],
    ignores: ['src/cli/main.ts'],
    rules: { 'no-restricted-imports': ['error', { ...noVscode, patterns: [storageInternals] }] },
  },
  {
    files: ['**/*.mjs', '**/*.js'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly', __dirname: 'readonly', require: 'readonly', module: 'writable', setTimeout: 'readonly', clearTimeout: 'readonly', setInterval: 'readonly', clearInterval: 'readonly', Buffer: 'readonly', URL: 'readonly' } },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
);
