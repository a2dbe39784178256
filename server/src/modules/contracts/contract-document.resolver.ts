import { IsEnum, IsUUID } from 'class-validator';
import { Arg, Args, ArgsType, Authorized, Ctx, Field, FieldResolver, ID, Mutation, Resolver, Root, Subscription, type SubscribeResolverData } from 'type-graphql';
import type { Context } from '../../graphql/context.js';
import { SameForEveryViewer } from '../../graphql/live-sharing.js';
import { CurrentScope, requireSignedIn, type Scope } from '../../graphql/scope.js';
import { parseEventId, toNamedAuditEntries } from '../audit/audit.service.js';
import { AuditEntry } from '../audit/audit.types.js';
import type { StoredEvent } from '../events/event-log.js';
import { firmEventStream } from '../events/event-stream.js';
import { CONTRACTS_TOPIC } from './contract-topic.js';
import { ContractDocument } from './contract-document.entity.js';
import { Contract, ContractAmendment } from './contract.entity.js';
import { DocumentOwner } from './contract.enums.js';
import { CONTRACT_EDITORS } from './contract.policy.js';
import { PowerOfAttorney } from './poa.entity.js';

@ArgsType()
class GenerateDocumentArgs {
  @Field(() => DocumentOwner) @IsEnum(DocumentOwner) ownerType!: DocumentOwner;
  @Field(() => ID) @IsUUID() ownerId!: string;
}

@Resolver(() => ContractDocument)
export class ContractDocumentResolver {
  @Authorized(...CONTRACT_EDITORS)
  @Mutation(() => ContractDocument, { description: 'Asks for a fresh DOCX (and PDF) of a contract, amendment or power of attorney; answers at once with a PENDING document, DOCUMENT_READY follows on contractEvents' })
  generateDocument(@Args(() => GenerateDocumentArgs) { ownerType, ownerId }: GenerateDocumentArgs, @Ctx() { services }: Context, @CurrentScope() scope: Scope): Promise<ContractDocument> {
    return services.contractDocuments.request(requireSignedIn(scope), ownerType, ownerId);
  }

  @FieldResolver(() => String, { nullable: true, description: 'GET it with the Authorization header; empty until READY' })
  docxUrl(@Root() document: ContractDocument): string | null {
    return document.docxSize ? `/documents/${document.id}/docx` : null;
  }

  @FieldResolver(() => String, { nullable: true, description: 'Empty where no PDF could be made (LibreOffice not installed)' })
  pdfUrl(@Root() document: ContractDocument): string | null {
    return document.pdfSize ? `/documents/${document.id}/pdf` : null;
  }

  @FieldResolver(() => String, { nullable: true, description: 'A scanned copy: GET it with the Authorization header' })
  scanUrl(@Root() document: ContractDocument): string | null {
    return document.scanSize ? `/documents/${document.id}/scan` : null;
  }

  @Authorized()
  @Subscription(() => AuditEntry, {
    description: 'Changes of contracts, amendments, powers of attorney and their documents as they commit (of one contract with `contractId`); with `after`, the entries since that id come first',
    subscribe: ({ args, context }: SubscribeResolverData<unknown, { contractId?: string | null; after?: string | null }, Context>) => {
      const { principal } = requireSignedIn(context.scope);
      const contractId = args.contractId ?? null;
      return firmEventStream(context.services.bus, {
        firmId: principal.firmId,
        afterSeq: parseEventId(principal.firmId, 'after', args.after),
        topics: [CONTRACTS_TOPIC],
        select: (event) => !contractId || event.subjectId === contractId || event.data?.contractId === contractId,
      });
    },
  })
  @SameForEveryViewer()
  async contractEvents(
    @Root() event: StoredEvent,
    @CurrentScope() scope: Scope,
    @Arg('contractId', () => ID, { nullable: true }) _contractId?: string,
    @Arg('after', () => ID, { nullable: true }) _after?: string,
  ): Promise<AuditEntry> {
    const [entry] = await toNamedAuditEntries(scope.em, event.firmId, [event]);
    return entry!;
  }
}

@Resolver(() => Contract)
export class ContractDocumentsOfContractResolver {
  @SameForEveryViewer()
  @FieldResolver(() => [ContractDocument], { description: 'Documents of the contract, its amendments and powers of attorney, newest first' })
  documents(@Root() contract: Contract, @Ctx() { services }: Context, @CurrentScope() scope: Scope): Promise<ContractDocument[]> {
    return services.contractDocuments.ofContract(scope, contract.id);
  }
}

@Resolver(() => ContractAmendment)
export class ContractDocumentsOfAmendmentResolver {
  @SameForEveryViewer()
  @FieldResolver(() => [ContractDocument], { description: 'Documents of this amendment, newest first' })
  documents(@Root() amendment: ContractAmendment, @Ctx() { services }: Context, @CurrentScope() scope: Scope): Promise<ContractDocument[]> {
    return services.contractDocuments.ofOwner(scope, amendment.id);
  }
}

@Resolver(() => PowerOfAttorney)
export class ContractDocumentsOfPoaResolver {
  @SameForEveryViewer()
  @FieldResolver(() => [ContractDocument], { description: 'Documents of this power of attorney, newest first' })
  documents(@Root() poa: PowerOfAttorney, @Ctx() { services }: Context, @CurrentScope() scope: Scope): Promise<ContractDocument[]> {
    return services.contractDocuments.ofOwner(scope, poa.id);
  }
}
