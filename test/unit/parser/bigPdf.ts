import crypto from 'node:crypto';

/**
 * Appends an incompressible image object of `bytes` bytes to a PDF as an incremental update
 * (new object, xref section and trailer pointing back at the old one): a normal CV that
 * carries a large photo.
 */
export function withBigImage(pdf: Buffer, bytes: number): Buffer {
  const text = pdf.toString('latin1');
  const prev = Number(/startxref\s+(\d+)\s+%%EOF\s*$/.exec(text)?.[1]);
  const root = /\/Root\s+(\d+\s+\d+\s+R)/.exec(text)?.[1];
  const size = Math.max(...[...text.matchAll(/\/Size\s+(\d+)/g)].map((m) => Number(m[1])));
  if (!Number.isFinite(prev) || !root || !Number.isFinite(size)) throw new Error('cannot find the trailer of the fixture PDF');
  const side = Math.floor(Math.sqrt(bytes / 3));
  const head = Buffer.from(`\n${size} 0 obj\n<< /Type /XObject /Subtype /Image /Width ${side} /Height ${side} /ColorSpace /DeviceRGB /BitsPerComponent 8 /Length ${side * side * 3} >>\nstream\n`, 'latin1');
  const body = crypto.randomBytes(side * side * 3);
  const objStart = pdf.length + 1;
  const tail0 = Buffer.from('\nendstream\nendobj\n', 'latin1');
  const xrefAt = pdf.length + head.length + body.length + tail0.length;
  const xref = `xref\n0 1\n0000000000 65535 f \n${size} 1\n${String(objStart).padStart(10, '0')} 00000 n \ntrailer\n<< /Size ${size + 1} /Root ${root} /Prev ${prev} >>\nstartxref\n${xrefAt}\n%%EOF\n`;
  return Buffer.concat([pdf, head, body, tail0, Buffer.from(xref, 'latin1')]);
}
