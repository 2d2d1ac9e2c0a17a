/** The types an attachment may have, told by the file's first bytes (never by its name or a claimed type). */
const signatures: { mime: string; bytes: number[]; at?: number }[] = [
  { mime: 'application/pdf', bytes: [0x25, 0x50, 0x44, 0x46, 0x2d] }, // %PDF-
  { mime: 'image/png', bytes: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a] },
  { mime: 'image/jpeg', bytes: [0xff, 0xd8, 0xff] },
  { mime: 'image/gif', bytes: [0x47, 0x49, 0x46, 0x38] }, // GIF8
  { mime: 'image/webp', bytes: [0x57, 0x45, 0x42, 0x50], at: 8 }, // RIFF....WEBP
];

export function sniffMime(data: Uint8Array): string | null {
  for (const { mime, bytes, at = 0 } of signatures) {
    if (data.length >= at + bytes.length && bytes.every((b, i) => data[at + i] === b)) {
      if (mime === 'image/webp' && !(data[0] === 0x52 && data[1] === 0x49 && data[2] === 0x46 && data[3] === 0x46)) continue;
      return mime;
    }
  }
  return null;
}

/** Strict base64 (what a browser's FileReader or btoa gives): anything else is not a file we accept. */
export function decodeBase64(value: string): Buffer | null {
  const clean = value.replace(/\s+/g, '');
  if (clean.length % 4 !== 0 || !/^[A-Za-z0-9+/]*={0,2}$/.test(clean)) return null;
  return Buffer.from(clean, 'base64');
}
