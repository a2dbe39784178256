import { Entity, ManyToOne, PrimaryKey, type Ref } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';
import { Field, ID, ObjectType } from 'type-graphql';
import { Firm } from '../modules/auth/firm.entity.js';

/**
 * What every firm-owned row has: a UUID and its firm. Subclasses add `@FirmScoped()` so every
 * query of them is confined to the caller's firm.
 */
@ObjectType()
@Entity({ abstract: true })
export abstract class FirmOwned {
  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => Firm, { ref: true, deleteRule: 'cascade' })
  firm!: Ref<Firm>;
}
