import fs from 'node:fs';
import path from 'node:path';
import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import { repoRoot } from './tmp';

/** The official JSON Resume schema (from @jsonresume/schema), compiled with its formats (email, uri). */
export function jsonResumeValidator() {
  const schema = JSON.parse(fs.readFileSync(path.join(repoRoot(), 'node_modules/@jsonresume/schema/schema.json'), 'utf8')) as object;
  const ajv = new Ajv({ allErrors: true, strict: false });
  addFormats(ajv);
  return ajv.compile(schema);
}
