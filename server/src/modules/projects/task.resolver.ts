import { ArrayMaxSize, IsEnum, IsInt, IsOptional, IsUUID, Length, Min } from 'class-validator';
import { Arg, Args, ArgsType, Authorized, Ctx, Field, FieldResolver, ID, Int, Mutation, ObjectType, Query, Resolver, Root, Subscription, type SubscribeResolverData } from 'type-graphql';
import { GraphQLJSONObject } from 'graphql-scalars';
import type { Context } from '../../graphql/context.js';
import { CurrentScope, requireSignedIn, SignedInScope, type Scope } from '../../graphql/scope.js';
import { SameForEveryViewer, ViewerDependent } from '../../graphql/live-sharing.js';
import { firmEventStream } from '../events/event-stream.js';
import { loadRef, loadRefs, type Loaded } from '../../graphql/load.js';
import { historyBatch, toAuditEntry, parseEventId } from '../audit/audit.service.js';
import { AuditActor, AuditEntry } from '../audit/audit.types.js';
import { User } from '../auth/user.entity.js';
import type { StoredEvent } from '../events/event-log.js';
import { uuidOrNotFound } from '../../graphql/ids.js';
import { lastEventSeq } from '../events/event-log.js';
import { seesAllProjects, viewerRightsOnTask, visibleProject, visibleProjectIds } from './project-access.js';
import { Project } from './project.entity.js';
import { TaskEventType, TaskStatus } from './project.enums.js';
import { CreateTaskInput, UpdateTaskInput } from './project.inputs.js';
import { TASKS_TOPIC, taskEventKind, type TaskSnapshot } from './task-events.js';
import { Task, TaskComment } from './task.entity.js';
import { VersionedIdArgs } from '../../graphql/args.js';

@ArgsType()
class UpdateTaskArgs extends VersionedIdArgs {
  @Field(() => UpdateTaskInput) input!: UpdateTaskInput;
}

@ArgsType()
class ChangeTaskStatusArgs extends VersionedIdArgs {
  @Field(() => TaskStatus) @IsEnum(TaskStatus) status!: TaskStatus;
}

@ArgsType()
class AssignTaskArgs extends VersionedIdArgs {
  @Field(() => ID, { nullable: true, description: 'null leaves the task unassigned' }) @IsOptional() @IsUUID() assigneeId?: string | null;
}

@ArgsType()
class MoveTaskArgs extends VersionedIdArgs {
  @Field(() => TaskStatus, { description: 'The column to move to (may be the same)' }) @IsEnum(TaskStatus) status!: TaskStatus;
  @Field(() => Int, { description: 'Place in that column, 0 = top' }) @IsInt() @Min(0) index!: number;
}

@ArgsType()
class CommentTaskArgs {
  @Field(() => ID) @IsUUID() id!: string;
  @Field(() => String) @Length(1, 10_000) body!: string;
  @Field(() => [ID], { nullable: true, description: 'Users mentioned in the comment' }) @IsOptional() @IsUUID('all', { each: true }) @ArrayMaxSize(50) mentionIds?: string[] | null;
}

@ObjectType({ description: 'A change on a board, delivered live and replayable from its id' })
export class TaskEvent {
  @Field(() => ID, { description: 'Unique in the whole installation; pass it as `after` to resume' })
  id!: string;

  @Field(() => Int, { description: "The change's number in the firm's log, in commit order" })
  seq!: number;

  @Field(() => TaskEventType)
  type!: TaskEventType;

  @Field(() => ID)
  projectId!: string;

  @Field(() => ID)
  taskId!: string;

  @Field(() => AuditActor, { nullable: true })
  actor!: AuditActor | null;

  @Field(() => Date)
  at!: Date;

  @Field(() => GraphQLJSONObject, { nullable: true, description: 'What changed: { field: { from, to } }' })
  changes!: Record<string, unknown> | null;

  firmId!: string;
  /** The task as the change left it; events written before snapshots existed have none. */
  snapshot!: TaskSnapshot | null;
}

function toTaskEvent(event: StoredEvent): TaskEvent {
  const entry = toAuditEntry(event);
  return {
    id: entry.id,
    seq: entry.seq,
    type: taskEventKind(event)!,
    projectId: String(event.data?.projectId),
    taskId: String(event.data?.taskId),
    actor: entry.actor,
    at: entry.at,
    changes: (event.data?.changes as Record<string, unknown> | undefined) ?? null,
    firmId: event.firmId,
    snapshot: (event.data?.task as TaskSnapshot | undefined) ?? null,
  };
}

/**
 * The task as an event's snapshot shows it, so a live event needs neither a read nor an
 * EntityManager: a plain object whose relations are bare `{ id }` references, which is all the
 * Task field resolvers use (`loadRef`). Nothing writes it back.
 */
