import { deflateRepeated } from './zipBomb';

/** A one-page PDF whose content streams are the given Flate data (pdf.js finds the objects without an xref table). */
export function pdfWithStreams(streams: Buffer[]): Buffer {
  const contents = streams.map((_, i) => `${4 + i} 0 R`).join(' ');
  const parts: Buffer[] = [
    Buffer.from('%PDF-1.4\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n2 0 obj\n<< /Type /Pages /Kids [3 0 R] /Count 1 >>\nendobj\n'),
    Buffer.from(`3 0 obj\n<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents [${contents}] >>\nendobj\n`),
  ];
  streams.forEach((data, i) => {
    parts.push(Buffer.from(`${4 + i} 0 obj\n<< /Length ${data.length} /Filter /FlateDecode >>\nstream\n`), data, Buffer.from('\nendstream\nendobj\n'));
  });
  parts.push(Buffer.from('trailer\n<< /Root 1 0 R /Size 9 >>\n%%EOF\n'));
  return Buffer.concat(parts);
}

/** A PDF whose one content stream inflates to `size` bytes of spaces. */
export async function flateBombPdf(size: number): Promise<Buffer> {
  return pdfWithStreams([await deflateRepeated(Buffer.alloc(1 << 20, 0x20), size, false)]);
}
