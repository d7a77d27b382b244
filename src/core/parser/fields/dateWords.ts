/**
 * The words CVs write dates with, in English, German, French, Spanish, Italian, Dutch and
 * Portuguese: month names and their abbreviations, seasons and semesters (a year without a month),
 * words for the present and words for "since". Evidence: the words alone; dates.ts reads them.
 */

const MONTHS: [number, string[]][] = [
  [1, ['january', 'jan', 'januar', 'jänner', 'janvier', 'janv', 'enero', 'ene', 'gennaio', 'genn', 'gen', 'januari', 'janeiro']],
  [2, ['february', 'feb', 'februar', 'février', 'févr', 'fevrier', 'fevr', 'febrero', 'febbraio', 'febr', 'februari', 'fevereiro', 'fev']],
  [3, ['march', 'mar', 'märz', 'mär', 'maerz', 'mars', 'marzo', 'maart', 'mrt', 'março', 'marco']],
  [4, ['april', 'apr', 'avril', 'avr', 'abril', 'abr', 'aprile']],
  [5, ['may', 'mai', 'mayo', 'maggio', 'mag', 'mei', 'maio']],
  [6, ['june', 'jun', 'juni', 'juin', 'junio', 'giugno', 'giu', 'junho']],
  [7, ['july', 'jul', 'juli', 'juillet', 'juil', 'julio', 'luglio', 'lug', 'julho']],
  [8, ['august', 'aug', 'août', 'aout', 'agosto', 'ago', 'augustus']],
  [9, ['september', 'sep', 'sept', 'septembre', 'septiembre', 'setiembre', 'set', 'settembre', 'sett', 'setembro']],
  [10, ['october', 'oct', 'oktober', 'okt', 'octobre', 'octubre', 'ottobre', 'ott', 'outubro', 'out']],
  [11, ['november', 'nov', 'novembre', 'noviembre', 'novembro']],
  [12, ['december', 'dec', 'dezember', 'dez', 'décembre', 'decembre', 'déc', 'diciembre', 'dic', 'dicembre', 'dezembro']],
];
export const MONTH_OF = new Map<string, number>();
for (const [n, names] of MONTHS) for (const name of names) MONTH_OF.set(name, n);

const byLength = (words: string[]): string[] => [...words].sort((a, b) => b.length - a.length);

export const MONTH_ALT = byLength([...MONTH_OF.keys()]).join('|');

/** Seasons and university semesters name a year, not a month: "Summer 2019", "WS 2015/16", "automne 2015". */
const SEASONS = ['spring', 'summer', 'fall', 'autumn', 'winter', 'frühjahr', 'frühling', 'sommer', 'herbst', 'wintersemester', 'sommersemester',
  'ws', 'ss', 'wise', 'sose', 'printemps', 'été', 'automne', 'hiver', 'primavera', 'verano', 'otoño', 'invierno', 'estate', 'autunno', 'inverno',
  'lente', 'zomer', 'herfst', 'verão', 'outono'];
export const SEASON_ALT = byLength(SEASONS).join('|');

const PRESENT_WORDS = ['present', 'current', 'currently', 'now', 'today', 'ongoing', 'date', 'heute', 'aktuell', 'jetzt', 'dato', 'gegenwart', 'laufend',
  "aujourd'hui", 'aujourd’hui', 'présent', 'actuel', 'actuelle', 'actuellement', 'en cours', 'maintenant', 'à ce jour', 'a ce jour', 'ce jour',
  'actualidad', 'en la actualidad', 'la actualidad', 'actualmente', 'presente', 'hoy', 'hasta hoy', 'actual', 'la fecha', 'a la fecha', 'hasta la fecha',
  'oggi', 'ad oggi', 'a oggi', 'attuale', 'attualmente', 'in corso', 'heden', 'nu', 'huidig', 'atual', 'atualmente', 'hoje', 'o momento', 'momento'];
export const PRESENT_ALT = byLength(PRESENT_WORDS).map((w) => w.replace(/'/g, "['’]")).join('|');

/** Words for "since": a date after one of these with no end is a current position. */
export const SINCE_OPEN = 'since|seit|depuis|desde|dal|sinds|vanaf|ab|à partir de|a partir de|a partire da(?:l)?';
/** Words that open a range whose end follows ("from … to", "von … bis"). */
export const SINCE = `(?:${SINCE_OPEN}|from|von|de|da|van)`;
