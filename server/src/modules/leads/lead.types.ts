import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { ConnectionType } from '../../graphql/pagination.js';
import { Lead } from './lead.entity.js';

export enum DuplicateMatch {
  INN = 'INN',
  PHONE = 'PHONE',
  EMAIL = 'EMAIL',
}
registerEnumType(DuplicateMatch, { name: 'DuplicateMatch' });

@ObjectType({ description: 'Another lead of the firm with the same INN, phone or e-mail' })
export class LeadDuplicate {
  @Field(() => Lead)
  lead!: Lead;

  @Field(() => [DuplicateMatch])
  matchedOn!: DuplicateMatch[];
}

const LeadConnectionBase = ConnectionType('Lead', Lead);

@ObjectType('LeadConnection')
export class LeadConnection extends LeadConnectionBase {
  @Field(() => Int, { description: 'How many leads match the filter' })
  totalCount!: number;
}

@ObjectType({ description: 'A subject of the Russian Federation' })
export class Region {
  @Field(() => String)
  code!: string;

  @Field(() => String)
  name!: string;
}

@ObjectType({ description: 'An ОКВЭД 2 code with its title' })
export class OkvedCode {
  @Field(() => String)
  code!: string;

  @Field(() => String)
  title!: string;
}
