import { deleteClientPhoto, findClientPhoto, upsertClientPhoto, type ClientPhotoRow } from '#db/queries/client-photo';
import { findClient } from '#db/queries/clients';
import { photoMaxBytes } from '#shared/domain/dementia';
import { conflict, notFound } from '../../app-error';
import type { Handlers } from '../../dispatcher';
import type { ServiceDeps } from '../service-deps';
import { audited } from '../audited';

type PhotoHandlers = Pick<Handlers, 'clientPhoto.get' | 'clientPhoto.set' | 'clientPhoto.remove'>;

const view = (row: ClientPhotoRow | undefined) =>
  row ? { mime: row.mime, base64: Buffer.from(row.data).toString('base64'), width: row.width, height: row.height } : null;

/** The file really is what it claims: JPEG starts FF D8 FF, WebP is a RIFF file of type WEBP. */
export function imageTypeOf(bytes: Uint8Array): 'image/jpeg' | 'image/webp' | null {
  if (bytes.length > 3 && bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return 'image/jpeg';
  const ascii = (from: number, to: number) => String.fromCharCode(...bytes.subarray(from, to));
  if (bytes.length > 12 && ascii(0, 4) === 'RIFF' && ascii(8, 12) === 'WEBP') return 'image/webp';
  return null;
}

export function photoHandlers({ db, now }: ServiceDeps): PhotoHandlers {
  return {
    'clientPhoto.get': ({ clientId }) => ({ photo: view(findClientPhoto(db, clientId)) }),

    'clientPhoto.set': ({ clientId, mime, chunks, width, height }, call) => {
      const base64 = chunks.join('');
      if (!/^[A-Za-z0-9+/]*={0,2}$/.test(base64)) throw conflict('dementia.photoNotAnImage');
      const data = Buffer.from(base64, 'base64');
      if (data.length > photoMaxBytes) throw conflict('dementia.photoTooLarge', { kb: Math.round(photoMaxBytes / 1024) });
      if (imageTypeOf(data) !== mime) throw conflict('dementia.photoNotAnImage');
      audited(db, now, call)((tx, audit) => {
        if (!findClient(tx, clientId)) throw notFound('clients.notFound');
        const had = Boolean(findClientPhoto(tx, clientId));
        upsertClientPhoto(tx, { clientId, mime, data, width, height, updatedAt: now().toISOString() });
        // The picture itself stays out of the trail: its size and shape say what changed.
        audit({ entity: 'client_photo', entityId: clientId, before: { photo: had }, after: { photo: true, mime, width, height, bytes: data.length } });
      });
      return { photo: view(findClientPhoto(db, clientId)) };
    },

    'clientPhoto.remove': ({ clientId }, call) => {
      audited(db, now, call)((tx, audit) => {
        if (!findClient(tx, clientId)) throw notFound('clients.notFound');
        if (!findClientPhoto(tx, clientId)) throw notFound('dementia.photoNotFound');
        deleteClientPhoto(tx, clientId);
        audit({ entity: 'client_photo', entityId: clientId, before: { photo: true }, after: { photo: false } });
      });
      return { photo: null };
    },
  };
}
