import { BlobType, Entity, ManyToOne, OneToOne, type Opt, Property, type Ref } from '@mikro-orm/core';
import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { FirmOwned } from '../../db/firm-owned.entity.js';
import { FirmScoped } from '../../db/tenant.js';
import { DateScalar } from '../../graphql/scalars.js';
import { User } from '../auth/user.entity.js';
import { PowerOfAttorney } from './poa.entity.js';

/** The largest МЧД file kept: real ones are a few kilobytes. */
export const MAX_MCHD_BYTES = 256 * 1024;

/** The signed XML of a machine-readable power of attorney, as uploaded (the latest replaces the one before), and what was read from it. */
@ObjectType('MachineReadablePoaFile', { description: 'The uploaded МЧД XML file and the facts read from it (null where the file does not carry them)' })
@Entity({ tableName: 'poa_xml_file' })
@FirmScoped()
export class PoaXmlFile extends FirmOwned {
  @OneToOne(() => PowerOfAttorney, { ref: true, owner: true, unique: true, deleteRule: 'cascade', fieldName: 'poa_id' })
  poa!: Ref<PowerOfAttorney>;

  @Field(() => String)
  @Property({ type: 'string', length: 255 })
  fileName!: string;

  @Property({ type: BlobType, lazy: true })
  content!: Buffer;

  @Field(() => Int, { description: 'Bytes' })
  @Property({ type: 'integer' })
  size!: number;

  @Field(() => String, { nullable: true, description: 'ВерсФорм: EMCHD_1, 002, 5.0x' })
  @Property({ type: 'string', length: 40, nullable: true })
  format?: string | null;

  @Field(() => String, { nullable: true, description: 'НомДовер: the registration number' })
  @Property({ type: 'string', length: 100, nullable: true })
  number?: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'ДатаВыдДовер' })
  @Property({ type: 'date', nullable: true })
  issueDate?: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'СрокДейст (or ДатаКонДовер)' })
  @Property({ type: 'date', nullable: true })
  validUntil?: string | null;

  @ManyToOne(() => User, { ref: true, nullable: true, deleteRule: 'set null' })
  uploadedBy?: Ref<User> | null;

  @Field(() => Date)
  @Property({ type: 'Date', defaultRaw: 'now()' })
  uploadedAt: Date & Opt = new Date();

  @Field(() => String, { description: 'GET the file as uploaded, with the Authorization header' })
  get url(): string & Opt {
    return `/powers-of-attorney/${this.poa.id}/xml`;
  }
}

export enum PoaXmlField {
  NUMBER = 'NUMBER',
  ISSUE_DATE = 'ISSUE_DATE',
  VALID_UNTIL = 'VALID_UNTIL',
}
registerEnumType(PoaXmlField, { name: 'PoaXmlField', description: 'A fact of a МЧД file compared with the record: the registration number, the issue date, the end date' });

@ObjectType({ description: 'A fact on which the uploaded МЧД file and the record disagree' })
export class PoaXmlMismatch {
  @Field(() => PoaXmlField) field!: PoaXmlField;
  @Field(() => String, { nullable: true, description: 'As recorded (a date as YYYY-MM-DD)' }) inRecord!: string | null;
  @Field(() => String, { description: 'As the file says' }) inFile!: string;
}
