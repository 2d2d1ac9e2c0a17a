import QRCode from 'qrcode';
import { getCentre } from '#db/queries/centre';
import { itemsByIds } from '#db/queries/equipment-items';
import { inventoryNumberSchema, type LabelSheet } from '#shared/contract/equipment';
import { notFound, unauthenticated } from '../../app-error';
import type { Handlers } from '../../dispatcher';
import type { ServiceDeps } from '../service-deps';

type LabelHandlers = Pick<Handlers, 'equipment.labels.pdf'>;

/**
 * The QR code of an inventory number as an SVG path of its dark modules (one `h1v1h-1z` square each,
 * runs of a row merged). The content is the number and nothing else; a stored number that is not a valid
 * inventory number (it could never be typed, but a database is a file) is refused rather than encoded.
 */
export function qrOf(inventoryNumber: string): LabelSheet['labels'][number]['qr'] {
  const known = drawn.get(inventoryNumber);
  if (known) return known;
  if (!inventoryNumberSchema.safeParse(inventoryNumber).success) throw notFound('equipment.notFound');
  const qr = drawQr(inventoryNumber);
  // A number's code never changes: labels are reprinted by the sheet, so keep the drawn ones (bounded).
  if (drawn.size >= maxDrawn) drawn.delete(drawn.keys().next().value as string);
  drawn.set(inventoryNumber, qr);
  return qr;
}

const maxDrawn = 5000;
const drawn = new Map<string, LabelSheet['labels'][number]['qr']>();

function drawQr(inventoryNumber: string): LabelSheet['labels'][number]['qr'] {
  const { modules } = QRCode.create(inventoryNumber, { errorCorrectionLevel: 'M' });
  const { size, data } = modules;
  let path = '';
  for (let y = 0; y < size; y += 1) {
    let x = 0;
    while (x < size) {
      if (!data[y * size + x]) {
        x += 1;
        continue;
      }
      const start = x;
      while (x < size && data[y * size + x]) x += 1;
      path += `M${start} ${y}h${x - start}v1h${start - x}z`;
    }
  }
  return { size, path };
}

/** The chosen items' labels, in the order chosen, for the label sheet print page. */
export function labelHandlers({ db }: ServiceDeps): LabelHandlers {
  return {
    'equipment.labels.pdf': ({ itemIds, layout, startPosition, language }) => {
      const centre = getCentre(db);
      if (!centre) throw unauthenticated();
      const rows = new Map(itemsByIds(db, [...new Set(itemIds)]).map((row) => [row.id, row]));
      const labels = itemIds.map((id) => {
        const row = rows.get(id);
        if (!row) throw notFound('equipment.notFound');
        return { itemId: id, inventoryNumber: row.inventoryNumber, name: row.name, qr: qrOf(row.inventoryNumber) };
      });
      return { centre: { name: centre.name }, language, layout, startPosition, labels };
    },
  };
}
