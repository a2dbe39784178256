import { Entity, Index, ManyToOne, type Opt, Property, type Ref, Unique } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { FirmOwned } from '../../db/firm-owned.entity.js';
import { FirmScoped } from '../../db/tenant.js';
import { DateScalar } from '../../graphql/scalars.js';
import { User } from '../auth/user.entity.js';
import { Client } from '../clients/client.entity.js';
import { Lead } from '../leads/lead.entity.js';
import { DocumentItemKind, DocumentItemStatus, DocumentRequestStatus } from './correspondence.enums.js';

/** One document asked for; stored inside its request (they are read and written together). */
@ObjectType({ description: 'A document the firm needs from the client, and whether it came' })
export class DocumentRequestItem {
  @Field(() => ID) id!: string;
  @Field(() => DocumentItemKind) kind!: DocumentItemKind;
  @Field(() => String, { description: 'e.g. «Выписки по расчётному счёту в Сбербанке»' }) description!: string;
  @Field(() => DateScalar, { nullable: true, description: 'For bank statements: the first day of the period' }) periodFrom?: string | null;
  @Field(() => DateScalar, { nullable: true, description: 'For bank statements: the last day of the period' }) periodTo?: string | null;
  @Field(() => String, { nullable: true, description: 'What the firm adds for the client' }) note?: string | null;
  @Field(() => DocumentItemStatus) status!: DocumentItemStatus;
  @Field(() => String, { nullable: true, description: 'How it came, or why it was waived' }) resolutionNote?: string | null;
  /** The timeline entry (e.g. an e-mail with attachments) that brought it. */
  entryId?: string | null;
  @Field(() => Date, { nullable: true }) resolvedAt?: string | null;
  resolvedById?: string | null;
}

/** A document request: what the firm needs from a lead or client, by when, and who chases it. */
@ObjectType({ description: 'A request for documents from a lead or client, item by item' })
@Entity({ tableName: 'document_request' })
@FirmScoped()
@Index({ properties: ['firm', 'lead', 'createdAt'] })
@Index({ properties: ['firm', 'client', 'createdAt'] })
@Index({ properties: ['firm', 'responsible', 'status', 'dueDate'] })
export class DocumentRequest extends FirmOwned {
  @ManyToOne(() => Lead, { ref: true, nullable: true, deleteRule: 'cascade' })
  lead?: Ref<Lead> | null;

  @ManyToOne(() => Client, { ref: true, nullable: true, deleteRule: 'cascade' })
  client?: Ref<Client> | null;

  @Field(() => DateScalar, { description: "The day the documents are due (the firm's calendar)" })
  @Property({ type: 'date' })
  dueDate!: string;

  @ManyToOne(() => User, { ref: true, deleteRule: 'cascade' })
  responsible!: Ref<User>;

  @Field(() => [DocumentRequestItem])
  @Property({ type: 'json' })
  items!: DocumentRequestItem[];

  @Field(() => DocumentRequestStatus, { description: 'Derived from the items' })
  @Property({ type: 'string', length: 20, default: DocumentRequestStatus.OPEN })
  status: DocumentRequestStatus & Opt = DocumentRequestStatus.OPEN;

  /** The words search finds the request by: its items' descriptions and notes. */
  @Property({ type: 'text', default: '' })
  searchText: string & Opt = '';

  @ManyToOne(() => User, { ref: true, nullable: true, deleteRule: 'set null' })
  createdBy?: Ref<User> | null;

  @Field(() => Date)
  @Property({ type: 'Date', defaultRaw: 'now()' })
  createdAt: Date & Opt = new Date();

  /** When the responsible person was told it is overdue: once, by whichever instance claims it. */
  @Property({ type: 'Date', nullable: true })
  overdueNotifiedAt?: Date | null;

  @Field(() => Int)
  @Property({ type: 'integer', version: true })
  version: number & Opt = 1;
}

/** A firm's text for a kind of letter, with {{placeholders}}; the built-in one until the firm saves its own. */
@Entity({ tableName: 'correspondence_template' })
@FirmScoped()
@Unique({ properties: ['firm', 'kind'] })
export class CorrespondenceTemplate extends FirmOwned {
  @Property({ type: 'string', length: 40 })
  kind!: string;

  @Property({ type: 'string', length: 500 })
  subject!: string;

  @Property({ type: 'text' })
  body!: string;

  @Property({ type: 'Date', defaultRaw: 'now()' })
  updatedAt: Date & Opt = new Date();
}
