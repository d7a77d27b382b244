// Apart from parse.ts so that `samsara --help` does not load the parser.
export const parseHelp = `Usage: samsara parse FILE [--json | --explain] [--region CC] [--ocr auto|off] [--ocr-languages eng,deu]

Parses one CV file (PDF, DOCX, ODT, RTF, TXT, MD, or a PNG, JPEG, TIFF or WebP image) and prints
what was found. Scanned pages and images are read by OCR. The queue database is not touched.

Options:
  --json         print the parsed CV as one JSON object
  --explain      print what the parser saw: the extractor's notes, each heading with the
                 signals and score that made it one, the near misses, and the sections
  --region CC    region for phone numbers without a country code (e.g. DE, US)
  --ocr MODE     auto (default): read scanned pages and images by OCR; off: never
  --ocr-languages LIST  OCR languages, comma-separated (default eng,deu,fra,spa)
  --ocr-timeout SECONDS time OCR may take for one CV (default 180)
  -h, --help     show this help`;
