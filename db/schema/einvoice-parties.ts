import { integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { endpointSchemes } from '../../shared/domain/einvoice-parties';

/**
 * The centre as the seller on an e-invoice (a centre run by an NGO or company that bills the
 * municipality): one row, id 1. Latvian parties are addressed by endpoint scheme 0218 (unified
 * registration number) or 9939 (VAT number), Lithuanian ones by 0200 (legal entity code) or 9937 (VAT number).
 */
export const einvoiceSeller = sqliteTable('einvoice_seller', {
  id: integer('id').primaryKey(),
  legalName: text('legal_name').notNull(),
  registrationNumber: text('registration_number').notNull(),
  vatNumber: text('vat_number'),
  endpointScheme: text('endpoint_scheme', { enum: endpointSchemes }).notNull().default('0218'),
  street: text('street').notNull(),
  city: text('city').notNull(),
  postalCode: text('postal_code').notNull(),
  country: text('country', { enum: ['LV', 'LT'] }).notNull().default('LV'),
  iban: text('iban').notNull(),
  /** Days from the issue date to the due date. */
  paymentDays: integer('payment_days').notNull().default(30),
  updatedAt: text('updated_at').notNull(),
});

/** A paying municipality as the buyer: keyed by the payer name the decisions use. */
export const einvoiceBuyers = sqliteTable('einvoice_buyers', {
  payer: text('payer').primaryKey(),
  legalName: text('legal_name').notNull(),
  /** The municipality's institution code, sent in BuyerReference. */
  institutionCode: text('institution_code').notNull(),
  registrationNumber: text('registration_number').notNull(),
  vatNumber: text('vat_number'),
  endpointScheme: text('endpoint_scheme', { enum: endpointSchemes }).notNull().default('0218'),
  street: text('street').notNull(),
  city: text('city').notNull(),
  postalCode: text('postal_code').notNull(),
  country: text('country', { enum: ['LV', 'LT'] }).notNull().default('LV'),
  updatedAt: text('updated_at').notNull(),
});
