import { ArrayMaxSize, IsBoolean, IsEnum, IsInt, IsOptional, IsString, IsUUID, Length, Max, MaxLength, Min } from 'class-validator';
import { MAX_CURSOR_LENGTH } from '../../graphql/keyset.js';
import { ArgsType, Field, ID, InputType, Int } from 'type-graphql';
import { DateScalar } from '../../graphql/scalars.js';
import { Department, Role } from '../auth/roles.js';
import { InfobaseMode, ProjectStatus, TaskPriority, TaskStatus } from './project.enums.js';

@InputType()
export class ClientContactInput {
  @Field(() => String) @Length(1, 200) name!: string;
  @Field(() => String, { nullable: true }) @IsOptional() @MaxLength(200) position?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @MaxLength(40) phone?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @MaxLength(254) email?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @MaxLength(1000) decides?: string | null;
}

@InputType()
export class InfobaseHandoverInput {
  @Field(() => Boolean) @IsBoolean() handedOver!: boolean;
  @Field(() => String, { nullable: true }) @IsOptional() @MaxLength(200) configuration?: string | null;
  @Field(() => InfobaseMode, { nullable: true }) @IsOptional() @IsEnum(InfobaseMode) mode?: InfobaseMode | null;
  @Field(() => DateScalar, { nullable: true }) @IsOptional() date?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @MaxLength(2000) notes?: string | null;
}

@InputType()
export class ChecklistItemInput {
  @Field(() => String, { nullable: true, description: 'Keep the id of an existing item; new items get one' }) @IsOptional() @MaxLength(40) id?: string | null;
  @Field(() => String) @Length(1, 500) text!: string;
  @Field(() => Boolean) @IsBoolean() done!: boolean;
}

@InputType()
export class CreateProjectInput {
  @Field(() => String) @Length(1, 200) name!: string;
  @Field(() => ID, { nullable: true, description: 'The lead (future client) the project is for' }) @IsOptional() @IsUUID() leadId?: string | null;
  @Field(() => ID, { nullable: true, description: 'Default: the creator when a coordinator, else none' }) @IsOptional() @IsUUID() coordinatorId?: string | null;
  @Field(() => [ID], { nullable: true }) @IsOptional() @IsUUID('all', { each: true }) @ArrayMaxSize(100) memberIds?: string[] | null;
  @Field(() => DateScalar, { nullable: true, description: 'Default: today' }) @IsOptional() startDate?: string | null;
  @Field(() => DateScalar, { nullable: true }) @IsOptional() dueDate?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @MaxLength(10_000) specifics?: string | null;
  @Field(() => ID, { nullable: true, description: 'Create the tasks of this template' }) @IsOptional() @IsUUID() templateId?: string | null;
  @Field(() => [ClientContactInput], { nullable: true, description: "The client's people, e.g. the lead's contact person" }) @IsOptional() @ArrayMaxSize(50) contacts?: ClientContactInput[] | null;
}

@InputType({ description: 'The fields to change; absent fields stay as they are' })
export class UpdateProjectInput {
  @Field(() => String, { nullable: true }) @IsOptional() @Length(1, 200) name?: string | null;
  @Field(() => ProjectStatus, { nullable: true }) @IsOptional() @IsEnum(ProjectStatus) status?: ProjectStatus | null;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID() coordinatorId?: string | null;
  @Field(() => [ID], { nullable: true }) @IsOptional() @IsUUID('all', { each: true }) @ArrayMaxSize(100) memberIds?: string[] | null;
  @Field(() => DateScalar, { nullable: true }) @IsOptional() startDate?: string | null;
  @Field(() => DateScalar, { nullable: true }) @IsOptional() dueDate?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @MaxLength(10_000) specifics?: string | null;
  @Field(() => [ClientContactInput], { nullable: true }) @IsOptional() @ArrayMaxSize(50) contacts?: ClientContactInput[] | null;
  @Field(() => InfobaseHandoverInput, { nullable: true }) @IsOptional() infobase?: InfobaseHandoverInput | null;
  @Field(() => [ChecklistItemInput], { nullable: true }) @IsOptional() @ArrayMaxSize(200) checklist?: ChecklistItemInput[] | null;
}

