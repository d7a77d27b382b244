/** Sentences for summaries and bullet points, in each language; {t} title, {n} number, {s} skill. */
import type { Lang } from './vocab.mjs';

export const SUMMARIES: Record<Lang, string[]> = {
  en: ['{t} with {n} years of experience building reliable systems with {s}. I enjoy turning vague requirements into working software and mentoring colleagues.',
    'Pragmatic {t} focused on data quality, automation and clear communication with stakeholders across departments.',
    'Experienced {t}; background in distributed systems, a strong interest in maintainability and a record of shipping on time.'],
  de: ['{t} mit {n} Jahren Berufserfahrung in der Entwicklung zuverlässiger Anwendungen mit {s}. Schwerpunkte: Qualitätssicherung, Automatisierung und Wissenstransfer.',
    'Lösungsorientierte Persönlichkeit mit Erfahrung in agilen Teams und einem ausgeprägten Verständnis für Geschäftsprozesse.',
    'Erfahrene Fachkraft mit Begeisterung für saubere Architektur, Datenschutz und nachhaltige Softwareentwicklung.'],
  fr: ['{t} avec {n} ans d’expérience dans la conception d’applications fiables avec {s}. Goût pour la qualité logicielle et le travail en équipe.',
    'Professionnel rigoureux, habitué aux environnements agiles et à la communication avec les équipes métier.',
    'Passionnée par l’automatisation, l’analyse de données et l’amélioration continue des processus.'],
  es: ['{t} con {n} años de experiencia en el desarrollo de aplicaciones fiables con {s}. Me interesan la calidad del software y el trabajo en equipo.',
    'Profesional orientado a resultados, con experiencia en equipos ágiles y comunicación con clientes.',
    'Apasionada por la automatización, el análisis de datos y la mejora continua.'],
  it: ['{t} con {n} anni di esperienza nello sviluppo di applicazioni affidabili con {s}. Attenzione alla qualità del software e al lavoro di squadra.',
    'Professionista orientato ai risultati, con esperienza in team agili e nella comunicazione con i clienti.',
    'Appassionata di automazione, analisi dei dati e miglioramento continuo dei processi.'],
};

export const HIGHLIGHTS: Record<Lang, string[]> = {
  en: ['Designed and maintained services in {s} used by {n}0,000 customers', 'Reduced deployment time by {n}0% by introducing {s}',
    'Led a team of {n} engineers through a platform migration', 'Introduced code reviews and automated testing with {s}',
    'Built internal reporting dashboards for the finance department', 'Mentored {n} junior developers and interns',
    'Migrated legacy applications to {s} without downtime', 'Coordinated releases with product, support and operations teams'],
  de: ['Konzeption und Wartung von Diensten mit {s} für {n}0.000 Kundinnen und Kunden', 'Verkürzung der Auslieferungszeit um {n}0 % durch Einführung von {s}',
    'Leitung eines Teams von {n} Entwicklerinnen und Entwicklern', 'Einführung von Code-Reviews und automatisierten Tests mit {s}',
    'Aufbau interner Auswertungen für die Finanzabteilung', 'Betreuung von {n} Auszubildenden und Werkstudierenden',
    'Migration von Altanwendungen nach {s} ohne Ausfallzeiten', 'Abstimmung der Releases mit Fachbereichen und Betrieb'],
  fr: ['Conception et maintenance de services {s} utilisés par {n}0 000 clients', 'Réduction de {n}0 % du temps de déploiement grâce à {s}',
    'Encadrement d’une équipe de {n} développeurs', 'Mise en place de revues de code et de tests automatisés avec {s}',
    'Création de tableaux de bord pour la direction financière', 'Accompagnement de {n} stagiaires et alternants',
    'Migration d’applications historiques vers {s} sans interruption', 'Coordination des mises en production avec les équipes métier'],
  es: ['Diseño y mantenimiento de servicios con {s} para {n}0.000 clientes', 'Reducción del {n}0 % del tiempo de despliegue con {s}',
    'Dirección de un equipo de {n} desarrolladores', 'Implantación de revisiones de código y pruebas automáticas con {s}',
    'Creación de informes internos para el departamento financiero', 'Formación de {n} becarios y perfiles junior',
    'Migración de aplicaciones heredadas a {s} sin interrupciones'],
  it: ['Progettazione e manutenzione di servizi {s} per {n}0.000 clienti', 'Riduzione del {n}0% dei tempi di rilascio grazie a {s}',
    'Coordinamento di un team di {n} sviluppatori', 'Introduzione di revisioni del codice e test automatici con {s}',
    'Realizzazione di report interni per l’area amministrativa', 'Affiancamento di {n} stagisti e profili junior',
    'Migrazione di applicazioni legacy verso {s} senza interruzioni'],
};