function taskFromSnapshot(firmId: string, snapshot: TaskSnapshot): Task {
  const date = (value: string | null) => (value ? new Date(value) : null);
  const ref = (id: string | null) => (id ? { id } : null);
  const task = {
    id: snapshot.id,
    firm: ref(firmId),
    project: ref(snapshot.projectId),
    title: snapshot.title,
    description: snapshot.description,
    department: snapshot.department,
    assignee: ref(snapshot.assigneeId),
    status: snapshot.status,
    priority: snapshot.priority,
    dueDate: snapshot.dueDate,
    position: snapshot.position,
    checklist: snapshot.checklist,
    dependsOn: snapshot.dependsOn,
    createdBy: ref(snapshot.createdById),
    createdAt: date(snapshot.createdAt),
    updatedAt: date(snapshot.updatedAt),
    deletedAt: date(snapshot.deletedAt),
    version: snapshot.version,
  };
  return task as unknown as Task;
}

const taskHistory = historyBatch('Task');

@Resolver(() => Task)
export class TaskResolver {
  @Authorized()
  @Mutation(() => Task)
  createTask(@Arg('input', () => CreateTaskInput) input: CreateTaskInput, @Ctx() { services }: Context, @SignedInScope() scope: SignedInScope): Promise<Task> {
    return services.tasks.create(scope, input);
  }

  @Authorized()
  @Mutation(() => Task, { description: 'Edits the task; a stale `version` gets CONFLICT with the current task in `extensions.currentTask`' })
  updateTask(@Args(() => UpdateTaskArgs) { id, version, input }: UpdateTaskArgs, @Ctx() { services }: Context, @SignedInScope() scope: SignedInScope): Promise<Task> {
    return services.tasks.update(scope, id, version, input);
  }

  @Authorized()
  @Mutation(() => Task, { description: 'Moves the task to the bottom of another column' })
  changeTaskStatus(@Args(() => ChangeTaskStatusArgs) { id, version, status }: ChangeTaskStatusArgs, @Ctx() { services }: Context, @SignedInScope() scope: SignedInScope): Promise<Task> {
    return services.tasks.changeStatus(scope, id, version, status);
  }

  @Authorized()
  @Mutation(() => Task)
  assignTask(@Args(() => AssignTaskArgs) { id, version, assigneeId }: AssignTaskArgs, @Ctx() { services }: Context, @SignedInScope() scope: SignedInScope): Promise<Task> {
    return services.tasks.assign(scope, id, version, assigneeId ?? null);
  }

  @Authorized()
  @Mutation(() => Task, { description: 'Reorders within a column or moves across columns' })
  moveTask(@Args(() => MoveTaskArgs) { id, version, status, index }: MoveTaskArgs, @Ctx() { services }: Context, @SignedInScope() scope: SignedInScope): Promise<Task> {
    return services.tasks.move(scope, id, version, status, index);
  }

  @Authorized()
  @Mutation(() => TaskComment)
  commentTask(@Args(() => CommentTaskArgs) { id, body, mentionIds }: CommentTaskArgs, @Ctx() { services }: Context, @SignedInScope() scope: SignedInScope): Promise<TaskComment> {
    return services.tasks.comment(scope, id, body, mentionIds ?? []);
  }

  @Authorized()
  @Mutation(() => Task)
  deleteTask(@Args(() => VersionedIdArgs) { id, version }: VersionedIdArgs, @Ctx() { services }: Context, @SignedInScope() scope: SignedInScope): Promise<Task> {
    return services.tasks.delete(scope, id, version);
  }

  @Authorized()
  @Query(() => Task)
  task(@Arg('id', () => ID) id: string, @Ctx() { services }: Context, @SignedInScope() scope: SignedInScope): Promise<Task> {
    return services.tasks.get(scope, uuidOrNotFound(id));
  }

  @Authorized()
  @Query(() => [Task], { description: "The caller's open tasks across projects, overdue first" })
  myTasks(@Ctx() { services }: Context, @SignedInScope() scope: SignedInScope): Promise<Task[]> {
    return services.tasks.mine(scope);
  }

  @Authorized()
  @Subscription(() => TaskEvent, {
    description: 'Task changes as they commit, of one project or (without projectId) of every project the caller may see; with `after`, the changes since that id come first',
    subscribe: async ({ args, context }: SubscribeResolverData<unknown, { projectId?: string | null; after?: string | null }, Context>) => {
      const scope = requireSignedIn(context.scope);
      const { principal } = scope;
      const afterSeq = parseEventId(principal.firmId, 'after', args.after);
      const projectId = args.projectId ? (await visibleProject(scope.em, principal, uuidOrNotFound(args.projectId))).id : null;
      // without a project, an accountant gets the projects they work in as of now (`asOf`)
      const seesSome = !projectId && !seesAllProjects(principal);
      const asOf = seesSome ? await lastEventSeq(scope.em, principal.firmId) : 0;
      const visible = seesSome ? new Set(await visibleProjectIds(scope.em, principal)) : null;
      return firmEventStream(context.services.bus, {
        firmId: principal.firmId,
        afterSeq,
        topics: [TASKS_TOPIC],
        select: (event) => !!taskEventKind(event) && (!projectId || event.data?.projectId === projectId),
        accept: visible
          ? (event) => {
              const projectId = String(event.data?.projectId);
              // a task given to this accountant later on opens its project to them from that event on
              if (event.seq > asOf && (event.data?.task as TaskSnapshot | undefined)?.assigneeId === principal.userId) visible.add(projectId);
              return visible.has(projectId);
            }
          : undefined,
      });
    },
  })
  taskEvents(
    @Root() event: StoredEvent,
    @Arg('projectId', () => ID, { nullable: true }) _projectId?: string,
    @Arg('after', () => ID, { nullable: true }) _after?: string,
  ): TaskEvent {
    return toTaskEvent(event);
  }

