import { memo } from 'react';
import { labelGrid, type LabelSheet } from '#shared/contract/equipment';

type Label = LabelSheet['labels'][number];

/** The QR code as drawn by the core: dark modules as one path, with a 4-module quiet zone. */
const QrCode = memo(function QrCode({ qr, title }: { qr: Label['qr']; title: string }) {
  const view = qr.size + 8;
  return (
    <svg viewBox={`-4 -4 ${view} ${view}`} role="img" aria-label={title} shapeRendering="crispEdges">
      <rect x={-4} y={-4} width={view} height={view} fill="#fff" />
      <path d={qr.path} fill="#000" />
    </svg>
  );
});

/** Sheets of labels: the first sheet skips the labels already used (before `startPosition`). */
export function LabelSheets({ sheet, sheetLabel }: { sheet: LabelSheet; sheetLabel: (page: number, pages: number) => string }) {
  const { columns, rows } = labelGrid[sheet.layout];
  const perSheet = columns * rows;
  const cells: (Label | null)[] = [...Array.from({ length: sheet.startPosition - 1 }, () => null), ...sheet.labels];
  const pages = Math.max(1, Math.ceil(cells.length / perSheet));
  return (
    <div className="label-document">
      {Array.from({ length: pages }, (_, page) => (
        <section key={page} className={`label-sheet layout-${sheet.layout}`} aria-label={sheetLabel(page + 1, pages)}>
          {cells.slice(page * perSheet, (page + 1) * perSheet).map((label, i) =>
            label ? (
              <div key={i} className="label-cell">
                <QrCode qr={label.qr} title={label.inventoryNumber} />
                <div className="label-text">
                  <div className="label-number">{label.inventoryNumber}</div>
                  <div className="label-name">{label.name}</div>
                  <div className="label-centre">{sheet.centre.name}</div>
                </div>
              </div>
            ) : (
              <div key={i} className="label-cell" />
            ),
          )}
        </section>
      ))}
    </div>
  );
}
