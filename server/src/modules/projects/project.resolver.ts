import { IsInt, IsUUID } from 'class-validator';
import { Arg, Args, ArgsType, Authorized, Ctx, Field, FieldResolver, ID, Int, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../graphql/context.js';
import { SameForEveryViewer, ViewerDependent } from '../../graphql/live-sharing.js';
import { requirePrincipal } from '../../graphql/auth-checker.js';
import { loadRef } from '../../graphql/load.js';
import { ConnectionType } from '../../graphql/pagination.js';
import { User } from '../auth/user.entity.js';
import { Lead } from '../leads/lead.entity.js';
import { uuidOrNotFound } from '../../graphql/ids.js';
import { viewerAccess } from './project-access.js';
import { PROJECT_OPENERS, TEMPLATE_EDITORS } from './project.policy.js';
import { Project } from './project.entity.js';
import { CreateProjectInput, ProjectsArgs, ProjectTemplateInput, UpdateProjectInput } from './project.inputs.js';
import { Task } from './task.entity.js';
import { ProjectTemplate } from './template.entity.js';
import { VersionedIdArgs } from '../../graphql/args.js';

@ArgsType()
class UpdateProjectArgs extends VersionedIdArgs {
  @Field(() => UpdateProjectInput) input!: UpdateProjectInput;
}

@ArgsType()
class UpdateTemplateArgs extends VersionedIdArgs {
  @Field(() => ProjectTemplateInput) input!: ProjectTemplateInput;
}

const ProjectConnectionBase = ConnectionType('Project', Project);

@ObjectType('ProjectConnection')
class ProjectConnection extends ProjectConnectionBase {
  @Field(() => Int)
  totalCount!: number;
}

@Resolver(() => Project)
export class ProjectResolver {
  @Authorized(...PROJECT_OPENERS)
  @Mutation(() => Project, { description: 'Opens a project; with `templateId`, creates the template tasks for the holders of their roles' })
  createProject(@Arg('input', () => CreateProjectInput) input: CreateProjectInput, @Ctx() ctx: Context): Promise<Project> {
    return ctx.services.projects.create(ctx.em, requirePrincipal(ctx), input);
  }

  @Authorized()
  @Mutation(() => Project, { description: "Changes the project's facts; a stale `version` is refused with CONFLICT" })
  updateProject(@Args(() => UpdateProjectArgs) { id, version, input }: UpdateProjectArgs, @Ctx() ctx: Context): Promise<Project> {
    return ctx.services.projects.update(ctx.em, requirePrincipal(ctx), id, version, input);
  }

  @Authorized()
  @Query(() => Project)
  project(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<Project> {
    return ctx.services.projects.get(ctx.em, requirePrincipal(ctx), uuidOrNotFound(id));
  }

  @Authorized()
  @Query(() => ProjectConnection, { description: 'The projects the caller may see, newest first' })
  projects(@Args(() => ProjectsArgs) { filter, first, after }: ProjectsArgs, @Ctx() ctx: Context): Promise<ProjectConnection> {
    return ctx.services.projects.list(ctx.em, requirePrincipal(ctx), filter, first, after);
  }

  @Authorized()
  @Query(() => [ProjectTemplate])
  projectTemplates(@Ctx() ctx: Context): Promise<ProjectTemplate[]> {
    return ctx.services.projects.templates(ctx.em);
  }

  @Authorized(...TEMPLATE_EDITORS)
  @Mutation(() => ProjectTemplate)
  createProjectTemplate(@Arg('input', () => ProjectTemplateInput) input: ProjectTemplateInput, @Ctx() ctx: Context): Promise<ProjectTemplate> {
    return ctx.services.projects.saveTemplate(ctx.em, requirePrincipal(ctx), input);
  }

  @Authorized(...TEMPLATE_EDITORS)
  @Mutation(() => ProjectTemplate)
  updateProjectTemplate(@Args(() => UpdateTemplateArgs) { id, version, input }: UpdateTemplateArgs, @Ctx() ctx: Context): Promise<ProjectTemplate> {
    return ctx.services.projects.saveTemplate(ctx.em, requirePrincipal(ctx), input, id, version);
  }

  @SameForEveryViewer()
  @FieldResolver(() => Lead, { nullable: true })
  lead(@Root() project: Project, @Ctx() ctx: Context): Promise<Lead | null> {
    return loadRef(ctx.em, Lead, project.lead);
  }

  @SameForEveryViewer()
  @FieldResolver(() => User, { nullable: true })
  coordinator(@Root() project: Project, @Ctx() ctx: Context): Promise<User | null> {
    return loadRef(ctx.em, User, project.coordinator);
  }

  @SameForEveryViewer()
  @FieldResolver(() => [User])
  members(@Root() project: Project, @Ctx() ctx: Context): Promise<User[]> {
    return ctx.services.projects.members(ctx.em, project);
  }

  @SameForEveryViewer()
  @FieldResolver(() => [Task], { description: 'The board: open and closed tasks, by status and position' })
  tasks(@Root() project: Project, @Ctx() ctx: Context): Promise<Task[]> {
    return ctx.services.tasks.boardOf(ctx.em, project.id);
  }

  @ViewerDependent()
  @FieldResolver(() => Boolean, { description: 'Whether the caller may edit this project and its tasks' })
  async viewerCanEdit(@Root() project: Project, @Ctx() ctx: Context): Promise<boolean> {
    return (await viewerAccess(() => ctx.em, requirePrincipal(ctx), project.id)).canEdit;
  }

  @ViewerDependent()
  @FieldResolver(() => Boolean, { description: 'Whether the caller may edit this project and its tasks', deprecationReason: 'Use viewerCanEdit' })
  canEdit(@Root() project: Project, @Ctx() ctx: Context): Promise<boolean> {
    return this.viewerCanEdit(project, ctx);
  }
}
