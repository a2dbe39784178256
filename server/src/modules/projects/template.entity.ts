import { Entity, type Opt, Property } from '@mikro-orm/core';
import { Field, Int, ObjectType } from 'type-graphql';
import { FirmOwned } from '../../db/firm-owned.entity.js';
import { FirmScoped } from '../../db/tenant.js';
import { Department, Role } from '../auth/roles.js';
import { TaskPriority } from './project.enums.js';

@ObjectType({ description: 'A task a template creates' })
export class TemplateTask {
  @Field(() => String, { description: 'Stable key within the template, used by dependencies' }) key!: string;
  @Field(() => String) title!: string;
  @Field(() => String, { nullable: true }) description?: string | null;
  @Field(() => Department, { nullable: true }) department?: Department | null;
  @Field(() => Role, { nullable: true, description: 'Who gets it: the holder of this role (in `department` for heads and accountants)' }) assigneeRole?: Role | null;
  @Field(() => TaskPriority, { nullable: true }) priority?: TaskPriority | null;
  @Field(() => Int, { description: 'Due this many working days after the project start' }) dueInWorkingDays!: number;
  @Field(() => [String], { description: 'Keys of tasks to finish first' }) dependsOn!: string[];
}

/** A firm-editable recipe for a project's tasks. */
@ObjectType()
@Entity({ tableName: 'project_template' })
@FirmScoped()
export class ProjectTemplate extends FirmOwned {
  @Field(() => String)
  @Property({ type: 'string', length: 200 })
  name!: string;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  description?: string | null;

  @Field(() => [TemplateTask])
  @Property({ type: 'json' })
  tasks!: TemplateTask[];

  @Field(() => Boolean)
  @Property({ type: 'boolean', default: false })
  archived: boolean & Opt = false;

  /** Exactly one per firm (a partial unique index): what «Создать проект приёма» starts from. */
  @Field(() => Boolean, { description: "The firm's default template, preselected for a new project; exactly one per firm" })
  @Property({ type: 'boolean', default: false })
  isDefault: boolean & Opt = false;

  @Field(() => Date)
  @Property({ type: 'Date', defaultRaw: 'now()' })
  createdAt: Date & Opt = new Date();

  @Field(() => Int)
  @Property({ type: 'integer', version: true })
  version: number & Opt = 1;
}
