/** Every layout family the generator knows, with its split. The split is fixed here and never changed to suit a score. */
import type { Family } from './family.mjs';
import { marginHeadings } from './families/marginHeadings.mjs';
import { smallCaps } from './families/smallCaps.mjs';
import { mdBold, mdTable, txtCapsDense, txtColon, txtUnderlined } from './families/textFamilies.mjs';

export const FAMILIES: Family[] = [
  marginHeadings, smallCaps, txtUnderlined, txtCapsDense, txtColon, mdBold, mdTable,
];
