import { Entity, type Opt, PrimaryKey, Property } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';
import { Field, ID, ObjectType } from 'type-graphql';
import { DEFAULT_TIME_ZONE } from '../../clock.js';

@ObjectType({ description: 'An accounting firm: the tenant that owns its data' })
@Entity({ tableName: 'firm' })
export class Firm {
  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Field(() => String)
  @Property({ type: 'string', length: 200 })
  name!: string;

  @Field(() => String, { description: "IANA time zone of the firm's working day (today, overdue, due dates)" })
  @Property({ type: 'string', length: 64, default: DEFAULT_TIME_ZONE })
  timeZone: string & Opt = DEFAULT_TIME_ZONE;

  /** Last event number of this firm; taken under the row lock so event order is commit order. */
  @Property({ type: 'bigint', default: 0 })
  eventSeq: number & Opt = 0;

  @Property({ type: 'Date', defaultRaw: 'now()' })
  createdAt: Date & Opt = new Date();
}
