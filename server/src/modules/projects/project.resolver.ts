import { IsInt, IsUUID } from 'class-validator';
import { Arg, Args, ArgsType, Authorized, Ctx, Field, FieldResolver, ID, Int, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../graphql/context.js';
import { SignedInScope, CurrentScope, type Scope } from '../../graphql/scope.js';
import { SameForEveryViewer, ViewerDependent } from '../../graphql/live-sharing.js';
import { loadRef, type Loaded } from '../../graphql/load.js';
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
  createProject(@Arg('input', () => CreateProjectInput) input: CreateProjectInput, @Ctx() { services }: Context, @SignedInScope() scope: SignedInScope): Promise<Project> {
    return services.projects.create(scope, input);
  }

  @Authorized()
  @Mutation(() => Project, { description: "Changes the project's facts; a stale `version` is refused with CONFLICT" })
  updateProject(@Args(() => UpdateProjectArgs) { id, version, input }: UpdateProjectArgs, @Ctx() { services }: Context, @SignedInScope() scope: SignedInScope): Promise<Project> {
    return services.projects.update(scope, id, version, input);
  }

  @Authorized()
  @Query(() => Project)
  project(@Arg('id', () => ID) id: string, @Ctx() { services }: Context, @SignedInScope() scope: SignedInScope): Promise<Project> {
    return services.projects.get(scope, uuidOrNotFound(id));
  }

  @Authorized()
  @Query(() => ProjectConnection, { description: 'The projects the caller may see, newest first' })
  projects(@Args(() => ProjectsArgs) { filter, first, after }: ProjectsArgs, @Ctx() { services }: Context, @SignedInScope() scope: SignedInScope): Promise<ProjectConnection> {
    return services.projects.list(scope, filter, first, after);
  }

  @Authorized()
  @Query(() => [ProjectTemplate])
  projectTemplates(@Ctx() { services }: Context, @SignedInScope() scope: SignedInScope): Promise<ProjectTemplate[]> {
    return services.projects.templates(scope);
  }

  @Authorized(...TEMPLATE_EDITORS)
  @Mutation(() => ProjectTemplate)
  createProjectTemplate(@Arg('input', () => ProjectTemplateInput) input: ProjectTemplateInput, @Ctx() { services }: Context, @SignedInScope() scope: SignedInScope): Promise<ProjectTemplate> {
    return services.projects.saveTemplate(scope, input);
  }

  @Authorized(...TEMPLATE_EDITORS)
  @Mutation(() => ProjectTemplate)
  updateProjectTemplate(@Args(() => UpdateTemplateArgs) { id, version, input }: UpdateTemplateArgs, @Ctx() { services }: Context, @SignedInScope() scope: SignedInScope): Promise<ProjectTemplate> {
    return services.projects.saveTemplate(scope, input, id, version);
  }

  @SameForEveryViewer()
  @FieldResolver(() => Lead, { nullable: true })
  lead(@Root() project: Project, @CurrentScope() scope: Scope): Loaded<Lead | null> {
    return loadRef(scope.em, Lead, project.lead);
  }

  @SameForEveryViewer()
  @FieldResolver(() => User, { nullable: true })
  coordinator(@Root() project: Project, @CurrentScope() scope: Scope): Loaded<User | null> {
    return loadRef(scope.em, User, project.coordinator);
  }

  @SameForEveryViewer()
  @FieldResolver(() => [User])
  members(@Root() project: Project, @Ctx() { services }: Context, @CurrentScope() scope: Scope): Promise<User[]> {
    return services.projects.members(scope, project);
  }

  @SameForEveryViewer()
  @FieldResolver(() => [Task], { description: 'The board: open and closed tasks, by status and position' })
  tasks(@Root() project: Project, @Ctx() { services }: Context, @CurrentScope() scope: Scope): Promise<Task[]> {
    return services.tasks.boardOf(scope, project.id);
  }

  @ViewerDependent()
  @FieldResolver(() => Boolean, { description: 'Whether the caller may edit this project and its tasks' })
  async viewerCanEdit(@Root() project: Project, @SignedInScope() scope: SignedInScope): Promise<boolean> {
    return (await viewerAccess(scope, project.id)).canEdit;
  }

  @ViewerDependent()
  @FieldResolver(() => Boolean, { description: 'Whether the caller may edit this project and its tasks', deprecationReason: 'Use viewerCanEdit' })
  canEdit(@Root() project: Project, @SignedInScope() scope: SignedInScope): Promise<boolean> {
    return this.viewerCanEdit(project, scope);
  }
}
