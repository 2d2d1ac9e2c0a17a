/** A print route's document once its data arrived: the paginated sheets, or the statement's document. */
export const printDocumentShown = '.print-document section.print-sheet, article.statement-doc';
/** What a print route shows instead when it refuses (no access, unconfirmed warnings, bad input). */
export const printRefusalShown = '[role="alert"]';
/** How long a print route may take to show its document before rendering it to PDF gives up. */
export const printReadyTimeoutMs = 60_000;