  @SameForEveryViewer()
  @FieldResolver(() => Project)
  async project(@Root() task: Task, @CurrentScope() scope: Scope): Promise<Project> {
    return (await loadRef(scope.em, Project, task.project))!;
  }

  @SameForEveryViewer()
  @FieldResolver(() => User, { nullable: true })
  assignee(@Root() task: Task, @CurrentScope() scope: Scope): Loaded<User | null> {
    return loadRef(scope.em, User, task.assignee);
  }

  @SameForEveryViewer()
  @FieldResolver(() => User, { nullable: true })
  createdBy(@Root() task: Task, @CurrentScope() scope: Scope): Loaded<User | null> {
    return loadRef(scope.em, User, task.createdBy);
  }

  @FieldResolver(() => [ID], { description: 'Tasks to finish first' })
  dependsOnIds(@Root() task: Task): string[] {
    return task.dependsOn;
  }

  @SameForEveryViewer()
  @FieldResolver(() => [Task], { description: 'The tasks to finish first, in the order they were named (deleted ones left out)' })
  dependencies(@Root() task: Task, @Ctx() { services }: Context, @CurrentScope() scope: Scope): Promise<Task[]> {
    return services.tasks.dependencies(scope, task);
  }

  @SameForEveryViewer()
  @FieldResolver(() => Boolean, { description: "Due before today in the firm's time zone and still open" })
  overdue(@Root() task: Task, @Ctx() { services }: Context, @SignedInScope() scope: SignedInScope): boolean {
    return services.tasks.overdue(scope, task);
  }

  @SameForEveryViewer()
  @FieldResolver(() => Int, { description: 'How many comments the task has (the count on its card)' })
  commentCount(@Root() task: Task, @Ctx() { services }: Context, @CurrentScope() scope: Scope): Promise<number> {
    return services.tasks.commentCount(scope, task.id);
  }

  @SameForEveryViewer()
  @FieldResolver(() => [TaskComment], { description: 'Oldest first' })
  comments(@Root() task: Task, @Ctx() { services }: Context, @CurrentScope() scope: Scope): Promise<TaskComment[]> {
    return services.tasks.comments(scope, task.id);
  }

  @SameForEveryViewer()
  @FieldResolver(() => [AuditEntry], { description: 'Every change: who, when, from → to' })
  history(@Root() task: Task, @SignedInScope() scope: SignedInScope): Promise<AuditEntry[]> {
    return taskHistory.load(scope, task.id);
  }

  @ViewerDependent()
  @FieldResolver(() => Boolean, { description: 'Whether the caller may edit, assign, move within its column and delete this task' })
  async viewerCanEdit(@Root() task: Task, @SignedInScope() scope: SignedInScope): Promise<boolean> {
    return (await viewerRightsOnTask(scope, task)).edit;
  }

  @ViewerDependent()
  @FieldResolver(() => Boolean, { description: "Whether the caller may change this task's status (or move it to another column)" })
  async viewerCanChangeStatus(@Root() task: Task, @SignedInScope() scope: SignedInScope): Promise<boolean> {
    return (await viewerRightsOnTask(scope, task)).changeStatus;
  }

  @ViewerDependent()
  @FieldResolver(() => Boolean, { description: 'Whether the caller may comment on this task' })
  async viewerCanComment(@Root() task: Task, @SignedInScope() scope: SignedInScope): Promise<boolean> {
    return (await viewerRightsOnTask(scope, task)).comment;
  }
}

@Resolver(() => TaskEvent)
export class TaskEventResolver {
  @SameForEveryViewer()
  @FieldResolver(() => Task, { description: 'The task as this change left it' })
  async task(@Root() event: TaskEvent, @CurrentScope() scope: Scope): Promise<Task> {
    if (event.snapshot) return taskFromSnapshot(event.firmId, event.snapshot);
    return (await scope.em.findOne(Task, { id: event.taskId }))!;
  }
}

@Resolver(() => TaskComment)
export class TaskCommentResolver {
  @SameForEveryViewer()
  @FieldResolver(() => User, { nullable: true })
  author(@Root() comment: TaskComment, @CurrentScope() scope: Scope): Loaded<User | null> {
    return loadRef(scope.em, User, comment.author);
  }

  @SameForEveryViewer()
  @FieldResolver(() => [User])
  mentions(@Root() comment: TaskComment, @CurrentScope() scope: Scope): Promise<User[]> {
    return loadRefs(scope.em, User, comment.mentions);
  }
}
