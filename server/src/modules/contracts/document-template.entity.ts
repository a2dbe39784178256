import { BlobType, Entity, Enum, ManyToOne, type Opt, Property, type Ref, Unique } from '@mikro-orm/core';
import { Field, Int, ObjectType } from 'type-graphql';
import { FirmOwned } from '../../db/firm-owned.entity.js';
import { FirmScoped } from '../../db/tenant.js';
import { User } from '../auth/user.entity.js';
import { TemplateKind } from './contract.enums.js';

/**
 * The firm's own DOCX template of one kind, stored in PostgreSQL like the generated files. One per
 * kind: a new upload replaces it, and removing it brings back the shipped default. A template with
 * placeholders the data does not give waits, not active, until the owner confirms it.
 */
@ObjectType({ description: "The firm's uploaded DOCX template of one kind" })
@Entity({ tableName: 'document_template' })
@FirmScoped()
@Unique({ properties: ['firm', 'kind'] })
export class DocumentTemplate extends FirmOwned {
  @Field(() => TemplateKind)
  @Enum({ items: () => TemplateKind, nativeEnumName: 'template_kind' })
  kind!: TemplateKind;

  @Field(() => String)
  @Property({ type: 'string', length: 200 })
  fileName!: string;

  @Property({ type: BlobType, lazy: true })
  docx!: Buffer;

  @Field(() => Int, { description: 'Bytes' })
  @Property({ type: 'integer' })
  size!: number;

  @Field(() => [String], { description: 'Every placeholder the template uses, as written' })
  @Property({ type: 'json', default: '[]' })
  placeholders: string[] & Opt = [];

  @Field(() => [String], { description: 'Placeholders the data does not give: they would come out empty' })
  @Property({ type: 'json', default: '[]' })
  unknownPlaceholders: string[] & Opt = [];

  @Field(() => Boolean, { description: 'Used for new documents; one with unknown placeholders waits for the owner to confirm it' })
  @Property({ type: 'boolean', default: false })
  active: boolean & Opt = false;

  @ManyToOne(() => User, { ref: true, nullable: true, deleteRule: 'set null' })
  uploadedBy?: Ref<User> | null;

  @Field(() => Date)
  @Property({ type: 'Date', defaultRaw: 'now()' })
  uploadedAt: Date & Opt = new Date();
}
