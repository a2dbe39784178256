import { Arg, Args, Authorized, Ctx, Field, FieldResolver, ID, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { firmToday } from '../../clock.js';
import type { Context } from '../../graphql/context.js';
import { uuidOrNotFound } from '../../graphql/ids.js';
import { SameForEveryViewer, ViewerDependent } from '../../graphql/live-sharing.js';
import { loadRef, type Loaded } from '../../graphql/load.js';
import { CurrentScope, SignedInScope, type Scope } from '../../graphql/scope.js';
import { User } from '../auth/user.entity.js';
import { Client } from '../clients/client.entity.js';
import { Lead } from '../leads/lead.entity.js';
import { CreateDocumentRequestInput, DocumentRequestTemplateInput, MarkDocumentItemArgs, MyDocumentRequestsArgs, UpdateDocumentRequestArgs } from './correspondence.inputs.js';
import { mayEditDocumentRequest, TEMPLATE_EDITORS } from './correspondence.policy.js';
import { DocumentRequest, DocumentRequestItem } from './document-request.entity.js';
import { isRequestOverdue, TEMPLATE_PLACEHOLDERS } from './document-request-rules.js';
import { TimelineEntry } from './timeline.entity.js';

@ObjectType({ description: "A document request's letter in Russian, rendered from the firm's template: copy it, or send it by e-mail" })
export class DocumentRequestLetter {
  @Field(() => String) subject!: string;
  @Field(() => String) body!: string;
}

@ObjectType({ description: "The firm's letter for document requests, with {{placeholders}}" })
export class DocumentRequestTemplate {
  @Field(() => String) subject!: string;
  @Field(() => String) body!: string;
  @Field(() => Boolean, { description: 'The firm’s own text (false: the built-in one)' }) custom!: boolean;
  @Field(() => [String], { description: 'What may be written in {{ }}: компания, документы (what is still awaited), срок, сотрудник (the person responsible), фирма' }) placeholders!: string[];
}

const templateView = (t: { subject: string; body: string; custom: boolean }): DocumentRequestTemplate => ({ ...t, placeholders: [...TEMPLATE_PLACEHOLDERS] });

@Resolver(() => DocumentRequest)
export class DocumentRequestResolver {
  @Authorized()
  @Query(() => DocumentRequest)
  documentRequest(@Arg('id', () => ID) id: string, @Ctx() { services }: Context, @SignedInScope() scope: SignedInScope): Promise<DocumentRequest> {
    return services.documentRequests.get(scope, uuidOrNotFound(id));
  }

  @Authorized()
  @Query(() => [DocumentRequest], { description: "«Мои запросы документов»: the caller's requests, open ones soonest due first (default), or complete ones; up to 200" })
  myDocumentRequests(@Args(() => MyDocumentRequestsArgs) { open }: MyDocumentRequestsArgs, @Ctx() { services }: Context, @SignedInScope() scope: SignedInScope): Promise<DocumentRequest[]> {
    return services.documentRequests.mine(scope, open);
  }

  @Authorized()
  @Query(() => DocumentRequestLetter, { description: "The request's letter, rendered from the firm's template (what is still awaited, the due day, who asks)" })
  documentRequestText(@Arg('id', () => ID) id: string, @Ctx() { services }: Context, @SignedInScope() scope: SignedInScope): Promise<DocumentRequestLetter> {
    return services.documentRequests.letter(scope, uuidOrNotFound(id));
  }

  @Authorized()
  @Query(() => DocumentRequestTemplate)
  async documentRequestTemplate(@Ctx() { services }: Context, @SignedInScope() scope: SignedInScope): Promise<DocumentRequestTemplate> {
    return templateView(await services.documentRequests.template(scope));
  }

  @Authorized()
  @Mutation(() => DocumentRequest, { description: "Asks a lead or client for documents; it goes on the timeline, the responsible person's list and, when overdue, their notifications" })
  createDocumentRequest(@Arg('input', () => CreateDocumentRequestInput) input: CreateDocumentRequestInput, @Ctx() { services }: Context, @SignedInScope() scope: SignedInScope): Promise<DocumentRequest> {
    return services.documentRequests.create(scope, input);
  }

  @Authorized()
  @Mutation(() => DocumentRequest, { description: 'Edits the due day, the responsible person and the items (items named by id keep what came of them)' })
  updateDocumentRequest(@Args(() => UpdateDocumentRequestArgs) { id, version, input }: UpdateDocumentRequestArgs, @Ctx() { services }: Context, @SignedInScope() scope: SignedInScope): Promise<DocumentRequest> {
    return services.documentRequests.update(scope, id, version, input);
  }

  @Authorized()
  @Mutation(() => DocumentRequest, { description: 'Checks an item off: RECEIVED (with a note or the timeline entry that brought it), WAIVED, or PENDING again' })
  markDocumentRequestItem(@Args(() => MarkDocumentItemArgs) args: MarkDocumentItemArgs, @Ctx() { services }: Context, @SignedInScope() scope: SignedInScope): Promise<DocumentRequest> {
    return services.documentRequests.markItem(scope, args);
  }

  @Authorized(...TEMPLATE_EDITORS)
  @Mutation(() => DocumentRequestTemplate, { description: "Saves the firm's letter for document requests; unknown placeholders are refused" })
  async setDocumentRequestTemplate(@Arg('input', () => DocumentRequestTemplateInput) input: DocumentRequestTemplateInput, @Ctx() { services }: Context, @SignedInScope() scope: SignedInScope): Promise<DocumentRequestTemplate> {
    return templateView(await services.documentRequests.setTemplate(scope, input));
  }

  @SameForEveryViewer()
  @FieldResolver(() => Lead, { nullable: true })
  lead(@Root() request: DocumentRequest, @CurrentScope() scope: Scope): Loaded<Lead | null> {
    return loadRef(scope.em, Lead, request.lead);
  }

  @SameForEveryViewer()
  @FieldResolver(() => Client, { nullable: true })
  client(@Root() request: DocumentRequest, @CurrentScope() scope: Scope): Loaded<Client | null> {
    return loadRef(scope.em, Client, request.client);
  }

  @SameForEveryViewer()
  @FieldResolver(() => User)
  async responsible(@Root() request: DocumentRequest, @CurrentScope() scope: Scope): Promise<User> {
    return (await loadRef(scope.em, User, request.responsible))!;
  }

  @SameForEveryViewer()
  @FieldResolver(() => User, { nullable: true })
  createdBy(@Root() request: DocumentRequest, @CurrentScope() scope: Scope): Loaded<User | null> {
    return loadRef(scope.em, User, request.createdBy);
  }

  @SameForEveryViewer()
  @FieldResolver(() => Boolean, { description: "Still awaiting documents after its due day, on the firm's calendar" })
  overdue(@Root() request: DocumentRequest, @SignedInScope() scope: SignedInScope): boolean {
    return isRequestOverdue(request, firmToday(scope.clock, scope.principal.timeZone));
  }

  @ViewerDependent()
  @FieldResolver(() => Boolean, { description: 'Whether the caller may edit it and check its items off' })
  viewerCanEdit(@Root() request: DocumentRequest, @SignedInScope() scope: SignedInScope): boolean {
    return mayEditDocumentRequest(scope.principal, request);
  }
}

@Resolver(() => DocumentRequestItem)
export class DocumentRequestItemResolver {
  @SameForEveryViewer()
  @FieldResolver(() => TimelineEntry, { nullable: true, description: 'The timeline entry (e.g. an e-mail with attachments) that brought it' })
  entry(@Root() item: DocumentRequestItem, @CurrentScope() scope: Scope): Loaded<TimelineEntry | null> {
    return loadRef(scope.em, TimelineEntry, item.entryId);
  }

  @SameForEveryViewer()
  @FieldResolver(() => User, { nullable: true })
  resolvedBy(@Root() item: DocumentRequestItem, @CurrentScope() scope: Scope): Loaded<User | null> {
    return loadRef(scope.em, User, item.resolvedById);
  }
}
