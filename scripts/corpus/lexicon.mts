/** Localized content a fictional CV is made of: job titles, degrees, schools, languages, phrases. */
import type { Lang } from './vocab.mjs';

export const JOB_TITLES: Record<Lang, string[]> = {
  en: ['Software Engineer', 'Senior Backend Developer', 'Data Analyst', 'Project Manager', 'DevOps Engineer', 'Product Owner',
    'QA Engineer', 'Frontend Developer', 'Systems Administrator', 'Business Analyst', 'Machine Learning Engineer', 'IT Consultant',
    'Engineering Manager', 'Technical Support Specialist', 'Cloud Architect', 'UX Designer'],
  de: ['Softwareentwickler', 'Backend-Entwicklerin', 'Datenanalyst', 'Projektleiterin', 'Systemadministrator', 'IT-Berater',
    'Teamleiter Softwareentwicklung', 'Werkstudent Data Science', 'Fachinformatiker Anwendungsentwicklung', 'Product Owner',
    'Cloud-Architektin', 'Testmanager', 'Wirtschaftsinformatikerin', 'Sachbearbeiter IT-Support'],
  fr: ['Développeur full-stack', 'Ingénieure logiciel', 'Chef de projet informatique', 'Analyste de données', 'Administrateur systèmes',
    'Consultante SAP', 'Responsable technique', 'Développeur back-end', 'Architecte cloud', 'Ingénieur DevOps', 'Cheffe de produit',
    'Technicien support informatique'],
  es: ['Desarrollador de software', 'Ingeniera de software', 'Jefe de proyecto', 'Analista de datos', 'Administrador de sistemas',
    'Consultora tecnológica', 'Desarrolladora front-end', 'Ingeniero DevOps', 'Arquitecto de soluciones', 'Técnico de soporte informático'],
  it: ['Sviluppatore software', 'Ingegnere del software', 'Analista dati', 'Project manager', 'Sistemista', 'Consulente IT',
    'Sviluppatrice front-end', 'Responsabile tecnico', 'Architetto cloud', 'Tecnico informatico'],
};

export const DEGREES: Record<Lang, Array<[degree: string, joiner: string]>> = {
  en: [['Bachelor of Science', ' in '], ['B.Sc.', ' '], ['Master of Science', ' in '], ['M.Sc.', ' '], ['MBA', ', '], ['Bachelor of Arts', ' in '], ['PhD', ' in ']],
  de: [['Bachelor of Science', ' '], ['Master of Science', ' '], ['Diplom', ' '], ['B.Sc.', ' '], ['M.A.', ' '], ['Bachelor of Arts', ' ']],
  fr: [['Master', ' en '], ['Licence', ' en '], ["Diplôme d'ingénieur", ', '], ['BTS', ' '], ['DUT', ' '], ['Doctorat', ' en ']],
  es: [['Grado', ' en '], ['Máster', ' en '], ['Licenciatura', ' en '], ['Doctorado', ' en ']],
  it: [['Laurea triennale', ' in '], ['Laurea magistrale', ' in '], ['Master', ' in '], ['Dottorato', ' in ']],
};

export const FIELDS_OF_STUDY: Record<Lang, string[]> = {
  en: ['Computer Science', 'Information Systems', 'Mathematics', 'Economics', 'Electrical Engineering', 'Statistics', 'Business Administration'],
  de: ['Informatik', 'Wirtschaftsinformatik', 'Maschinenbau', 'Betriebswirtschaftslehre', 'Mathematik', 'Elektrotechnik'],
  fr: ['Informatique', 'Génie logiciel', 'Mathématiques appliquées', 'Systèmes d’information', 'Gestion des entreprises'],
  es: ['Ingeniería Informática', 'Matemáticas', 'Administración de Empresas', 'Ingeniería de Telecomunicación', 'Estadística'],
  it: ['Informatica', 'Ingegneria informatica', 'Economia aziendale', 'Matematica', 'Ingegneria gestionale'],
};

export const INSTITUTIONS: Record<Lang, string[]> = {
  en: ['University of {c}', '{c} State University', '{c} Institute of Technology', '{c} College'],
  de: ['Universität {c}', 'Technische Universität {c}', 'Hochschule {c}', 'Fachhochschule {c}'],
  fr: ['Université de {c}', 'École Centrale de {c}', 'INSA {c}', 'IUT de {c}'],
  es: ['Universidad de {c}', 'Universidad Politécnica de {c}', 'Universidad Carlos III de {c}'],
  it: ['Università degli Studi di {c}', 'Politecnico di {c}', 'Università di {c}'],
};

export const GRADES: Record<Lang, string[]> = {
  en: ['GPA 3.8', 'GPA 3.5', 'First class honours', 'magna cum laude'],
  de: ['Note 1,3', 'Note 1,7', 'Abschlussnote 2,0', 'mit Auszeichnung'],
  fr: ['Mention Bien', 'Mention Très bien', 'Mention Assez bien'],
  es: ['Nota media 8,2', 'Sobresaliente', 'Matrícula de Honor'],
  it: ['110/110', '108/110', '110 e lode'],
};

