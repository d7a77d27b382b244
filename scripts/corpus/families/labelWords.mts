/** The field labels of key/value CVs ("Dates", "Employer", "Position") in each language, several usual variants. */
import type { Faker } from '@faker-js/faker';
import type { Lang } from '../vocab.mjs';

export type LabelKey = 'dates' | 'employer' | 'position' | 'tasks' | 'institution' | 'qualification' | 'grade' | 'email' | 'phone' | 'address' | 'web';

const LABELS: Record<Lang, Record<LabelKey, string[]>> = {
  en: {
    dates: ['Dates', 'Period', 'From – To'], employer: ['Employer', 'Company', 'Organisation'], position: ['Position', 'Role', 'Job title'],
    tasks: ['Main activities', 'Responsibilities', 'Achievements'], institution: ['Institution', 'School', 'University'],
    qualification: ['Qualification', 'Degree', 'Title awarded'], grade: ['Grade', 'Result'], email: ['E-mail', 'Email'],
    phone: ['Phone', 'Telephone', 'Mobile'], address: ['Address', 'Location'], web: ['Web', 'Online', 'Profiles'],
  },
  de: {
    dates: ['Zeitraum', 'Datum', 'Von – Bis'], employer: ['Arbeitgeber', 'Unternehmen', 'Firma'], position: ['Position', 'Funktion', 'Tätigkeit'],
    tasks: ['Aufgaben', 'Schwerpunkte'], institution: ['Einrichtung', 'Hochschule', 'Schule'], qualification: ['Abschluss', 'Qualifikation'],
    grade: ['Note', 'Ergebnis'], email: ['E-Mail'], phone: ['Telefon', 'Mobil'], address: ['Adresse', 'Wohnort'], web: ['Web', 'Online'],
  },
  fr: {
    dates: ['Dates', 'Période'], employer: ['Employeur', 'Entreprise', 'Société'], position: ['Poste', 'Fonction', 'Emploi occupé'],
    tasks: ['Activités principales', 'Missions'], institution: ['Établissement', 'École', 'Université'], qualification: ['Diplôme', 'Titre obtenu'],
    grade: ['Mention', 'Résultat'], email: ['E-mail', 'Courriel'], phone: ['Téléphone', 'Portable'], address: ['Adresse', 'Domicile'], web: ['Web', 'En ligne'],
  },
  es: {
    dates: ['Fechas', 'Periodo'], employer: ['Empleador', 'Empresa'], position: ['Puesto', 'Cargo', 'Función'],
    tasks: ['Tareas principales', 'Responsabilidades'], institution: ['Centro', 'Universidad', 'Institución'], qualification: ['Título', 'Titulación'],
    grade: ['Nota', 'Calificación'], email: ['Correo', 'E-mail'], phone: ['Teléfono', 'Móvil'], address: ['Dirección', 'Domicilio'], web: ['Web', 'En línea'],
  },
  it: {
    dates: ['Date', 'Periodo'], employer: ['Datore di lavoro', 'Azienda'], position: ['Posizione', 'Ruolo', 'Mansione'],
    tasks: ['Attività principali', 'Responsabilità'], institution: ['Istituto', 'Università', 'Scuola'], qualification: ['Titolo', 'Qualifica'],
    grade: ['Voto', 'Valutazione'], email: ['E-mail', 'Posta elettronica'], phone: ['Telefono', 'Cellulare'], address: ['Indirizzo', 'Residenza'], web: ['Web', 'Online'],
  },
};

/** one variant of every label, picked once per document so a document is consistent */
export function pickLabels(f: Faker, lang: Lang): Record<LabelKey, string> {
  return Object.fromEntries(Object.entries(LABELS[lang]).map(([k, v]) => [k, f.helpers.arrayElement(v)])) as Record<LabelKey, string>;
}
