import { Field, Int, ObjectType } from 'type-graphql';
import { DateScalar } from '../../graphql/scalars.js';
import { User } from '../auth/user.entity.js';
import { Task } from '../projects/task.entity.js';
import { Client } from './client.entity.js';
import { Obligation } from './obligation.entity.js';

@ObjectType({ description: 'One accountant’s open work that is overdue or due by the end of the week' })
export class ControlAccountantRow {
  @Field(() => User, { nullable: true, description: 'Null for obligations nobody holds' }) accountant!: User | null;
  @Field(() => Int) overdue!: number;
  @Field(() => Int, { description: 'Open obligations due from today to Sunday' }) dueThisWeek!: number;
  @Field(() => Int) tasksOverdue!: number;
  @Field(() => Int, { description: 'Open tasks due from today to Sunday' }) tasksDueThisWeek!: number;
}

@ObjectType({ description: 'One client’s open obligations that are overdue or due by the end of the week' })
export class ControlClientRow {
  @Field(() => Client) client!: Client;
  @Field(() => Int) overdue!: number;
  @Field(() => Int) dueThisWeek!: number;
  @Field(() => Int, { description: 'How many accountants hold these items' }) accountantCount!: number;
}

@ObjectType({ description: 'The firm-wide control view: what is overdue and what falls due this week, by accountant and by client, on the firm’s calendar' })
export class ObligationControl {
  @Field(() => DateScalar, { description: 'Today in the firm’s time zone' }) today!: string;
  @Field(() => DateScalar, { description: 'Monday of this week' }) weekStart!: string;
  @Field(() => DateScalar, { description: 'Sunday of this week: “due this week” runs from today to it' }) weekEnd!: string;
  @Field(() => Int) overdue!: number;
  @Field(() => Int) dueThisWeek!: number;
  @Field(() => Int) tasksOverdue!: number;
  @Field(() => Int) tasksDueThisWeek!: number;
  @Field(() => [ControlAccountantRow], { description: 'Most overdue first' }) byAccountant!: ControlAccountantRow[];
  @Field(() => [ControlClientRow], { description: 'Most overdue first' }) byClient!: ControlClientRow[];
  @Field(() => [Obligation], { description: 'The items themselves (narrowed by accountantId or clientId), overdue first, by due date; at most `first`' }) obligations!: Obligation[];
  @Field(() => Int, { description: 'How many items match, however many `obligations` lists' }) obligationsTotal!: number;
  @Field(() => [Task], { description: 'Open project tasks overdue or due this week, by due date, at most `first`: narrowed by accountantId; none when narrowed to a client or to items nobody holds' }) tasks!: Task[];
}
