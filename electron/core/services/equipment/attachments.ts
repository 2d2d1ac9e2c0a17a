import { attachmentById, attachmentInfoById, deleteAttachment, insertAttachment, itemById } from '#db/queries/equipment-items';
import { maxAttachmentBytes } from '#shared/contract/equipment';
import { AppError, notFound } from '../../app-error';
import type { Handlers } from '../../dispatcher';
import { audited } from '../audited';
import type { ServiceDeps } from '../service-deps';
import { decodeBase64, sniffMime } from './file-type';

type AttachmentHandlers = Pick<Handlers, 'equipment.attachments.add' | 'equipment.attachments.get' | 'equipment.attachments.remove'>;

/** A refused file is the caller's input at fault: a validation error on its data, translated. */
function badFile(code: string, params: Record<string, string | number> = {}) {
  return new AppError('conflict', code, params);
}

export function attachmentHandlers({ db, now }: ServiceDeps): AttachmentHandlers {
  return {
    'equipment.attachments.add': ({ itemId, kind, fileName, dataBase64 }, call) => {
      const data = decodeBase64(dataBase64);
      if (!data || data.length === 0) throw badFile('equipment.attachmentType');
      if (data.length > maxAttachmentBytes) throw badFile('equipment.attachmentTooLarge', { max: maxAttachmentBytes / 1024 / 1024 });
      const mime = sniffMime(data);
      if (!mime) throw badFile('equipment.attachmentType');
      return audited(db, now, call)((tx, audit) => {
        if (!itemById(tx, itemId)) throw notFound('equipment.notFound');
        const info = insertAttachment(tx, { itemId, kind, fileName: fileName.trim(), mime, size: data.length, data, createdAt: now().toISOString() });
        // The file's bytes stay out of the trail: its name, type and size say what was attached.
        audit({ entity: 'equipment_attachment', entityId: info.id, after: info });
        const { itemId: _i, ...view } = info;
        return view;
      });
    },

    'equipment.attachments.get': ({ id }) => {
      const row = attachmentById(db, id);
      if (!row) throw notFound('equipment.attachmentNotFound');
      return { fileName: row.fileName, mime: row.mime, dataBase64: Buffer.from(row.data).toString('base64') };
    },

    'equipment.attachments.remove': ({ id }, call) =>
      audited(db, now, call)((tx, audit) => {
        const before = attachmentInfoById(tx, id);
        if (!before) throw notFound('equipment.attachmentNotFound');
        deleteAttachment(tx, id);
        audit({ entity: 'equipment_attachment', entityId: id, before });
        return {};
      }),
  };
}
