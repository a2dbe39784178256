import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import { batch, groupBy } from '../../graphql/batch.js';
import { fieldError } from '../../graphql/errors.js';
import type { Scope, SignedInScope } from '../../graphql/scope.js';
import { TENANT_FILTER } from '../../db/tenant.js';
import type { Logger } from '../../logger.js';
import { Firm } from '../auth/firm.entity.js';
import { actorOf, type Principal } from '../auth/principal.js';
import { User } from '../auth/user.entity.js';
import { appendEvents, recordedTransaction } from '../events/event-log.js';
import { Client } from '../clients/client.entity.js';
import { Lead } from '../leads/lead.entity.js';
import { PricingRun } from '../pricing/pricing-run.entity.js';
import { cleanParty, settingsOf } from './contract-settings.service.js';
import { CONTRACTS_TOPIC } from './contract-topic.js';
import { ContractDocument } from './contract-document.entity.js';
import { Contract, ContractAmendment, type PartyDetails } from './contract.entity.js';
import { clientCardDetails } from './contract.service.js';
import { DocumentOwner, DocumentSource, DocumentStatus, TemplateKind } from './contract.enums.js';
import { amendmentData, contractData, poaData, type ContractFacts, type FirmSide } from './documents/document-data.js';
import { docxToPdf } from './documents/pdf.js';
import { renderDocx } from './documents/render.js';
import { templateKindOf, type DocumentTemplateService } from './document-template.service.js';
import { scanProblem, sniffScanType } from './rules/scan-type.js';
import { PowerOfAttorney } from './poa.entity.js';

/** The pg-boss job that makes the waiting documents (any instance's worker takes it). */
export const DOCUMENTS_JOB = 'contract-documents';

/** Something that starts the documents job soon (the job queue, once the app has it). */
export interface DocumentsKick {
  (): Promise<unknown>;
}

const POA_TITLES: Record<string, string> = { TAX: 'ФНС', SOCIAL_FUND: 'СФР', STATISTICS: 'Росстат', BANK: 'банк', OTHER: '' };

/** A price given directly (no pricing run) has no breakdown: the annex shows its total only. */
async function breakdownOf(em: EntityManager, run: { id: string } | null | undefined): Promise<ContractFacts['breakdown']> {
  return run ? (await em.findOneOrFail(PricingRun, { id: run.id })).breakdown : ({ lines: [] } as unknown as ContractFacts['breakdown']);
}

async function facts(em: EntityManager, contract: Contract): Promise<ContractFacts> {
  return { ...contract, breakdown: await breakdownOf(em, contract.pricingRun) };
}

/** The firm's side of its documents: its requisites (firm settings), the city and VAT clause (contract settings). */
async function firmSide(em: EntityManager, firmId: string): Promise<FirmSide> {
  const [firm, settings] = await Promise.all([em.findOneOrFail(Firm, { id: firmId }), settingsOf(em, firmId)]);
  const details: PartyDetails = cleanParty({
    fullName: firm.fullName ?? firm.name,
    inn: firm.inn, kpp: firm.kpp, ogrn: firm.ogrn, address: firm.address,
    bankAccount: firm.bankAccount, bankName: firm.bankName, bik: firm.bik, correspondentAccount: firm.correspondentAccount,
    email: firm.email, phone: firm.phone,
    signerPosition: firm.signerPosition, signerName: firm.signerName, signerInPreamble: firm.signerInPreamble,
  });
  return { details, authority: firm.signerAuthority ?? null, city: settings.city ?? null, vatClause: settings.vatClause };
}

const NEWEST_FIRST = { orderBy: { createdAt: 'desc', id: 'asc' } } as const;
const documentsByOwner = batch<string, ContractDocument[]>({
  load: async ({ em }, ownerIds) => groupBy(await em.find(ContractDocument, { ownerId: { $in: ownerIds } }, NEWEST_FIRST), (d) => d.ownerId),
  missing: () => [],
});
const documentsByContract = batch<string, ContractDocument[]>({
  load: async ({ em }, contractIds) => groupBy(await em.find(ContractDocument, { contractId: { $in: contractIds } }, NEWEST_FIRST), (d) => d.contractId!),
  missing: () => [],
});

/**
 * Documents of contracts, amendments and powers of attorney: a request answers at once with a
 * PENDING document; the documents job makes the DOCX (and the PDF where LibreOffice is installed),
 * stores them in PostgreSQL and announces DOCUMENT_READY on the one event path.
 */
export class ContractDocumentService {
  constructor(private readonly templates: DocumentTemplateService) {}

  private kick: DocumentsKick | null = null;
  private log: Logger | null = null;

