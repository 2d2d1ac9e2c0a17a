import type { TFunction } from 'i18next';
import type { PageBlock } from './access-pages';

/** One section's part of a page: its title (marked when continued from the page before) and its table. */
export function AccessBlock({ block, t }: { block: PageBlock; t: TFunction }) {
  const { section, rows, continued } = block;
  const title = t(`privacy:access.section.${section.key}`);
  return (
    <div className="access-block">
      <h2>{continued ? `${title} (${t('privacy:access.continued')})` : title}</h2>
      {rows.length === 0 ? (
        <div className="print-empty">{t('privacy:access.none')}</div>
      ) : (
        <table className="print-grid">
          <colgroup>
            {section.columns.map((column) => (
              <col key={column.label} style={{ width: `${column.mm}mm` }} />
            ))}
          </colgroup>
          <thead>
            <tr>
              {section.columns.map((column) => (
                <th key={column.label}>{column.label}</th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((row, i) => (
              <tr key={i}>
                {row.map((cell, j) => (
                  <td key={j}>{cell}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}
