/** Word lists that tell job titles, companies and schools apart. Evidence: the words of one text, in seven languages. */

/** Word boundaries that know accented letters ("\\b" does not). */
const B = '(?<![\\p{L}\\d])';
const E = '(?![\\p{L}\\d])';

const TITLE_RE = new RegExp([
  B + '(engineer|developer|manager|designer|scientist|analyst|consultant|generalist|specialist|lead|director|architect|administrator|officer|coordinator|intern|assistant|accountant|recruiter|representative|associate|head|vp|president|owner|founder|co-founder|teacher|nurse|technician|programmer|editor|writer|researcher|professor|lecturer|tester|advisor|adviser|strategist|executive|supervisor|trainee|apprentice|student|partner|controller|auditor|marketer|operator|agent|clerk|chef|cto|ceo|cfo|coo|sre|devops|product owner|scrum master)s?' + E,
  '(entwickler|leiter|berater|manager|referent|ingenieur|informatiker|architekt|analyst|administrator|spezialist|koordinator|assistent|praktikant|werkstudent|sachbearbeiter|kaufmann|kauffrau|geschäftsführer|techniker|mitarbeiter|projektleiter|produktmanager|designerin|wissenschaftler|trainer|dozent|lehrer|teamleiter|vertrieb|buchhalter|controller|tester)(in|innen)?' + E,
  B + '(développeu(r|se)|ingénieure?|chef(fe)? de|cheffe|chargée?|responsable|consultante?|analyste|directeu(r|rice)|stagiaire|technicien(ne)?|gestionnaire|conseill(er|ère)|architecte|administrat(eur|rice)|designer|assistante?|comptable)' + E,
  B + '(desarrollador(a)?|ingenier[oa]|arquitect[oa]|jef[ea]|gerente|analista|consultor(a)?|director(a)?|técnic[oa]|diseñador(a)?|administrador(a)?|asistente|becari[oa]|coordinador(a)?|programador(a)?|especialista)' + E,
  B + '(sviluppat(ore|rice)|ingegnere|sistemista|architett[oa]|responsabile|consulente|tecnico|impiegat[oa]|programmat(ore|rice)|progettista|stagista|tirocinante|direttore|analista|ontwikkelaar|medewerker|adviseur|beheerder|projectleider|stagiair|engenheir[oa]|desenvolvedor(a)?|estagiári[oa]|gestor(a)?)' + E,
].join('|'), 'iu');

export function titleScore(s: string): number {
  return TITLE_RE.test(s) ? 1 : 0;
}

/** Legal forms and family-firm words: a company for certain. */
const LEGAL_RE = /(?<![\p{L}\d])(gmbh|ag|se|kg|ohg|gbr|ug|e\.?\s?v|llc|l\.l\.c|inc|ltd|limited|plc|corp|corporation|co|company|sa|sas|sasu|sarl|eurl|sca|scs|sem|gie|scop|snc|sl|s\.l|s\.a|bv|b\.v|nv|oy|spa|s\.p\.a|srl|s\.r\.l|lda|ltda|pty|llp|lp|and sons|& sons|e figli|& figli|e hijos|hermanos|asociados)(?![\p{L}\d])\.?/iu;

/** Words that often end a company name but also occur in job titles ("Systems Administrator"). */
const TRADE_RE = /(?<![\p{L}\d])(group|gruppe|holding|holdings|partners|technologies|solutions|systems|labs|studio|consulting|bank|agency|agentur)(?![\p{L}\d])/iu;

/** Names joined by a conjunction or a hyphen: "Fay, Moore and Klein", "Barrios Vera y Alanis", "Koss - O'Kon". */
const NAMES_RE = /\s[-–]\s|,\s*\p{Lu}[\p{L}']+\s+(and|und|et|y|e|&)\s+\p{Lu}|^\p{Lu}[\p{L}']+(\s\p{Lu}[\p{L}']+)?\s+(and|und|et|y|e|&)\s+\p{Lu}[\p{L}']+(\s\p{Lu}[\p{L}']+)?$/u;

/** How much a text reads as a company: 2 for a legal form, 1 for a trade word or joined names, else 0. */
export function companyStrength(s: string): number {
  if (LEGAL_RE.test(s)) return 2;
  return TRADE_RE.test(s) || NAMES_RE.test(s) ? 1 : 0;
}

export function companyScore(s: string): number {
  return companyStrength(s) > 0 ? 1 : 0;
}

const SCHOOL_RE = /(?<![\p{L}\d])(university|universität|universitat|universite|université|universidad|universidade|università|universiteit|hogeschool|politecnico|scuola|istituto|liceo|escola|faculdade|college|institute|institut|instituto|school|schule|hochschule|fachhochschule|akademie|academy|académie|academia|école|ecole|escuela|polytechnic|polytechnique|politécnica|gymnasium|lycée|iut|tu|th|fh|eth|epfl|mit|conservatory|seminary|campus|faculty|fakultät|faculté|facultad)(?![\p{L}\d])/iu;

export function schoolScore(s: string): number {
  return SCHOOL_RE.test(s) ? 1 : 0;
}

const LEVEL_WORDS = ['beginner', 'novice', 'elementary', 'basic', 'basics', 'intermediate', 'advanced', 'expert', 'proficient', 'fluent', 'native', 'native speaker', 'master', 'good', 'very good', 'excellent', 'familiar', 'working knowledge', 'professional working proficiency', 'full professional proficiency', 'limited working proficiency', 'bilingual',
  'grundkenntnisse', 'gut', 'sehr gut', 'gute kenntnisse', 'sehr gute kenntnisse', 'fortgeschritten', 'experte', 'expertin', 'fließend', 'verhandlungssicher', 'muttersprache', 'anfänger', 'basiswissen', 'erweitert', 'konversationssicher',
  'débutant', 'débutante', 'intermédiaire', 'avancé', 'avancée', 'courant', 'bilingue', 'langue maternelle', 'notions', 'maîtrise', 'bon', 'très bon', 'scolaire',
  'principiante', 'básico', 'intermedio', 'avanzado', 'experto', 'nativo', 'nativa', 'lengua materna', 'fluido', 'alto', 'medio', 'bajo',
  'madrelingua', 'fluente', 'buono', 'ottimo', 'discreto', 'scolastico', 'moedertaal', 'vloeiend', 'goed', 'redelijk', 'língua materna', 'avançado', 'intermediário', 'nativo',
  'a1', 'a2', 'b1', 'b2', 'c1', 'c2'];
const LEVEL_SET = new Set(LEVEL_WORDS);

/** Whether a text is only a proficiency level ("Advanced", "Sehr gut", "C1", "80%", "5/5"). */
export function isLevel(s: string): boolean {
  const t = s.toLowerCase().replace(/[()[\]]/g, '').trim();
  if (LEVEL_SET.has(t)) return true;
  // A level cut off by a narrow cell: "Interm", "Intermedia".
  if (t.length >= 6 && LEVEL_WORDS.some((w) => w.length > t.length && w.startsWith(t))) return true;
  if (/^\d{1,3}\s?%$|^\d(\.\d)?\s?\/\s?\d+$|^[★☆●○]+$/.test(t)) return true;
  return /^(a1|a2|b1|b2|c1|c2)\b/.test(t) && t.length <= 25 || t.split(/\s*[/(–-]\s*/).every((p) => LEVEL_SET.has(p.replace(/\)$/, '').trim()) && p.trim().length > 0);
}
