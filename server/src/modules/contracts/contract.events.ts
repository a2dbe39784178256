import { z } from 'zod';
import { defineEvents, withChanges, type PayloadsOf } from '../events/catalogue.js';

export const CONTRACT_CHANGES = ['date', 'startDate', 'counterpartyNumber', 'serviceAreas', 'paymentTerms', 'manager', 'client', 'pricingRun', 'price'] as const;
export const POA_CHANGES = ['kind', 'representativeKind', 'representative', 'powers', 'issueDate', 'validUntil', 'machineReadable', 'registrationNumber'] as const;
// firmDetails: entries written before the firm's side moved to its requisites
export const CONTRACT_SETTINGS_CHANGES = ['contractNumberPattern', 'poaNumberPattern', 'poaWarningDays', 'unsignedReminderDays', 'city', 'firmDetails', 'vatClause'] as const;

const signature = z.object({ number: z.string(), contractId: z.string(), on: z.string(), signer: z.string(), channel: z.string().nullable(), status: z.string() });
const amendment = z.object({ number: z.string(), contractId: z.string(), contractNumber: z.string() });
const scan = z.object({ title: z.string(), ownerType: z.string(), ownerId: z.string(), contractId: z.string().nullable(), type: z.string(), size: z.number().int() });
const template = z.object({ kind: z.string(), fileName: z.string() });
const document = z.object({ title: z.string(), ownerType: z.string(), ownerId: z.string(), contractId: z.string().nullable(), pdf: z.boolean().optional(), error: z.string().optional() });

/** Contracts, their amendments, powers of attorney and the documents generated for them. */
export const contractEvents = defineEvents('contracts', {
  CONTRACT_CREATED: { subjectType: 'Contract', payload: z.object({ number: z.string(), leadId: z.string().nullable(), clientId: z.string().nullable().optional(), price: z.number().int() }), money: ['price'] },
  CONTRACT_UPDATED: {
    subjectType: 'Contract',
    payload: withChanges({ number: z.string() }, CONTRACT_CHANGES),
    changes: CONTRACT_CHANGES,
    money: ['price'],
    references: { manager: 'User' },
  },
  CONTRACT_SENT: { subjectType: 'Contract', payload: z.object({ number: z.string(), on: z.string() }) },
  CONTRACT_SIGNED_BY_FIRM: { subjectType: 'Contract', payload: signature },
  CONTRACT_SIGNED_BY_CLIENT: { subjectType: 'Contract', payload: signature },
  CONTRACT_ORIGINAL_RECEIVED: { subjectType: 'Contract', payload: z.object({ number: z.string(), on: z.string() }) },
  CONTRACT_TERMINATED: { subjectType: 'Contract', payload: z.object({ number: z.string(), on: z.string(), reason: z.string() }) },
  AMENDMENT_CREATED: { subjectType: 'ContractAmendment', payload: amendment.extend({ price: z.number().int(), effectiveFrom: z.string() }), money: ['price'] },
  AMENDMENT_SENT: { subjectType: 'ContractAmendment', payload: amendment.extend({ on: z.string() }) },
  AMENDMENT_SIGNED_BY_FIRM: { subjectType: 'ContractAmendment', payload: signature },
  AMENDMENT_SIGNED_BY_CLIENT: { subjectType: 'ContractAmendment', payload: signature },
  CONTRACT_SETTINGS_CHANGED: { subjectType: 'ContractSettings', payload: withChanges({}, CONTRACT_SETTINGS_CHANGES), changes: CONTRACT_SETTINGS_CHANGES },
  POA_CREATED: { subjectType: 'PowerOfAttorney', payload: z.object({ number: z.string(), kind: z.string(), contractId: z.string().nullable(), leadId: z.string().nullable().optional(), clientId: z.string().nullable().optional(), replacesId: z.string().nullable().optional() }) },
  POA_UPDATED: { subjectType: 'PowerOfAttorney', payload: withChanges({ number: z.string() }, POA_CHANGES), changes: POA_CHANGES, references: { representative: 'User' } },
  POA_ISSUED: { subjectType: 'PowerOfAttorney', payload: z.object({ number: z.string(), on: z.string(), validUntil: z.string() }) },
  POA_REVOKED: { subjectType: 'PowerOfAttorney', payload: z.object({ number: z.string(), on: z.string(), reason: z.string() }) },
  // recorded by the daily job (no actor) on the firm's first day past the end
  POA_EXPIRED: { subjectType: 'PowerOfAttorney', payload: z.object({ number: z.string(), on: z.string(), validUntil: z.string() }) },
  // mismatches: the facts on which the file and the record disagree (NUMBER, ISSUE_DATE, VALID_UNTIL)
  POA_XML_UPLOADED: { subjectType: 'PowerOfAttorney', payload: z.object({ number: z.string(), fileName: z.string(), mismatches: z.array(z.string()) }) },
  DOCUMENT_REQUESTED: { subjectType: 'ContractDocument', payload: document },
  DOCUMENT_READY: { subjectType: 'ContractDocument', payload: document },
  DOCUMENT_FAILED: { subjectType: 'ContractDocument', payload: document },
  SCAN_ATTACHED: { subjectType: 'ContractDocument', payload: scan },
  TEMPLATE_UPLOADED: { subjectType: 'DocumentTemplate', payload: template.extend({ active: z.boolean(), unknownPlaceholders: z.array(z.string()) }) },
  TEMPLATE_ACTIVATED: { subjectType: 'DocumentTemplate', payload: template },
  TEMPLATE_RESET: { subjectType: 'DocumentTemplate', payload: template },
});

export type ContractEventPayloads = PayloadsOf<typeof contractEvents>;

declare module '../events/catalogue.js' {
  interface DeclaredEvents extends PayloadsOf<typeof contractEvents> {}
}
