/**
 * Large packages load when first used, not when the core starts: the browser host must show its login
 * page within moments of starting (issue 13), and exceljs or the e-invoice generator (with its own
 * spreadsheet and PDF libraries) alone cost a few hundred milliseconds to load.
 */
export async function loadExcel() {
  return (await import('exceljs')).default;
}

export async function loadInvoiceService() {
  return (await import('@e-invoice-eu/core')).InvoiceService;
}
