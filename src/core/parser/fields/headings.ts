/**
 * Section keys of the contract, and the words that head them in English, German, French, Spanish,
 * Italian, Dutch and Portuguese. Evidence: the heading's text only (its looks are scored in headingScore.ts).
 */
export type SectionKey = 'contact' | 'summary' | 'work_history' | 'education' | 'skills' | 'certifications' | 'languages';

const WORDS: Record<SectionKey, string[]> = {
  contact: ['contact', 'contacts', 'contact information', 'contact info', 'contact details', 'personal details', 'personal information', 'personal data', 'profiles', 'links',
    'kontakt', 'kontaktdaten', 'persönliche daten', 'persönliche angaben', 'angaben zur person', 'coordonnées', 'contact et liens', 'informations personnelles', 'contacto', 'datos personales', 'datos de contacto',
    'contatti', 'contatto', 'dati personali', 'informazioni personali', 'contactgegevens', 'persoonlijke gegevens', 'personalia', 'contato', 'contactos', 'dados pessoais', 'informações pessoais'],
  summary: ['summary', 'profile', 'about', 'about me', 'professional summary', 'personal summary', 'career summary', 'executive summary', 'objective', 'career objective', 'professional profile', 'overview', 'introduction',
    'profil', 'über mich', 'kurzprofil', 'zusammenfassung', 'übersicht', 'persönliches profil', 'berufliches profil', 'résumé', 'profil professionnel', 'à propos', 'à propos de moi', 'objectif', 'perfil', 'perfil profesional', 'resumen', 'resumen profesional', 'sobre mí', 'acerca de mí', 'extracto', 'objetivo',
    'profilo', 'profilo professionale', 'chi sono', 'sommario', 'obiettivo', 'profiel', 'over mij', 'samenvatting', 'persoonlijk profiel', 'perfil profissional', 'sobre mim', 'resumo', 'resumo profissional'],
  work_history: ['experience', 'experiences', 'work experience', 'professional experience', 'relevant experience', 'employment', 'employment history', 'work history', 'work', 'career', 'career history', 'professional background', 'positions', 'work & experience',
    'berufserfahrung', 'berufliche erfahrung', 'berufliche erfahrungen', 'beruflicher werdegang', 'werdegang', 'praxiserfahrung', 'erfahrung', 'berufspraxis', 'tätigkeiten', 'beschäftigungsverlauf', 'berufliche stationen', 'stationen', 'berufliche laufbahn', 'beruflicher hintergrund', 'berufstätigkeit',
    'expérience', 'expériences', 'expérience professionnelle', 'expériences professionnelles', 'parcours professionnel', 'parcours',
    'experiencia', 'experiencia laboral', 'experiencia profesional', 'historial laboral', 'trayectoria profesional',
    'esperienza', 'esperienze', 'esperienza lavorativa', 'esperienze lavorative', 'esperienza professionale', 'esperienze professionali',
    'werkervaring', 'ervaring', 'werkervaringen', 'professionele ervaring', 'loopbaan',
    'experiência', 'experiência profissional', 'experiências', 'experiência laboral', 'histórico profissional'],
  education: ['education', 'academic background', 'academic history', 'education and training', 'education & training', 'studies', 'academic qualifications', 'educational background', 'qualifications',
    'ausbildung', 'bildung', 'bildungsweg', 'studium', 'schulbildung', 'akademischer werdegang', 'schul- und berufsausbildung', 'aus- und weiterbildung', 'hochschulbildung',
    'formation', 'formations', 'études', 'parcours académique', 'diplômes', 'formation académique',
    'educación', 'formación', 'formación académica', 'estudios', 'educación y formación',
    'istruzione', 'formazione', 'istruzione e formazione', 'studi', 'percorso di studi', 'titoli di studio', 'titolo di studio', 'formazione accademica', 'percorso formativo', 'opleiding', 'opleidingen', 'onderwijs', 'opleiding en cursussen',
    'formação', 'formação académica', 'formação acadêmica', 'educação', 'escolaridade'],
  skills: ['skills', 'technical skills', 'key skills', 'core skills', 'core competencies', 'competencies', 'competences', 'expertise', 'technologies', 'tech stack', 'skills & proficiency', 'skills and proficiency', 'skills & expertise', 'tools', 'it skills', 'hard skills', 'skills & tools', 'abilities',
    'kenntnisse', 'fähigkeiten', 'it-kenntnisse', 'fachkenntnisse', 'kompetenzen', 'technische kenntnisse', 'fähigkeiten & kenntnisse', 'kenntnisse und fähigkeiten', 'edv-kenntnisse', 'fachliche kompetenzen',
    'compétences', 'compétences techniques', 'savoir-faire', 'connaissances', 'compétences clés',
    'habilidades', 'competencias', 'conocimientos', 'aptitudes', 'habilidades técnicas', 'conocimientos técnicos',
    'competenze', 'competenze tecniche', 'capacità', 'abilità', 'conoscenze', 'vaardigheden', 'competenties', 'kennis', 'technische vaardigheden',
    'competências', 'competências técnicas', 'conhecimentos'],
  certifications: ['certifications', 'certification', 'certificates', 'certificate', 'licenses', 'licenses & certifications', 'licenses and certifications', 'certifications & licenses', 'accreditations',
    'zertifikate', 'zertifizierungen', 'zertifikate und weiterbildungen', 'weiterbildung', 'weiterbildungen', 'certificats', 'certifications professionnelles', 'certificaciones', 'certificados', 'licencias y certificaciones',
    'certificazioni', 'certificati', 'attestati', 'attestati e certificazioni', 'certificeringen', 'certificaten', 'certificações'],
  languages: ['languages', 'language skills', 'language', 'spoken languages', 'sprachen', 'sprachkenntnisse', 'fremdsprachen', 'langues', 'compétences linguistiques', 'langues parlées', 'idiomas', 'lenguas', 'conocimiento de idiomas', 'lingue', 'conoscenze linguistiche', 'competenze linguistiche', 'talen', 'taalvaardigheid', 'talenkennis', 'línguas'],
};

