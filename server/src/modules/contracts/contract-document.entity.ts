import { BlobType, Entity, Enum, Index, ManyToOne, type Opt, Property, type Ref } from '@mikro-orm/core';
import { Field, Int, ObjectType } from 'type-graphql';
import { FirmOwned } from '../../db/firm-owned.entity.js';
import { FirmScoped } from '../../db/tenant.js';
import { User } from '../auth/user.entity.js';
import { DocumentOwner, DocumentSource, DocumentStatus } from './contract.enums.js';

/**
 * A generated document (DOCX and, where LibreOffice is installed, PDF) or a scanned signed copy,
 * stored in PostgreSQL so one backup holds the whole firm. The files are lazy: lists never read them.
 */
@ObjectType({ description: 'A generated document or a scanned signed copy of a contract, an amendment or a power of attorney' })
@Entity({ tableName: 'contract_document' })
@FirmScoped()
@Index({ properties: ['ownerId', 'createdAt'] })
export class ContractDocument extends FirmOwned {
  @Field(() => DocumentOwner)
  @Enum({ items: () => DocumentOwner, nativeEnumName: 'document_owner' })
  ownerType!: DocumentOwner;

  @Property({ type: 'uuid' })
  ownerId!: string;

  /** The contract the owner belongs to, so a contract's card finds all its documents. */
  @Property({ type: 'uuid', nullable: true })
  contractId?: string | null;

  @Field(() => DocumentSource)
  @Enum({ items: () => DocumentSource, nativeEnumName: 'document_source', default: DocumentSource.GENERATED })
  source: DocumentSource & Opt = DocumentSource.GENERATED;

  @Field(() => DocumentStatus)
  @Enum({ items: () => DocumentStatus, nativeEnumName: 'document_status', default: DocumentStatus.PENDING })
  status: DocumentStatus & Opt = DocumentStatus.PENDING;

  @Field(() => String, { description: 'File name without extension, e.g. «Договор 2026-001»' })
  @Property({ type: 'string', length: 200 })
  title!: string;

  @Property({ type: BlobType, lazy: true, nullable: true })
  docx?: Buffer | null;

  @Property({ type: BlobType, lazy: true, nullable: true })
  pdf?: Buffer | null;

  @Property({ type: BlobType, lazy: true, nullable: true })
  scan?: Buffer | null;

  @Field(() => String, { nullable: true, description: 'A scan: application/pdf, image/jpeg or image/png' })
  @Property({ type: 'string', length: 20, nullable: true })
  scanType?: string | null;

  @Field(() => Int, { nullable: true, description: 'Bytes of the scan' })
  @Property({ type: 'integer', nullable: true })
  scanSize?: number | null;

  @Field(() => Int, { nullable: true, description: 'Bytes of the DOCX' })
  @Property({ type: 'integer', nullable: true })
  docxSize?: number | null;

  @Field(() => Int, { nullable: true, description: 'Bytes of the PDF; empty where no PDF could be made' })
  @Property({ type: 'integer', nullable: true })
  pdfSize?: number | null;

  @Field(() => String, { nullable: true, description: 'Why generation failed' })
  @Property({ type: 'text', nullable: true })
  error?: string | null;

  @ManyToOne(() => User, { ref: true, nullable: true, deleteRule: 'set null' })
  requestedBy?: Ref<User> | null;

  @Field(() => Date)
  @Property({ type: 'Date', defaultRaw: 'now()' })
  createdAt: Date & Opt = new Date();

  @Field(() => Date, { nullable: true })
  @Property({ type: 'Date', nullable: true })
  readyAt?: Date | null;
}
