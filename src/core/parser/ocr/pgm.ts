export interface GreyImage {
  width: number;
  height: number;
  pixels: Uint8Array;
}

/** Binary PGM: the simplest format tesseract's image reader takes, with no encoding cost. */
export function toPgm(img: GreyImage): Buffer {
  const head = Buffer.from(`P5\n${img.width} ${img.height}\n255\n`, 'latin1');
  return Buffer.concat([head, Buffer.from(img.pixels.buffer, img.pixels.byteOffset, img.pixels.byteLength)]);
}
