/** The parsed CV: the shape the database, the CLI's `--json` and the tests agree on. */
export interface Contact {
  name?: string;
  email?: string;
  phone?: string;
  phone_e164?: string;
  location?: string;
  linkedin?: string;
  github?: string;
  website?: string;
  /** Link targets the document does not show as text (behind icons), in the same form. */
  hidden_links?: string[];
}

export interface WorkEntry {
  title?: string;
  company?: string;
  location?: string;
  start_date?: string;
  end_date?: string;
  current?: boolean;
  description?: string;
  highlights?: string[];
}

export interface EducationEntry {
  institution?: string;
  degree?: string;
  field?: string;
  start_date?: string;
  end_date?: string;
  grade?: string;
}

export interface Certification {
  name: string;
  issuer?: string;
  date?: string;
}

export interface Language {
  language: string;
  proficiency?: string;
}

export interface OtherSection {
  heading: string;
  content: string;
}

/**
 * Where the parser read a value: a box on a PDF page (page from 1; x, y, width, height in PDF
 * points from the page's top-left corner, as pdf.js draws it at scale 1), or for other formats a
 * character range of `raw_text` (end exclusive).
 */
export type Provenance =
  | { page: number; box: [number, number, number, number] }
  | { start: number; end: number };

export interface ParsedCV {
  contact: Contact;
  summary?: string;
  work_history: WorkEntry[];
  education: EducationEntry[];
  skills: string[];
  certifications: Certification[];
  languages: Language[];
  other_sections: OtherSection[];
  raw_text: string;
  section_order: string[];
  parse_confidence: number;
  warnings: string[];
  extract_time_ms: number;
  /** Present when any page was read by OCR. */
  ocr?: { pages: number; mean_confidence: number; languages: string[] };
  /** Where short values were found in the document, by JSON pointer ("/contact/email"); absent when none was. */
  provenance?: Record<string, Provenance>;
}

export function emptyParsedCV(): ParsedCV {
  return {
    contact: {},
    work_history: [],
    education: [],
    skills: [],
    certifications: [],
    languages: [],
    other_sections: [],
    raw_text: '',
    section_order: [],
    parse_confidence: 0,
    warnings: [],
    extract_time_ms: 0,
  };
}
