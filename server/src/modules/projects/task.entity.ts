import { Entity, Enum, Index, ManyToOne, type Opt, Property, type Ref } from '@mikro-orm/core';
import { Field, Int, ObjectType } from 'type-graphql';
import { FirmOwned } from '../../db/firm-owned.entity.js';
import { FirmScoped } from '../../db/tenant.js';
import { DateScalar } from '../../graphql/scalars.js';
import { Department } from '../auth/roles.js';
import { User } from '../auth/user.entity.js';
import { ChecklistItem, Project } from './project.entity.js';
import { TaskPriority, TaskStatus } from './project.enums.js';

/** A task of a project, on the board in the column of its status. */
@ObjectType()
@Entity({ tableName: 'task' })
@FirmScoped()
@Index({ properties: ['project', 'status', 'position'] })
@Index({ properties: ['firm', 'assignee', 'status'] })
export class Task extends FirmOwned {
  @ManyToOne(() => Project, { ref: true, deleteRule: 'cascade' })
  project!: Ref<Project>;

  @Field(() => String)
  @Property({ type: 'string', length: 300 })
  title!: string;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  description?: string | null;

  @Field(() => Department, { nullable: true })
  @Enum({ items: () => Department, nativeEnumName: 'department', nullable: true })
  department?: Department | null;

  @ManyToOne(() => User, { ref: true, nullable: true, deleteRule: 'set null' })
  assignee?: Ref<User> | null;

  @Field(() => TaskStatus)
  @Enum({ items: () => TaskStatus, nativeEnumName: 'task_status', default: TaskStatus.TODO })
  status: TaskStatus & Opt = TaskStatus.TODO;

  @Field(() => TaskPriority)
  @Enum({ items: () => TaskPriority, nativeEnumName: 'task_priority', default: TaskPriority.NORMAL })
  priority: TaskPriority & Opt = TaskPriority.NORMAL;

  @Field(() => DateScalar, { nullable: true })
  @Property({ type: 'date', nullable: true })
  dueDate?: string | null;

  /**
   * Order within the status column: a fractional index key (`fractional-indexing`); a move takes
   * a key between its new neighbours'. Keys compare by code unit, hence collation "C".
   */
  @Field(() => String, { description: 'Order within the status column: keys sort by code unit (not by locale)' })
  @Property({ type: 'string', columnType: 'text collate "C"' })
  position!: string;

  @Field(() => [ChecklistItem])
  @Property({ type: 'json', default: '[]' })
  checklist: ChecklistItem[] & Opt = [];

  /** Tasks (of the same project) that must be done first. */
  @Property({ type: 'json', default: '[]' })
  dependsOn: string[] & Opt = [];

  @ManyToOne(() => User, { ref: true, nullable: true, deleteRule: 'set null' })
  createdBy?: Ref<User> | null;

  @Field(() => Date)
  @Property({ type: 'Date', defaultRaw: 'now()' })
  createdAt: Date & Opt = new Date();

  @Field(() => Date)
  @Property({ type: 'Date', defaultRaw: 'now()', onUpdate: () => new Date() })
  updatedAt: Date & Opt = new Date();

  /** Deleted tasks stay for history and for the DELETED event; lists leave them out. */
  @Field(() => Date, { nullable: true })
  @Property({ type: 'Date', nullable: true })
  deletedAt?: Date | null;

  @Field(() => Int)
  @Property({ type: 'integer', version: true })
  version: number & Opt = 1;
}

@ObjectType()
@Entity({ tableName: 'task_comment' })
@FirmScoped()
@Index({ properties: ['task', 'createdAt'] })
export class TaskComment extends FirmOwned {
  @ManyToOne(() => Task, { ref: true, deleteRule: 'cascade' })
  task!: Ref<Task>;

  @ManyToOne(() => User, { ref: true, nullable: true, deleteRule: 'set null' })
  author?: Ref<User> | null;

  @Field(() => String)
  @Property({ type: 'text' })
  body!: string;

  /** Users mentioned in the comment. */
  @Property({ type: 'json', default: '[]' })
  mentions: string[] & Opt = [];

  @Field(() => Date)
  @Property({ type: 'Date', defaultRaw: 'now()' })
  createdAt: Date & Opt = new Date();
}
