import zlib from 'node:zlib';

/** Deflates `total` bytes of one repeated chunk without ever holding them all (zip's raw format, or zlib's as PDF uses). */
export async function deflateRepeated(chunk: Buffer, total: number, raw = true): Promise<Buffer> {
  const z = raw ? zlib.createDeflateRaw({ level: 9 }) : zlib.createDeflate({ level: 9 });
  const out: Buffer[] = [];
  z.on('data', (b: Buffer) => out.push(b));
  const done = new Promise<void>((resolve, reject) => {
    z.on('end', resolve);
    z.on('error', reject);
  });
  for (let n = 0; n < total; n += chunk.length) {
    if (!z.write(chunk)) await new Promise((r) => z.once('drain', r));
  }
  z.end();
  await done;
  return Buffer.concat(out);
}

function u16(n: number): Buffer {
  const b = Buffer.alloc(2);
  b.writeUInt16LE(n);
  return b;
}

function u32(n: number): Buffer {
  const b = Buffer.alloc(4);
  b.writeUInt32LE(n >>> 0);
  return b;
}

/** A zip archive of deflated entries, written by hand so that an entry's size can be any. */
function zipOf(entries: { name: string; data: Buffer; size: number }[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const name = Buffer.from(e.name);
    const crcSizes = [u32(0), u32(e.data.length), u32(e.size)];
    const local = Buffer.concat([u32(0x04034b50), u16(20), u16(0), u16(8), u32(0), ...crcSizes, u16(name.length), u16(0), name, e.data]);
    centrals.push(Buffer.concat([u32(0x02014b50), u16(20), u16(20), u16(0), u16(8), u32(0), ...crcSizes, u16(name.length), u16(0), u16(0), u16(0), u16(0), u32(0), u32(offset), name]));
    locals.push(local);
    offset += local.length;
  }
  const dir = Buffer.concat(centrals);
  const end = Buffer.concat([u32(0x06054b50), u16(0), u16(0), u16(entries.length), u16(entries.length), u32(dir.length), u32(offset), u16(0)]);
  return Buffer.concat([...locals, dir, end]);
}

/** A DOCX whose word/document.xml inflates to `unpackedBytes` of zeros. */
export async function zipBombDocx(unpackedBytes: number): Promise<Buffer> {
  const data = await deflateRepeated(Buffer.alloc(1024 * 1024), unpackedBytes);
  return zipOf([{ name: 'word/document.xml', data, size: unpackedBytes }]);
}

/** A DOCX whose document.xml is well-formed but holds millions of empty paragraphs. */
export async function paragraphFloodDocx(paragraphs: number): Promise<Buffer> {
  const head = '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>';
  const body = Buffer.from('<w:p/>'.repeat(100_000));
  const xml = Buffer.concat([Buffer.from(head), ...Array.from({ length: Math.ceil(paragraphs / 100_000) }, () => body), Buffer.from('</w:body></w:document>')]);
  return zipOf([{ name: 'word/document.xml', data: zlib.deflateRawSync(xml), size: xml.length }]);
}