const LANGUAGE_KEYS = ['en', 'de', 'fr', 'es', 'it', 'pt', 'nl', 'pl', 'tr', 'zh', 'ru', 'ar'] as const;
export type LanguageKey = (typeof LANGUAGE_KEYS)[number];
export const LANGUAGE_NAMES: Record<Lang, Record<LanguageKey, string>> = {
  en: { en: 'English', de: 'German', fr: 'French', es: 'Spanish', it: 'Italian', pt: 'Portuguese', nl: 'Dutch', pl: 'Polish', tr: 'Turkish', zh: 'Chinese', ru: 'Russian', ar: 'Arabic' },
  de: { en: 'Englisch', de: 'Deutsch', fr: 'Französisch', es: 'Spanisch', it: 'Italienisch', pt: 'Portugiesisch', nl: 'Niederländisch', pl: 'Polnisch', tr: 'Türkisch', zh: 'Chinesisch', ru: 'Russisch', ar: 'Arabisch' },
  fr: { en: 'Anglais', de: 'Allemand', fr: 'Français', es: 'Espagnol', it: 'Italien', pt: 'Portugais', nl: 'Néerlandais', pl: 'Polonais', tr: 'Turc', zh: 'Chinois', ru: 'Russe', ar: 'Arabe' },
  es: { en: 'Inglés', de: 'Alemán', fr: 'Francés', es: 'Español', it: 'Italiano', pt: 'Portugués', nl: 'Neerlandés', pl: 'Polaco', tr: 'Turco', zh: 'Chino', ru: 'Ruso', ar: 'Árabe' },
  it: { en: 'Inglese', de: 'Tedesco', fr: 'Francese', es: 'Spagnolo', it: 'Italiano', pt: 'Portoghese', nl: 'Olandese', pl: 'Polacco', tr: 'Turco', zh: 'Cinese', ru: 'Russo', ar: 'Arabo' },
};
export const OTHER_LANGUAGES = LANGUAGE_KEYS.filter((k) => k.length === 2);

/** [native, fluent, good, basic] in each language; CEFR levels are written the same everywhere. */
export const PROFICIENCY: Record<Lang, string[][]> = {
  en: [['Native', 'Native speaker', 'Mother tongue'], ['Fluent', 'C1', 'Full professional proficiency'], ['B2', 'Good', 'Professional working proficiency'], ['A2', 'Basic', 'Elementary']],
  de: [['Muttersprache', 'Muttersprachlich'], ['fließend', 'verhandlungssicher', 'C1'], ['gut', 'B2', 'sehr gute Kenntnisse'], ['Grundkenntnisse', 'A2']],
  fr: [['langue maternelle', 'Natif'], ['courant', 'bilingue', 'C1'], ['bon niveau', 'B2', 'professionnel'], ['notions', 'A2', 'scolaire']],
  es: [['nativo', 'lengua materna'], ['fluido', 'C1', 'avanzado'], ['B2', 'intermedio alto'], ['básico', 'A2']],
  it: [['madrelingua'], ['fluente', 'C1', 'ottimo'], ['buono', 'B2'], ['base', 'A2', 'scolastico']],
};

export const CERTIFICATIONS: Array<[name: string, issuer: string]> = [
  ['AWS Certified Solutions Architect – Associate', 'Amazon Web Services'], ['Professional Scrum Master I', 'Scrum.org'],
  ['Project Management Professional (PMP)', 'PMI'], ['ITIL 4 Foundation', 'AXELOS'], ['Certified Kubernetes Administrator', 'CNCF'],
  ['Microsoft Certified: Azure Fundamentals', 'Microsoft'], ['Google Professional Data Engineer', 'Google Cloud'],
  ['ISTQB Certified Tester Foundation Level', 'ISTQB'], ['Oracle Certified Professional Java SE 17 Developer', 'Oracle'],
  ['CompTIA Security+', 'CompTIA'], ['PRINCE2 Foundation', 'AXELOS'], ['Certified ScrumMaster', 'Scrum Alliance'],
];

export const SKILLS: string[] = ['TypeScript', 'JavaScript', 'Python', 'Java', 'Kotlin', 'Go', 'Rust', 'C#', 'C++', 'SQL', 'PostgreSQL',
  'MySQL', 'MongoDB', 'Redis', 'Kafka', 'Docker', 'Kubernetes', 'Terraform', 'Ansible', 'AWS', 'Azure', 'Google Cloud', 'Linux',
  'Git', 'Jenkins', 'GitLab CI', 'React', 'Angular', 'Vue.js', 'Node.js', 'Spring Boot', 'Django', 'Flask', '.NET', 'GraphQL',
  'REST APIs', 'Pandas', 'NumPy', 'scikit-learn', 'PyTorch', 'TensorFlow', 'Power BI', 'Tableau', 'Excel', 'SAP', 'Jira',
  'Scrum', 'Kanban', 'Figma', 'Elasticsearch', 'Prometheus', 'Grafana', 'Spark', 'Airflow', 'Selenium', 'Cypress'];