  /** The app hands over the job queue (and its log) once it has started it. */
  useQueue(kick: DocumentsKick, log: Logger): void {
    this.kick = kick;
    this.log = log;
  }

  /** Asks for a fresh document of a contract, an amendment or a power of attorney. */
  async request(scope: SignedInScope, ownerType: DocumentOwner, ownerId: string): Promise<ContractDocument> {
    const { em, principal } = scope;
    const owner = await this.owner(em, ownerType, ownerId);
    const document = await recordedTransaction(em, actorOf(principal), async (tx) => {
      const created = tx.em.create(ContractDocument, { firm: principal.firmId, ownerType, ownerId, contractId: owner.contractId, title: owner.title, requestedBy: principal.userId });
      tx.record({ topic: CONTRACTS_TOPIC, type: 'DOCUMENT_REQUESTED', subjectType: 'ContractDocument', subjectId: created.id, data: { title: created.title, ownerType, ownerId, contractId: owner.contractId } });
      return created;
    });
    // after the commit, so the worker finds the row; if this fails the every-minute run takes it
    await this.kick?.().catch((error: unknown) => scope.log.warn({ err: error }, 'documents job not queued'));
    return document;
  }

  private async owner(em: EntityManager, type: DocumentOwner, id: string): Promise<{ title: string; contractId: string | null }> {
    if (type === DocumentOwner.CONTRACT) {
      const contract = await em.findOne(Contract, { id });
      if (!contract) throw fieldError('ownerId', 'Unknown contract', 'NOT_FOUND');
      return { title: `Договор ${contract.number}`, contractId: contract.id };
    }
    if (type === DocumentOwner.AMENDMENT) {
      const amendment = await em.findOne(ContractAmendment, { id }, { populate: ['contract'] });
      if (!amendment) throw fieldError('ownerId', 'Unknown amendment', 'NOT_FOUND');
      return { title: `Доп. соглашение ${amendment.number} к договору ${amendment.contract.getEntity().number}`, contractId: amendment.contract.id };
    }
    const poa = await em.findOne(PowerOfAttorney, { id });
    if (!poa) throw fieldError('ownerId', 'Unknown power of attorney', 'NOT_FOUND');
    return { title: `Доверенность ${poa.number} ${POA_TITLES[poa.kind]}`.trim(), contractId: poa.contract?.id ?? null };
  }

  /** The documents of one owner, newest first (no file bytes); the rows of a list ask together. */
  ofOwner(scope: Scope, ownerId: string): Promise<ContractDocument[]> {
    return documentsByOwner.load(scope, ownerId);
  }

  /** The documents of a contract with its amendments and powers of attorney, newest first. */
  ofContract(scope: Scope, contractId: string): Promise<ContractDocument[]> {
    return documentsByContract.load(scope, contractId);
  }

  /** One document's file for download, within the caller's firm (`scan`: the scanned copy in its own type). */
  async file(em: EntityManager, id: string, format: 'docx' | 'pdf' | 'scan'): Promise<{ title: string; bytes: Buffer; type: string | null } | null> {
    const document = await em.findOne(ContractDocument, { id, status: DocumentStatus.READY }, { populate: [format] });
    const bytes = document?.[format];
    return document && bytes ? { title: document.title, bytes, type: document.scanType ?? null } : null;
  }

  /**
   * Attaches a scanned signed copy (PDF, JPEG or PNG, known by its first bytes) to a contract, an
   * amendment or a power of attorney; it is listed with the generated documents and has its own
   * audit entry.
   */
  async attachScan(em: EntityManager, principal: Principal, ownerType: DocumentOwner, ownerId: string, bytes: Buffer): Promise<ContractDocument> {
    const problem = scanProblem(bytes);
    if (problem) throw fieldError('file', problem.message, problem.code);
    const type = sniffScanType(bytes)!;
    const owner = await this.owner(em, ownerType, ownerId);
    return recordedTransaction(em, actorOf(principal), async (tx) => {
      const title = `Скан: ${owner.title}`;
      const scan = tx.em.create(ContractDocument, {
        firm: principal.firmId, ownerType, ownerId, contractId: owner.contractId, title, source: DocumentSource.SCAN, status: DocumentStatus.READY,
        scan: bytes, scanType: type, scanSize: bytes.length, requestedBy: principal.userId, readyAt: new Date(),
      });
      tx.record({ topic: CONTRACTS_TOPIC, type: 'SCAN_ATTACHED', subjectType: 'ContractDocument', subjectId: scan.id, data: { title, ownerType, ownerId, contractId: owner.contractId, type, size: bytes.length } });
      return scan;
    });
  }

