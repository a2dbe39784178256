import { Collection, Entity, Enum, Index, ManyToOne, OneToMany, type Opt, Property, type Ref, Unique } from '@mikro-orm/core';
import { Field, Int, ObjectType } from 'type-graphql';
import { FirmOwned } from '../../db/firm-owned.entity.js';
import { FirmScoped } from '../../db/tenant.js';
import { DateScalar } from '../../graphql/scalars.js';
import { User } from '../auth/user.entity.js';
import { Lead } from '../leads/lead.entity.js';
import { InfobaseMode, ProjectStatus } from './project.enums.js';

@ObjectType({ description: "A person on the client's side and the questions they decide" })
export class ClientContact {
  @Field(() => String) name!: string;
  @Field(() => String, { nullable: true }) position?: string | null;
  @Field(() => String, { nullable: true }) phone?: string | null;
  @Field(() => String, { nullable: true }) email?: string | null;
  @Field(() => String, { nullable: true, description: 'Which questions this person decides' }) decides?: string | null;
}

@ObjectType({ description: 'Whether and how the 1C infobase is handed over' })
export class InfobaseHandover {
  @Field(() => Boolean) handedOver!: boolean;
  @Field(() => String, { nullable: true, description: 'Version and configuration, e.g. «1С:Бухгалтерия 3.0»' }) configuration?: string | null;
  @Field(() => InfobaseMode, { nullable: true }) mode?: InfobaseMode | null;
  @Field(() => DateScalar, { nullable: true }) date?: string | null;
  @Field(() => String, { nullable: true }) notes?: string | null;
}

@ObjectType({ description: 'An onboarding fact to check off; the firm extends the list' })
export class ChecklistItem {
  @Field(() => String) id!: string;
  @Field(() => String) text!: string;
  @Field(() => Boolean) done!: boolean;
}

/** An onboarding project (проект в задачнике) for a lead or client. */
@ObjectType({ description: 'An onboarding project with department tasks' })
@Entity({ tableName: 'project' })
@FirmScoped()
@Index({ properties: ['firm', 'status'] })
export class Project extends FirmOwned {
  @Field(() => String)
  @Property({ type: 'string', length: 200 })
  name!: string;

  @ManyToOne(() => Lead, { ref: true, nullable: true, deleteRule: 'set null' })
  lead?: Ref<Lead> | null;

  @ManyToOne(() => User, { ref: true, nullable: true, deleteRule: 'set null' })
  coordinator?: Ref<User> | null;

  @Field(() => ProjectStatus)
  @Enum({ items: () => ProjectStatus, nativeEnumName: 'project_status', default: ProjectStatus.ACTIVE })
  status: ProjectStatus & Opt = ProjectStatus.ACTIVE;

  @Field(() => DateScalar)
  @Property({ type: 'date' })
  startDate!: string;

  @Field(() => DateScalar, { nullable: true })
  @Property({ type: 'date', nullable: true })
  dueDate?: string | null;

  @Field(() => String, { nullable: true, description: "The client's specifics of activity" })
  @Property({ type: 'text', nullable: true })
  specifics?: string | null;

  @Field(() => [ClientContact])
  @Property({ type: 'json', default: '[]' })
  contacts: ClientContact[] & Opt = [];

  @Field(() => InfobaseHandover)
  @Property({ type: 'json', default: '{"handedOver":false}' })
  infobase: InfobaseHandover & Opt = { handedOver: false };

  @Field(() => [ChecklistItem])
  @Property({ type: 'json', default: '[]' })
  checklist: ChecklistItem[] & Opt = [];

  @OneToMany(() => ProjectMember, (m) => m.project)
  members = new Collection<ProjectMember>(this);

  @Field(() => Date)
  @Property({ type: 'Date', defaultRaw: 'now()' })
  createdAt: Date & Opt = new Date();

  @Field(() => Int)
  @Property({ type: 'integer', version: true })
  version: number & Opt = 1;
}

@Entity({ tableName: 'project_member' })
@FirmScoped()
@Unique({ properties: ['project', 'user'] })
export class ProjectMember extends FirmOwned {
  @ManyToOne(() => Project, { ref: true, deleteRule: 'cascade' })
  project!: Ref<Project>;

  @ManyToOne(() => User, { ref: true, deleteRule: 'cascade', index: true })
  user!: Ref<User>;
}
