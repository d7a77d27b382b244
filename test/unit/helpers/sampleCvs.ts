import { type ParsedCV, emptyParsedCV } from '../../../src/core/parsedCv';
import type { CvRecord } from '../../../src/core/queue/cvRecord';
import type { CvRepository } from '../../../src/core/queue/storage';

/** A fully filled parsed CV, as the parser stores it. */
export function janeDoe(overrides: Partial<ParsedCV> = {}): ParsedCV {
  return {
    ...emptyParsedCV(),
    contact: {
      name: 'Jane Q. Doe', email: 'jane.doe@example.com', phone: '+49 151 12345678', phone_e164: '+4915112345678',
      location: '10115 Berlin, Germany', linkedin: 'linkedin.com/in/janedoe', github: 'github.com/janedoe', website: 'janedoe.dev',
    },
    summary: 'Backend engineer who likes queues.',
    work_history: [
      { title: 'Senior Software Engineer', company: 'Acme GmbH', location: 'Berlin', start_date: '2021-04', current: true, description: 'Payments team.', highlights: ['Cut p99 latency by 40%', 'Led 4 engineers'] },
      { title: 'Software Engineer', company: 'Globex', start_date: '2018', end_date: '2021-03', highlights: [] },
    ],
    education: [{ institution: 'TU Berlin', degree: 'M.Sc.', field: 'Computer Science', start_date: '2014', end_date: '2017-09', grade: '1.3' }],
    skills: ['TypeScript', 'Kubernetes', 'PostgreSQL'],
    certifications: [{ name: 'CKA', issuer: 'CNCF', date: '2022-05' }, { name: 'AWS SAA' }],
    languages: [{ language: 'German', proficiency: 'Native' }, { language: 'English', proficiency: 'C1' }],
    other_sections: [{ heading: 'Projects', content: 'samsara' }],
    raw_text: 'Jane Q. Doe\n...',
    section_order: ['contact', 'summary', 'work_history', 'education', 'skills'],
    parse_confidence: 0.91,
    warnings: [],
    extract_time_ms: 42,
    ...overrides,
  };
}

/** Queues a CV and stores its parsed result the way the worker does; returns its row. */
export async function storeParsed(cvs: CvRepository, fileName: string, parsed: ParsedCV, projectId?: string): Promise<CvRecord> {
  const record = await cvs.insertQueuedCV({ filePath: `/cvs/${fileName}`, fileName, projectId });
  if (!(await cvs.completeCVProcessing(record.id, parsed))) throw new Error(`could not complete ${fileName}`);
  return record;
}
