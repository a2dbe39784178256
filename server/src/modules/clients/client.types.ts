import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { DateScalar } from '../../graphql/scalars.js';
import { ConnectionType } from '../../graphql/pagination.js';
import { User } from '../auth/user.entity.js';
import { Client } from './client.entity.js';
import { ObligationStatus } from './client.enums.js';
import { Obligation } from './obligation.entity.js';
import { ObligationKind, ServiceArea } from './schedule-link.js';

@ObjectType('ClientConnection')
export class ClientConnection extends ConnectionType('Client', Client) {
  @Field(() => Int) totalCount!: number;
}

@ObjectType('ObligationConnection')
export class ObligationConnection extends ConnectionType('Obligation', Obligation) {
  @Field(() => Int) totalCount!: number;
}

@ObjectType({ description: 'One service area of a client: who holds it today' })
export class ClientArea {
  @Field(() => ServiceArea) area!: ServiceArea;
  @Field(() => Boolean, { description: 'The firm serves the client in this area' }) served!: boolean;
  @Field(() => User, { nullable: true, description: 'The accountant responsible today' }) accountant!: User | null;
  @Field(() => DateScalar, { nullable: true }) since!: string | null;
  @Field(() => Boolean, { description: 'Whether the caller may assign this area' }) viewerCanAssign!: boolean;
}

export enum ScheduleRemoval {
  DELETE = 'DELETE',
  NOT_REQUIRED = 'NOT_REQUIRED',
}
registerEnumType(ScheduleRemoval, { name: 'ScheduleRemoval', description: 'DELETE: untouched, removed; NOT_REQUIRED: begun or noted, kept as not required' });

@ObjectType({ description: 'One item of a schedule diff' })
export class ScheduleDiffItem {
  @Field(() => String) key!: string;
  @Field(() => String) code!: string;
  @Field(() => ObligationKind) kind!: ObligationKind;
  @Field(() => String) title!: string;
  @Field(() => String) period!: string;
  @Field(() => ServiceArea) area!: ServiceArea;
  @Field(() => DateScalar, { description: 'The due date after the change (for a removal: the stored one)' }) dueDate!: string;
  @Field(() => DateScalar, { nullable: true, description: 'The stored due date, for a re-dated item' }) previousDueDate!: string | null;
  @Field(() => ObligationStatus, { nullable: true, description: 'The stored item’s status' }) status!: ObligationStatus | null;
  @Field(() => ScheduleRemoval, { nullable: true }) removal!: ScheduleRemoval | null;
  @Field(() => Boolean) provisional!: boolean;
}

@ObjectType({ description: 'What recomputing a client’s schedule from its profile would change; DONE items are never touched' })
export class ClientScheduleDiff {
  @Field(() => Client) client!: Client;
  @Field(() => String, { description: 'Pass it to applyClientScheduleDiff: a diff that has changed since is refused' }) digest!: string;
  @Field(() => Boolean) empty!: boolean;
  @Field(() => [ScheduleDiffItem], { description: 'New items, and items brought back after an earlier change dropped them' }) added!: ScheduleDiffItem[];
  @Field(() => [ScheduleDiffItem]) removed!: ScheduleDiffItem[];
  @Field(() => [ScheduleDiffItem]) redated!: ScheduleDiffItem[];
  @Field(() => [ScheduleDiffItem], { description: 'DONE items the new schedule drops or dates differently: kept as they are' }) keptDone!: ScheduleDiffItem[];
  @Field(() => Int, { description: 'Items that stop being provisional: an official production calendar now dates them (applied with the diff, even an empty one)' }) confirmed!: number;
}
