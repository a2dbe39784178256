import type { App } from '../src/app.js';
import { firmEntityManager } from '../src/graphql/tenant-em.js';
import { User } from '../src/modules/auth/user.entity.js';
import { Client } from '../src/modules/clients/client.entity.js';
import { ContractDocument } from '../src/modules/contracts/contract-document.entity.js';
import { Contract, ContractAmendment } from '../src/modules/contracts/contract.entity.js';
import { DocumentOwner, DocumentStatus, PoaKind, RepresentativeKind } from '../src/modules/contracts/contract.enums.js';
import { PowerOfAttorney } from '../src/modules/contracts/poa.entity.js';
import { PricingRun } from '../src/modules/pricing/pricing-run.entity.js';
import { ServiceArea } from '../src/modules/pricing/pricing.enums.js';
import type { ListWorld } from './list-world.js';

export interface ContractsWorld {
  /** The first has `size` amendments, powers of attorney and documents of each kind. */
  contractIds: string[];
}

const worlds = new WeakMap<ListWorld, ContractsWorld>();

/** The contracts of a list world. */
export const contractsOf = (world: ListWorld): ContractsWorld => worlds.get(world)!;

/**
 * The list world's contracts: `size` contracts signed by both sides (every other one with a client), each with a signed amendment
 * and a power of attorney to an employee (one reissuing another); the first contract with `size`
 * amendments, powers of attorney and documents.
 */
export async function addContracts(app: App, world: ListWorld): Promise<void> {
  const firm = world.owner.firmId;
  const em = firmEntityManager(app.orm, firm);
  const users = await em.find(User, {}, { orderBy: { id: 'asc' } });
  const runs = await em.find(PricingRun, { id: { $in: world.runIds } });
  // every other contract is with one of the world's clients directly (their card lists it)
  const clients = await em.find(Client, {}, { orderBy: { id: 'asc' } });
  const range = Array.from({ length: world.size }, (_, i) => i);
  const signed = { firmSignedOn: '2026-01-12', firmSigner: 'Директор', clientSignedOn: '2026-01-13', clientSigner: 'Клиент' };
  const contracts = range.map((i) =>
    em.create(Contract, {
      firm, lead: world.runsLeadId, pricingRun: runs[i]!, price: runs[i]!.price, number: `2026-${String(i + 1).padStart(3, '0')}`, year: 2026, sequence: i + 1,
      date: '2026-01-12', startDate: '2026-02-01', serviceAreas: [ServiceArea.TAXES], client: { fullName: `ООО «Клиент ${i}»` }, manager: users[i % users.length]!, ...signed,
      customer: i % 2 && clients.length ? clients[i % clients.length]! : null,
    }),
  );
  const amendment = (contract: Contract, ordinal: number, i: number) =>
    em.create(ContractAmendment, { firm, contract, ordinal, number: String(ordinal), date: '2026-02-01', effectiveFrom: `2026-03-${String((ordinal % 28) + 1).padStart(2, '0')}`, pricingRun: runs[i % runs.length]!, price: 100_000 * ordinal, ...signed });
  const poa = (contract: Contract, i: number, replaces: PowerOfAttorney | null = null) =>
    em.create(PowerOfAttorney, {
      // a client's contract: the client is the principal
      firm, contract, lead: contract.customer ? null : world.runsLeadId, customer: contract.customer ?? null, number: `Д-${contract.number}-${i}`, year: 2026, sequence: 1000 + contracts.indexOf(contract) * world.size + i, kind: PoaKind.TAX,
      representativeKind: RepresentativeKind.EMPLOYEE, representative: users[i % users.length]!, powers: 'представлять интересы', issueDate: '2026-01-13', validUntil: `2027-01-${String((i % 28) + 1).padStart(2, '0')}`, issuedOn: '2026-01-13', replaces,
    });
  const document = (contract: Contract, ownerType: DocumentOwner, ownerId: string, i: number) =>
    em.create(ContractDocument, { firm, ownerType, ownerId, contractId: contract.id, title: `Документ ${i}`, status: DocumentStatus.READY, docxSize: 100, pdfSize: 200 });
  contracts.forEach((contract, i) => {
    if (i > 0) {
      amendment(contract, 1, i);
      const first = poa(contract, 0);
      poa(contract, 1, first);
    }
  });
  const [first] = contracts;
  for (const i of range) {
    const a = amendment(first!, i + 1, i);
    const p = poa(first!, i);
    document(first!, DocumentOwner.CONTRACT, first!.id, i);
    document(first!, DocumentOwner.AMENDMENT, a.id, i);
    document(first!, DocumentOwner.POWER_OF_ATTORNEY, p.id, i);
  }
  await em.flush();
  worlds.set(world, { contractIds: contracts.map((c) => c.id) });
}
