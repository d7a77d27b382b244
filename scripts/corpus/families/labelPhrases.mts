/**
 * The long row labels of the standard European CV form of the 2000s ("Occupation or position held",
 * "Name and address of employer"), in the wording its published templates used in each language.
 * Unlike labelWords.mts these labels are phrases that wrap over two or three lines in a narrow column.
 */
import type { Lang } from '../vocab.mjs';

export type PhraseKey = 'name' | 'address' | 'phone' | 'email' | 'web' | 'dates' | 'position' | 'employer' | 'tasks'
  | 'qualification' | 'institution' | 'grade' | 'skills' | 'summary' | 'certifications';

const PHRASES: Record<Lang, Record<PhraseKey, string>> = {
  en: {
    name: 'Name', address: 'Address', phone: 'Telephone', email: 'E-mail', web: 'Web', dates: 'Dates',
    position: 'Occupation or position held', employer: 'Name and address of employer', tasks: 'Main activities and responsibilities',
    qualification: 'Title of qualification awarded', institution: 'Name and type of organisation providing education and training',
    grade: 'Level in national or international classification', skills: 'Computer skills and competences',
    summary: 'Desired employment / Occupational field', certifications: 'Additional information',
  },
  de: {
    name: 'Name', address: 'Adresse', phone: 'Telefon', email: 'E-Mail', web: 'Web', dates: 'Zeitraum',
    position: 'Beruf oder Funktion', employer: 'Name und Adresse des Arbeitgebers', tasks: 'Wichtigste Tätigkeiten und Zuständigkeiten',
    qualification: 'Bezeichnung der erworbenen Qualifikation', institution: 'Name und Art der Bildungs- oder Ausbildungseinrichtung',
    grade: 'Stufe der nationalen oder internationalen Klassifikation', skills: 'IKT-Kenntnisse und Kompetenzen',
    summary: 'Gewünschte Beschäftigung / Gewünschtes Berufsfeld', certifications: 'Zusätzliche Angaben',
  },
  fr: {
    name: 'Nom', address: 'Adresse', phone: 'Téléphone', email: 'Courrier électronique', web: 'Web', dates: 'Dates',
    position: 'Fonction ou poste occupé', employer: "Nom et adresse de l'employeur", tasks: 'Principales activités et responsabilités',
    qualification: 'Intitulé du certificat ou diplôme délivré', institution: "Nom et type de l'établissement d'enseignement ou de formation",
    grade: 'Niveau dans la classification nationale ou internationale', skills: 'Aptitudes et compétences informatiques',
    summary: 'Emploi recherché / Domaine de compétence', certifications: 'Informations complémentaires',
  },
  es: {
    name: 'Nombre', address: 'Dirección', phone: 'Teléfono', email: 'Correo electrónico', web: 'Web', dates: 'Fechas',
    position: 'Profesión o cargo desempeñado', employer: 'Nombre y dirección de la empresa o empleador', tasks: 'Funciones y responsabilidades principales',
    qualification: 'Cualificación obtenida', institution: 'Nombre y tipo del centro de estudios',
    grade: 'Nivel en la clasificación nacional o internacional', skills: 'Capacidades y competencias informáticas',
    summary: 'Empleo deseado / Familia profesional', certifications: 'Información adicional',
  },
  it: {
    name: 'Nome', address: 'Indirizzo', phone: 'Telefono', email: 'E-mail', web: 'Web', dates: 'Date',
    position: 'Lavoro o posizione ricoperti', employer: 'Nome e indirizzo del datore di lavoro', tasks: 'Principali attività e responsabilità',
    qualification: 'Titolo della qualifica rilasciata', institution: "Nome e tipo d'organizzazione erogatrice dell'istruzione e formazione",
    grade: 'Livello nella classificazione nazionale o internazionale', skills: 'Capacità e competenze informatiche',
    summary: 'Occupazione desiderata / Settore professionale', certifications: 'Ulteriori informazioni',
  },
};

export const phrasesOf = (lang: Lang): Record<PhraseKey, string> => PHRASES[lang];
