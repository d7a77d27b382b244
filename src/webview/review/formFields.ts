import type { ParsedCV } from '../../core/parsedCv';

/** How one input maps to the parsed CV: its JSON pointer, label, and how its text becomes a value. */
export interface FieldSpec {
  path: string;
  label: string;
  value: string;
  multiline?: boolean;
  /** Turns the input's text into the stored value (lists are one item a line). */
  parse?: (text: string) => unknown;
}

export interface FieldGroup {
  title: string;
  fields: FieldSpec[];
}

const lines = (t: string): string[] => t.split('\n').map((s) => s.trim()).filter(Boolean);

const CONTACT: [keyof ParsedCV['contact'], string][] = [
  ['name', 'Name'], ['email', 'E-mail'], ['phone', 'Phone'], ['location', 'Location'],
  ['linkedin', 'LinkedIn'], ['github', 'GitHub'], ['website', 'Website'],
];

/** The form's groups, in the order a CV usually reads. */
export function fieldGroups(cv: ParsedCV): FieldGroup[] {
  const str = (v: unknown): string => (typeof v === 'string' ? v : '');
  const groups: FieldGroup[] = [
    { title: 'Contact', fields: CONTACT.map(([k, label]) => ({ path: `/contact/${k}`, label, value: str(cv.contact[k]) })) },
    { title: 'Summary', fields: [{ path: '/summary', label: 'Summary', value: str(cv.summary), multiline: true }] },
  ];
  cv.work_history.forEach((w, i) => {
    const p = `/work_history/${i}`;
    groups.push({ title: `Work ${i + 1}${w.title ? `: ${w.title}` : ''}`, fields: [
      { path: `${p}/title`, label: 'Title', value: str(w.title) },
      { path: `${p}/company`, label: 'Company', value: str(w.company) },
      { path: `${p}/location`, label: 'Location', value: str(w.location) },
      { path: `${p}/start_date`, label: 'Start (YYYY-MM)', value: str(w.start_date) },
      { path: `${p}/end_date`, label: 'End (YYYY-MM)', value: str(w.end_date) },
      { path: `${p}/description`, label: 'Description', value: str(w.description), multiline: true },
      { path: `${p}/highlights`, label: 'Highlights (one a line)', value: (w.highlights ?? []).join('\n'), multiline: true, parse: lines },
    ] });
  });
  cv.education.forEach((e, i) => {
    const p = `/education/${i}`;
    groups.push({ title: `Education ${i + 1}${e.institution ? `: ${e.institution}` : ''}`, fields: [
      { path: `${p}/institution`, label: 'Institution', value: str(e.institution) },
      { path: `${p}/degree`, label: 'Degree', value: str(e.degree) },
      { path: `${p}/field`, label: 'Field', value: str(e.field) },
      { path: `${p}/start_date`, label: 'Start', value: str(e.start_date) },
      { path: `${p}/end_date`, label: 'End', value: str(e.end_date) },
      { path: `${p}/grade`, label: 'Grade', value: str(e.grade) },
    ] });
  });
  groups.push({ title: 'Skills', fields: [{ path: '/skills', label: 'Skills (one a line)', value: cv.skills.join('\n'), multiline: true, parse: lines }] });
  groups.push({ title: 'Languages', fields: [{
    path: '/languages', label: 'Languages (language: level, one a line)', multiline: true,
    value: cv.languages.map((l) => (l.proficiency ? `${l.language}: ${l.proficiency}` : l.language)).join('\n'),
    parse: (t) => lines(t).map((l) => {
      const [language, ...rest] = l.split(':');
      const proficiency = rest.join(':').trim();
      return proficiency ? { language: language.trim(), proficiency } : { language: language.trim() };
    }),
  }] });
  cv.certifications.forEach((c, i) => {
    const p = `/certifications/${i}`;
    groups.push({ title: `Certification ${i + 1}`, fields: [
      { path: `${p}/name`, label: 'Name', value: str(c.name) },
      { path: `${p}/issuer`, label: 'Issuer', value: str(c.issuer) },
      { path: `${p}/date`, label: 'Date', value: str(c.date) },
    ] });
  });
  cv.other_sections.forEach((o, i) => {
    groups.push({ title: o.heading || `Section ${i + 1}`, fields: [
      { path: `/other_sections/${i}/heading`, label: 'Heading', value: str(o.heading) },
      { path: `/other_sections/${i}/content`, label: 'Content', value: str(o.content), multiline: true },
    ] });
  });
  return groups;
}
