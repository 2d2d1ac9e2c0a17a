import type { Executor } from '#db/client';
import { getBuyer, getSeller } from '#db/queries/einvoice-parties';
import { monthBounds } from '#shared/domain/month';
import { addDays } from '#shared/domain/dates';
import type { UiLanguage } from '#shared/contract/common';
import { AppError } from '../../app-error';
import type { InvoiceSource, InvoiceSourceLine } from './einvoice-source';
import { invoiceSourceLines, statementOf } from './statement-source';
import { reportText } from './report-text';

export const futureMonth = (month: string) => new AppError('conflict', 'municipalReports.futureMonth', { month });

/** A month is exported once it is over: its last day is before today. */
export function assertMonthOver(month: string, today: string): void {
  if (monthBounds(month).last >= today) throw futureMonth(month);
}

/**
 * VAT rules the price list does not enforce but EN 16931 does: a standard-rated line has a rate above
 * zero (BR-S-05), and services not subject to VAT are invoiced alone (BR-O-11). Refused, not sent broken.
 */
export function assertInvoiceVat(lines: readonly Pick<InvoiceSourceLine, 'name' | 'vatCategory' | 'vatRateBp'>[]): void {
  const unrated = lines.find((l) => l.vatCategory === 'S' && l.vatRateBp <= 0);
  if (unrated) throw new AppError('conflict', 'municipalReports.vatRateMissing', { unit: unrated.name });
  const notSubject = lines.filter((l) => l.vatCategory === 'O').length;
  if (notSubject > 0 && notSubject < lines.length) throw new AppError('conflict', 'municipalReports.vatNotSubjectMixed');
}

/** The invoice's number: the payer and the month, so a second export of the same month is the same invoice. */
export const invoiceNumber = (payer: string, month: string) => `${payer.replace(/[^A-Za-z0-9-]/g, '').toUpperCase()}-${month}`;

/**
 * Everything an e-invoice is made from, read in the caller's transaction: the statement, the seller
 * (the centre) and the buyer (the paying municipality). Missing details are translated refusals.
 */
export function invoiceSource(db: Executor, input: { month: string; payer: string; today: string; language: UiLanguage }): InvoiceSource {
  const { month, payer, today, language } = input;
  assertMonthOver(month, today);
  const seller = getSeller(db);
  if (!seller) throw new AppError('conflict', 'municipalReports.sellerMissing');
  const buyer = getBuyer(db, payer);
  if (!buyer) throw new AppError('conflict', 'municipalReports.buyerMissing', { payer });
  const lines = invoiceSourceLines(statementOf(db, month, payer), reportText(language));
  if (lines.length === 0) throw new AppError('conflict', 'municipalReports.noPayerClients', { payer });
  assertInvoiceVat(lines);
  const { first, last } = monthBounds(month);
  return {
    number: invoiceNumber(payer, month),
    issueDate: today,
    dueDate: addDays(today, seller.paymentDays),
    month: { first, last },
    language,
    seller: { ...seller },
    buyer: { ...buyer },
    lines,
  };
}
