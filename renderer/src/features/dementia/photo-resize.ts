import { photoChunkChars, photoMaxBytes, photoMaxPixels } from '#shared/domain/dementia';

export interface ResizedPhoto {
  mime: 'image/jpeg';
  chunks: string[];
  width: number;
  height: number;
}

/**
 * Draws the chosen picture on a canvas no larger than 400 px on its longer side and encodes it as JPEG,
 * lowering the quality until it fits the core's limit; the base64 travels in bounded chunks.
 */
export async function resizePhoto(file: File): Promise<ResizedPhoto> {
  const bitmap = await createImageBitmap(file);
  const scale = Math.min(1, photoMaxPixels / Math.max(bitmap.width, bitmap.height));
  const width = Math.max(1, Math.round(bitmap.width * scale));
  const height = Math.max(1, Math.round(bitmap.height * scale));
  const canvas = document.createElement('canvas');
  canvas.width = width;
  canvas.height = height;
  const context = canvas.getContext('2d');
  if (!context) throw new Error('no 2d canvas');
  context.drawImage(bitmap, 0, 0, width, height);
  bitmap.close();
  for (const quality of [0.85, 0.7, 0.55, 0.4]) {
    const base64 = canvas.toDataURL('image/jpeg', quality).split(',')[1] ?? '';
    if ((base64.length * 3) / 4 <= photoMaxBytes) {
      const chunks: string[] = [];
      for (let i = 0; i < base64.length; i += photoChunkChars) chunks.push(base64.slice(i, i + photoChunkChars));
      return { mime: 'image/jpeg', chunks, width, height };
    }
  }
  throw new Error('photo too large');
}
