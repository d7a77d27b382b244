/** Every layout family the generator knows, with its split. The split is fixed here and never changed to suit a score. */
import type { Family } from './family.mjs';
import { dateColumn } from './families/dateColumn.mjs';
import { docxDateCell, docxHeaderFooter, docxSidebarCell, docxTextBox } from './families/docxFamilies.mjs';
import { docxEntryRows } from './families/docxEntryRows.mjs';
import { europass } from './families/europass.mjs';
import { iconHeader } from './families/iconHeader.mjs';
import { themeEven, themeKendall, themeStackOverflow } from './families/jsonResume.mjs';
import { themeActual, themePaper, themeSpartan } from './families/jsonResumeMore.mjs';
import { moderncvBanking, moderncvCasual, moderncvFancy } from './families/moderncv.mjs';
import { justifiedColumns } from './families/justifiedColumns.mjs';
import { labelGrid, labelTable } from './families/labelColumn.mjs';
import { docxLabelRows, htmlLabelRows } from './families/labelRows.mjs';
import { marginHeadings } from './families/marginHeadings.mjs';
import { docxRightTabDates } from './families/rightTabDates.mjs';
import { shadedSidebar } from './families/shadedSidebar.mjs';
import { smallCaps } from './families/smallCaps.mjs';
import { mdBold, mdTable, txtCapsDense, txtColon, txtUnderlined } from './families/textFamilies.mjs';
import { threeColumnHeader } from './families/threeColumnHeader.mjs';
import { twoColumnGrid } from './families/twoColumnGrid.mjs';
import { twoPageSidebar } from './families/twoPageSidebar.mjs';
import { wrappedMargin } from './families/wrappedMargin.mjs';

export const FAMILIES: Family[] = [
  marginHeadings, smallCaps, wrappedMargin, twoColumnGrid, shadedSidebar, dateColumn, iconHeader, justifiedColumns, europass,
  docxSidebarCell, docxDateCell, docxHeaderFooter, docxTextBox,
  txtUnderlined, txtCapsDense, txtColon, mdBold, mdTable,
  themeEven, themeStackOverflow, themeKendall, themePaper, themeSpartan, themeActual,
  moderncvCasual, moderncvBanking, moderncvFancy,
  labelTable, labelGrid, docxEntryRows, threeColumnHeader,
  htmlLabelRows, docxLabelRows, docxRightTabDates, twoPageSidebar,
];
