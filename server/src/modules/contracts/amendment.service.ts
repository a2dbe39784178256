import { LockMode, type EntityManager } from '@mikro-orm/postgresql';
import { conflict, fieldError, notFound } from '../../graphql/errors.js';
import type { Scope, SignedInScope } from '../../graphql/scope.js';
import { actorOf } from '../auth/principal.js';
import { recordedTransaction, type RecordingTransaction } from '../events/event-log.js';
import { PricingRun } from '../pricing/pricing-run.entity.js';
import { CONTRACTS_TOPIC } from './contract-topic.js';
import { Contract, ContractAmendment } from './contract.entity.js';
import { ContractParty, ContractStatus } from './contract.enums.js';
import type { CreateAmendmentInput, SignatureInput } from './contract.inputs.js';
import { amendmentsOf, applySignature, signatureData, today } from './contract.service.js';
import { contractStatus } from './rules/status.js';

/** Amendments (дополнительные соглашения): a new pricing run and price from a date, with their own signatures. */
export class AmendmentService {
  /** Drafts the next amendment of a contract signed by both sides. */
  async create(scope: SignedInScope, input: CreateAmendmentInput): Promise<ContractAmendment> {
    const { em, principal } = scope;
    return recordedTransaction(em, actorOf(principal), async (tx) => {
      const contract = await tx.em.findOne(Contract, { id: input.contractId }, { lockMode: LockMode.PESSIMISTIC_WRITE });
      if (!contract) throw fieldError('input.contractId', 'Unknown contract', 'NOT_FOUND');
      await tx.em.refresh(contract);
      if (contractStatus(contract) !== ContractStatus.SIGNED_BOTH) throw fieldError('input.contractId', 'Only a contract signed by both sides (and not terminated) is amended', 'CONTRACT_NOT_SIGNED');
      const run = input.pricingRunId ? await tx.em.findOne(PricingRun, { id: input.pricingRunId }) : null;
      if (input.pricingRunId && (!run || run.lead.id !== contract.lead?.id)) throw fieldError('input.pricingRunId', "The pricing run must be one of the contract's lead", 'RUN_OF_ANOTHER_LEAD');
      if (!run && !input.price) throw fieldError(contract.lead ? 'input.pricingRunId' : 'input.price', 'Choose a pricing run or give the new price per month', 'PRICE_REQUIRED');
      if (input.effectiveFrom < contract.startDate) throw fieldError('input.effectiveFrom', 'The new price cannot apply before the service starts', 'BEFORE_START');
      const date = input.date ?? today(scope);
      if (date < contract.date) throw fieldError('input.date', 'An amendment cannot be dated before its contract', 'BEFORE_CONTRACT');
      const last = await tx.em.findOne(ContractAmendment, { contract }, { orderBy: { ordinal: 'desc' } });
      const ordinal = (last?.ordinal ?? 0) + 1;
      const amendment = tx.em.create(ContractAmendment, {
        firm: principal.firmId,
        contract,
        ordinal,
        number: String(ordinal),
        date,
        effectiveFrom: input.effectiveFrom,
        pricingRun: run,
        price: run?.price ?? input.price!,
        createdBy: principal.userId,
      });
      tx.record({
        topic: CONTRACTS_TOPIC,
        type: 'AMENDMENT_CREATED',
        subjectType: 'ContractAmendment',
        subjectId: amendment.id,
        data: { number: amendment.number, contractId: contract.id, contractNumber: contract.number, price: amendment.price, effectiveFrom: amendment.effectiveFrom },
      });
      return amendment;
    });
  }

  private async locked(em: EntityManager, id: string, version: number): Promise<{ amendment: ContractAmendment; contract: Contract }> {
    const amendment = await em.findOne(ContractAmendment, { id }, { lockMode: LockMode.PESSIMISTIC_WRITE });
    if (!amendment) throw notFound('Amendment');
    await em.refresh(amendment);
    if (amendment.version !== version) throw conflict('Someone has changed this amendment since you opened it', { currentVersion: amendment.version });
    const contract = await em.findOneOrFail(Contract, { id: amendment.contract.id });
    return { amendment, contract };
  }

  private change(scope: SignedInScope, id: string, version: number, apply: (a: ContractAmendment, c: Contract, tx: RecordingTransaction) => void): Promise<ContractAmendment> {
    return recordedTransaction(scope.em, actorOf(scope.principal), async (tx) => {
      const { amendment, contract } = await this.locked(tx.em, id, version);
      if (contract.terminatedOn) throw fieldError('id', 'The contract is terminated', 'CONTRACT_TERMINATED');
      apply(amendment, contract, tx);
      return amendment;
    });
  }

  /** Records that the amendment went to the client for signing. */
  send(scope: SignedInScope, id: string, version: number, on?: string | null): Promise<ContractAmendment> {
    return this.change(scope, id, version, (amendment, contract, tx) => {
      if (contractStatus(amendment) !== ContractStatus.DRAFT) throw fieldError('id', 'Only a draft is sent for signing', 'NOT_A_DRAFT');
      amendment.sentOn = on ?? today(scope);
      tx.record({ topic: CONTRACTS_TOPIC, type: 'AMENDMENT_SENT', subjectType: 'ContractAmendment', subjectId: amendment.id, data: { number: amendment.number, contractId: contract.id, contractNumber: contract.number, on: amendment.sentOn } });
    });
  }

  /** Records one side's signature on the amendment; signed by both, its price joins the history. */
  sign(scope: SignedInScope, id: string, version: number, input: SignatureInput): Promise<ContractAmendment> {
    return this.change(scope, id, version, (amendment, contract, tx) => {
      applySignature(amendment, input, input.on ?? today(scope));
      const type = input.party === ContractParty.FIRM ? 'AMENDMENT_SIGNED_BY_FIRM' : 'AMENDMENT_SIGNED_BY_CLIENT';
      tx.record({ topic: CONTRACTS_TOPIC, type, subjectType: 'ContractAmendment', subjectId: amendment.id, data: signatureData(amendment, contract, input.party, contractStatus(amendment)) });
    });
  }

  async get({ em }: Scope, id: string): Promise<ContractAmendment> {
    const amendment = await em.findOne(ContractAmendment, { id });
    if (!amendment) throw notFound('Amendment');
    return amendment;
  }

  amendments(scope: Scope, contract: Contract): Promise<ContractAmendment[]> {
    return amendmentsOf(scope, contract);
  }
}
