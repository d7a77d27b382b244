/** Words a CV uses in each language: section headings (several usual variants), "present" and "since". */
export type Lang = 'en' | 'de' | 'fr' | 'es' | 'it';
export type SectionKey = 'summary' | 'work' | 'education' | 'skills' | 'languages' | 'certifications' | 'contact' | 'personal';

interface Words {
  headings: Record<SectionKey, string[]>;
  present: string[];
  since: string;
  to: string;
  locale: string;
}

export const WORDS: Record<Lang, Words> = {
  en: {
    headings: {
      summary: ['Summary', 'Profile', 'About Me', 'Professional Summary'],
      work: ['Experience', 'Work Experience', 'Professional Experience', 'Employment History'],
      education: ['Education', 'Academic Background', 'Education and Training'],
      skills: ['Skills', 'Technical Skills', 'Core Competencies', 'Expertise'],
      languages: ['Languages', 'Language Skills'],
      certifications: ['Certifications', 'Certificates', 'Licenses & Certifications'],
      contact: ['Contact', 'Contact Details'],
      personal: ['Personal Information', 'Personal Details'],
    },
    present: ['Present', 'present', 'Now', 'Current'],
    since: 'since',
    to: 'to',
    locale: 'en-US',
  },
  de: {
    headings: {
      summary: ['Profil', 'Kurzprofil', 'Über mich', 'Zusammenfassung'],
      work: ['Berufserfahrung', 'Beruflicher Werdegang', 'Berufliche Stationen', 'Praxiserfahrung'],
      education: ['Ausbildung', 'Bildungsweg', 'Studium und Ausbildung', 'Akademischer Werdegang'],
      skills: ['Kenntnisse', 'Fähigkeiten', 'IT-Kenntnisse', 'Fachkenntnisse'],
      languages: ['Sprachen', 'Sprachkenntnisse'],
      certifications: ['Zertifikate', 'Zertifizierungen', 'Weiterbildungen und Zertifikate'],
      contact: ['Kontakt', 'Kontaktdaten'],
      personal: ['Persönliche Daten', 'Persönliche Angaben'],
    },
    present: ['heute', 'Heute', 'jetzt', 'aktuell'],
    since: 'seit',
    to: 'bis',
    locale: 'de-DE',
  },
  fr: {
    headings: {
      summary: ['Profil', 'Résumé', 'À propos', 'Profil professionnel'],
      work: ['Expérience professionnelle', 'Expériences professionnelles', 'Parcours professionnel', 'Expérience'],
      education: ['Formation', 'Formations', 'Études et diplômes', 'Parcours académique'],
      skills: ['Compétences', 'Compétences techniques', 'Savoir-faire'],
      languages: ['Langues', 'Compétences linguistiques'],
      certifications: ['Certifications', 'Certificats'],
      contact: ['Contact', 'Coordonnées'],
      personal: ['Informations personnelles', 'État civil'],
    },
    present: ["aujourd'hui", 'présent', 'Aujourd’hui', 'en cours'],
    since: 'depuis',
    to: 'à',
    locale: 'fr-FR',
  },
  es: {
    headings: {
      summary: ['Perfil', 'Sobre mí', 'Perfil profesional', 'Resumen'],
      work: ['Experiencia profesional', 'Experiencia laboral', 'Trayectoria profesional', 'Experiencia'],
      education: ['Formación', 'Formación académica', 'Educación', 'Estudios'],
      skills: ['Habilidades', 'Competencias', 'Conocimientos técnicos', 'Aptitudes'],
      languages: ['Idiomas'],
      certifications: ['Certificaciones', 'Certificados'],
      contact: ['Contacto', 'Datos de contacto'],
      personal: ['Datos personales', 'Información personal'],
    },
    present: ['actualidad', 'Actualidad', 'presente', 'hoy'],
    since: 'desde',
    to: 'a',
    locale: 'es-ES',
  },
  it: {
    headings: {
      summary: ['Profilo', 'Chi sono', 'Profilo professionale', 'Sommario'],
      work: ['Esperienza professionale', 'Esperienze lavorative', 'Esperienza lavorativa', 'Percorso professionale'],
      education: ['Istruzione', 'Formazione', 'Istruzione e formazione', 'Titoli di studio'],
      skills: ['Competenze', 'Competenze tecniche', 'Capacità e competenze'],
      languages: ['Lingue', 'Conoscenze linguistiche', 'Competenze linguistiche'],
      certifications: ['Certificazioni', 'Attestati'],
      contact: ['Contatti', 'Recapiti'],
      personal: ['Informazioni personali', 'Dati personali'],
    },
    present: ['oggi', 'presente', 'in corso', 'attuale'],
    since: 'dal',
    to: 'a',
    locale: 'it-IT',
  },
};
