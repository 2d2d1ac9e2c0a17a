/** How many rows a printed page holds: every page but the last, and the last (beside the closing block). */
export interface PageFit {
  perPage: number;
  lastPage: number;
}

/** Screen and print lay text out alike, but not to the pixel: a millimetre of slack keeps a row off the next page. */
const slackPx = 96 / 25.4;

const height = (element: Element | null | undefined) => element?.getBoundingClientRect().height ?? 0;

/**
 * Measures a probe sheet: a page of the document at the real sheet size, holding every row, the
 * totals, the footer and the closing block (the CSS lets it overflow instead of clipping). What is not
 * rows is the page's fixed part; the tallest row sets the row pitch, so every page holds the same number
 * of rows and none overflows. Measuring instead of counting keeps the fit right in every language:
 * Russian column headers wrap to more lines than Latvian ones, a closed month adds a stamp.
 */
export function measurePageFit(probe: HTMLElement): PageFit {
  const box = probe.getBoundingClientRect();
  const rows = [...probe.querySelectorAll(':scope .print-grid > tbody > tr')];
  const rowPitch = Math.max(1, ...rows.map(height));
  const footer = probe.querySelector(':scope > footer');
  const closing = footer?.querySelector(':scope > .print-closing');
  const end = (footer?.getBoundingClientRect().bottom ?? box.bottom) - box.top;
  // The closing block's share is from the content before it (its margins included) to the footer's end.
  const beforeClosing = closing?.previousElementSibling?.getBoundingClientRect().bottom ?? footer?.getBoundingClientRect().top ?? 0;
  const closingSpan = closing && footer ? footer.getBoundingClientRect().bottom - beforeClosing : 0;
  const totals = height(probe.querySelector(':scope .print-grid > tfoot'));
  const body = height(probe.querySelector(':scope .print-grid > tbody'));

  const fixedLast = end - body;
  const fixedOther = fixedLast - totals - closingSpan;
  const room = box.height - slackPx;
  const perPage = Math.max(1, Math.floor((room - fixedOther) / rowPitch));
  const lastPage = Math.max(1, Math.min(perPage, Math.floor((room - fixedLast) / rowPitch)));
  return { perPage, lastPage };
}
