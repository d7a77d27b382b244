/** Windows-1252, which differs from Latin-1 in 0x80–0x9F (curly quotes, dashes, euro sign). */
const HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ';

export function decodeCp1252(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 8192) {
    const chunk = bytes.subarray(i, i + 8192);
    out += String.fromCharCode(...chunk).replace(/[\u0080-\u009F]/g, (c) => HIGH[c.charCodeAt(0) - 0x80]);
  }
  return out;
}