  /**
   * Makes every waiting document, one row at a time under `for update skip locked`: two instances
   * running the job at once never make the same document twice. Answers how many were made.
   */
  async generatePending(orm: MikroORM): Promise<number> {
    const log = this.log;
    let made = 0;
    for (;;) {
      const done = await orm.em.fork().transactional(async (tx) => {
        const rows = await tx.getConnection().execute<{ id: string; firm_id: string }[]>(
          `select id, firm_id from contract_document where status = 'PENDING' order by created_at limit 1 for update skip locked`,
          [],
          'all',
          tx.getTransactionContext(),
        );
        const row = rows[0];
        if (!row) return false;
        // the transaction's own EntityManager, confined to the row's firm (a fork would leave the transaction)
        tx.setFilterParams(TENANT_FILTER, { firmId: row.firm_id });
        const em = tx;
        const document = await em.findOneOrFail(ContractDocument, { id: row.id });
        try {
          const { docx, missing } = await this.render(em, row.firm_id, document);
          if (missing.length) log?.info({ document: document.id, missing }, 'document placeholders without data');
          const pdf = await docxToPdf(docx).catch((error: unknown) => {
            log?.warn({ err: error, document: document.id }, 'PDF conversion failed');
            return null;
          });
          Object.assign(document, { docx, docxSize: docx.length, pdf, pdfSize: pdf?.length ?? null, status: DocumentStatus.READY, readyAt: new Date() });
        } catch (error) {
          log?.error({ err: error, document: document.id }, 'document generation failed');
          Object.assign(document, { status: DocumentStatus.FAILED, error: error instanceof Error ? error.message.slice(0, 500) : 'failed' });
        }
        await em.flush();
        const ready = document.status === DocumentStatus.READY;
        const data = { title: document.title, ownerType: document.ownerType, ownerId: document.ownerId, contractId: document.contractId ?? null, ...(ready ? { pdf: !!document.pdf } : { error: document.error ?? 'failed' }) };
        await appendEvents(em, { firmId: row.firm_id, userId: null, userName: null }, [
          { topic: CONTRACTS_TOPIC, type: ready ? 'DOCUMENT_READY' : 'DOCUMENT_FAILED', subjectType: 'ContractDocument', subjectId: document.id, data },
        ]);
        return true;
      });
      if (!done) return made;
      made += 1;
    }
  }

  private async render(em: EntityManager, firmId: string, document: ContractDocument) {
    const firm = await firmSide(em, firmId);
    if (document.ownerType === DocumentOwner.CONTRACT) {
      const contract = await em.findOneOrFail(Contract, { id: document.ownerId });
      return renderDocx(await this.templates.forRendering(em, TemplateKind.CONTRACT), contractData(await facts(em, contract), firm));
    }
    if (document.ownerType === DocumentOwner.AMENDMENT) {
      const amendment = await em.findOneOrFail(ContractAmendment, { id: document.ownerId });
      const contract = await em.findOneOrFail(Contract, { id: amendment.contract.id });
      const data = amendmentData({ ...amendment, breakdown: await breakdownOf(em, amendment.pricingRun) }, await facts(em, contract), firm);
      return renderDocx(await this.templates.forRendering(em, TemplateKind.AMENDMENT), data);
    }
    const poa = await em.findOneOrFail(PowerOfAttorney, { id: document.ownerId });
    const contract = poa.contract ? await em.findOne(Contract, { id: poa.contract.id }) : null;
    const employee = poa.representative ? await em.findOne(User, { id: poa.representative.id }) : null;
    const template = await this.templates.forRendering(em, templateKindOf(DocumentOwner.POWER_OF_ATTORNEY, poa.kind));
    return renderDocx(template, poaData({ ...poa, employeeName: employee?.name ?? null }, await this.principalParty(em, poa, contract), firm));
  }

  /**
   * The principal's details: the client's registration details from its card (the client it names,
   * or the one its lead became) over what the contract says (its address, its signer); without a
   * client, the contract's details, else what the lead knows.
   */
  private async principalParty(em: EntityManager, poa: PowerOfAttorney, contract: Contract | null): Promise<PartyDetails> {
    const client = poa.customer ? await em.findOne(Client, { id: poa.customer.id }) : poa.lead ? await em.findOne(Client, { lead: poa.lead.id }) : null;
    if (client) return { ...clientCardDetails(client, contract?.client ?? {}), fullName: client.fullName, inn: client.inn ?? null, kpp: client.kpp ?? null, ogrn: client.ogrn ?? null };
    if (contract) return contract.client;
    const lead = await em.findOneOrFail(Lead, { id: poa.lead!.id });
    return { fullName: lead.companyName, inn: lead.inn ?? null };
  }
}
