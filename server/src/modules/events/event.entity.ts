import { Entity, Index, ManyToOne, type Opt, PrimaryKey, Property, type Ref } from '@mikro-orm/core';
import { Firm } from '../auth/firm.entity.js';

/**
 * The firm's append-only event log: written in the transaction of the change it describes,
 * numbered by `seq` per firm in commit order. Read and written through `event-log.ts`.
 */
@Entity({ tableName: 'firm_event' })
@Index({ properties: ['firm', 'topic', 'seq'] })
@Index({ properties: ['firm', 'subjectType', 'subjectId'] })
export class FirmEvent {
  @ManyToOne(() => Firm, { ref: true, primary: true, deleteRule: 'cascade' })
  firm!: Ref<Firm>;

  @PrimaryKey({ type: 'bigint' })
  seq!: number;

  @Property({ type: 'string', length: 40 })
  topic!: string;

  @Property({ type: 'string', length: 60 })
  type!: string;

  @Property({ type: 'uuid', nullable: true })
  actorId?: string | null;

  /** The actor's name when it acted, so the log stays true after renames. */
  @Property({ type: 'string', length: 200, nullable: true })
  actorName?: string | null;

  @Property({ type: 'uuid', nullable: true })
  apiTokenId?: string | null;

  @Property({ type: 'string', length: 40, nullable: true })
  subjectType?: string | null;

  @Property({ type: 'string', length: 64, nullable: true })
  subjectId?: string | null;

  @Property({ type: 'json', nullable: true })
  data?: Record<string, unknown> | null;

  @Property({ type: 'Date', defaultRaw: 'now()' })
  at: Date & Opt = new Date();
}