@InputType()
export class ProjectFilter {
  @Field(() => [ProjectStatus], { nullable: true }) @IsOptional() @IsEnum(ProjectStatus, { each: true }) @ArrayMaxSize(20) statuses?: ProjectStatus[] | null;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID() coordinatorId?: string | null;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID() leadId?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @MaxLength(200) search?: string | null;
}

@ArgsType()
export class ProjectsArgs {
  @Field(() => ProjectFilter, { nullable: true }) @IsOptional() filter?: ProjectFilter | null;
  @Field(() => Int, { defaultValue: 50 }) @IsInt() @Min(1) @Max(200) first: number = 50;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(MAX_CURSOR_LENGTH) after?: string | null;
}

@InputType()
export class CreateTaskInput {
  @Field(() => ID) @IsUUID() projectId!: string;
  @Field(() => String) @Length(1, 300) title!: string;
  @Field(() => String, { nullable: true }) @IsOptional() @MaxLength(20_000) description?: string | null;
  @Field(() => Department, { nullable: true }) @IsOptional() @IsEnum(Department) department?: Department | null;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID() assigneeId?: string | null;
  @Field(() => TaskStatus, { nullable: true, description: 'Default TODO' }) @IsOptional() @IsEnum(TaskStatus) status?: TaskStatus | null;
  @Field(() => TaskPriority, { nullable: true }) @IsOptional() @IsEnum(TaskPriority) priority?: TaskPriority | null;
  @Field(() => DateScalar, { nullable: true }) @IsOptional() dueDate?: string | null;
  @Field(() => [ChecklistItemInput], { nullable: true }) @IsOptional() @ArrayMaxSize(100) checklist?: ChecklistItemInput[] | null;
}

@InputType({ description: 'The fields to change; absent fields stay as they are (use assignTask, changeTaskStatus and moveTask for those)' })
export class UpdateTaskInput {
  @Field(() => String, { nullable: true }) @IsOptional() @Length(1, 300) title?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @MaxLength(20_000) description?: string | null;
  @Field(() => Department, { nullable: true }) @IsOptional() @IsEnum(Department) department?: Department | null;
  @Field(() => TaskPriority, { nullable: true }) @IsOptional() @IsEnum(TaskPriority) priority?: TaskPriority | null;
  @Field(() => DateScalar, { nullable: true }) @IsOptional() dueDate?: string | null;
  @Field(() => Boolean, { nullable: true, description: 'true removes the due date' }) @IsOptional() @IsBoolean() clearDueDate?: boolean | null;
  @Field(() => [ChecklistItemInput], { nullable: true }) @IsOptional() @ArrayMaxSize(100) checklist?: ChecklistItemInput[] | null;
}

@InputType()
export class TemplateTaskInput {
  @Field(() => String) @Length(1, 40) key!: string;
  @Field(() => String) @Length(1, 300) title!: string;
  @Field(() => String, { nullable: true }) @IsOptional() @MaxLength(20_000) description?: string | null;
  @Field(() => Department, { nullable: true }) @IsOptional() @IsEnum(Department) department?: Department | null;
  @Field(() => Role, { nullable: true }) @IsOptional() @IsEnum(Role) assigneeRole?: Role | null;
  @Field(() => TaskPriority, { nullable: true }) @IsOptional() @IsEnum(TaskPriority) priority?: TaskPriority | null;
  @Field(() => Int) @IsInt() @Min(0) @Max(365) dueInWorkingDays!: number;
  @Field(() => [String], { nullable: true }) @IsOptional() @ArrayMaxSize(50) @MaxLength(40, { each: true }) dependsOn?: string[] | null;
}

@InputType()
export class ProjectTemplateInput {
  @Field(() => String) @Length(1, 200) name!: string;
  @Field(() => String, { nullable: true }) @IsOptional() @MaxLength(5000) description?: string | null;
  @Field(() => [TemplateTaskInput]) @ArrayMaxSize(200) tasks!: TemplateTaskInput[];
  @Field(() => Boolean, { nullable: true }) @IsOptional() @IsBoolean() archived?: boolean | null;
  @Field(() => Boolean, { nullable: true, description: "Make this the firm's default template (the one before it stops being it)" }) @IsOptional() @IsBoolean() isDefault?: boolean | null;
}
