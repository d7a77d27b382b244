/** OCR low confidence: below this mean word confidence the recruiter should check the fields. */
export const LOW_OCR_CONFIDENCE = 0.7;