/** Headings that are sections but not contract fields; they go to other_sections. */
const OTHER = ['projects', 'personal projects', 'selected projects', 'awards', 'honors', 'honours', 'awards & honors', 'publications', 'interests', 'hobbies', 'volunteer', 'volunteering', 'volunteer experience', 'references', 'achievements', 'activities', 'courses', 'training', 'memberships', 'affiliations', 'conferences', 'talks', 'patents', 'additional information', 'miscellaneous', 'extracurricular activities', 'leadership',
  'projekte', 'auszeichnungen', 'veröffentlichungen', 'publikationen', 'interessen', 'hobbys', 'hobbies und interessen', 'ehrenamt', 'referenzen', 'engagement', 'sonstiges', 'mitgliedschaften',
  'projets', 'distinctions', 'prix', "centres d'intérêt", 'centres d’intérêt', 'loisirs', 'bénévolat', 'références', 'activités', 'divers',
  'proyectos', 'premios', 'publicaciones', 'intereses', 'aficiones', 'voluntariado', 'referencias', 'logros', 'otros',
  'progetti', 'premi', 'pubblicazioni', 'interessi', 'hobby', 'volontariato', 'referenze', 'projecten', 'prijzen', 'publicaties', 'interesses', 'vrijwilligerswerk', 'referenties', 'overig',
  'projetos', 'prémios', 'prêmios', 'publicações', 'voluntariado', 'referências', 'outros'];

/** Letter-spaced headings: "B E R U F S E R FA H R U N G" → "BERUFSERFAHRUNG" (words kept apart by wider gaps). */
export function unspace(s: string): string {
  const t = s.replace(/\t/g, '  ').trim();
  if (!/^(\S{1,2} +){3,}\S{1,2}$/u.test(t)) return s.trim();
  return t.split(/ {2,}/).map((w) => w.replace(/ /g, '')).join(' ');
}

export function normHeading(s: string): string {
  return unspace(s).toLowerCase().replace(/[’]/g, "'").replace(/\s*[:：]$/, '').replace(/\s+/g, ' ').replace(/\s*&\s*/g, ' & ').trim();
}

const INDEX = new Map<string, SectionKey>();
for (const [key, words] of Object.entries(WORDS) as [SectionKey, string[]][]) for (const w of words) INDEX.set(w, key);
const OTHER_SET = new Set(OTHER);

/** The section a heading text names: a contract key, 'other' for known non-contract sections, or undefined. */
export function headingKind(text: string): SectionKey | 'other' | undefined {
  const n = normHeading(text);
  if (n.length > 45) return undefined;
  const k = INDEX.get(n) ?? INDEX.get(n.replace(/ and /g, ' & '));
  if (k) return k;
  if (OTHER_SET.has(n)) return 'other';
  // "Capacità e competenze", "Skills und Tools": two section words joined take the first one's key.
  const both = n.split(/ (?:&|and|und|et|y|e|en|i) /);
  if (both.length === 2 && both.every((p) => INDEX.has(p) || OTHER_SET.has(p))) return INDEX.get(both[0]) ?? 'other';
  // "Open Source Projects", "Selected Publications": a short heading ending in a section word.
  const words = n.split(' ');
  if (words.length <= 3 && OTHER_SET.has(words[words.length - 1]) && words[words.length - 1].length > 5) return 'other';
  return undefined;
}
