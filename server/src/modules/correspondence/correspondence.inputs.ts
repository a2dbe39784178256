import { ArrayMaxSize, ArrayMinSize, IsBoolean, IsEnum, IsInt, IsOptional, IsUUID, Length, Matches, MaxLength, MinLength } from 'class-validator';
import { ArgsType, Field, ID, InputType, Int } from 'type-graphql';
import { PageArgs } from '../../graphql/pagination.js';
import { DateScalar } from '../../graphql/scalars.js';
import { ContactDirection, DocumentItemKind, DocumentItemStatus, EntryKind, FollowUpStatus, TimelineKind } from './correspondence.enums.js';

const WALL_TIME = /^([01]\d|2[0-3]):[0-5]\d$/;

@InputType({ description: "A promise to get back: what, who, and when on the firm's clock" })
export class FollowUpInput {
  @Field(() => String, { description: 'e.g. «Перезвонить насчёт выписок»' }) @Length(1, 500) title!: string;
  @Field(() => ID, { nullable: true, description: 'Default: the caller' }) @IsOptional() @IsUUID() ownerId?: string | null;
  @Field(() => DateScalar, { description: "The day, in the firm's time zone" }) dueDate!: string;
  @Field(() => String, { description: 'HH:MM on the firm’s clock' }) @Matches(WALL_TIME, { message: 'dueTime must be HH:MM (00:00–23:59)' }) @MinLength(5) @MaxLength(5) dueTime!: string;
}

@InputType({ description: 'A call, meeting or note to put on a lead’s or client’s timeline (name one of them)' })
export class LogEntryInput {
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID() leadId?: string | null;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID() clientId?: string | null;
  @Field(() => EntryKind, { description: 'CALL, MEETING or NOTE (a result is written by closing its follow-up)' }) @IsEnum(EntryKind) kind!: EntryKind;
  @Field(() => Date, { nullable: true, description: 'When it took place; default: now' }) @IsOptional() occurredAt?: Date | null;
  @Field(() => ContactDirection, { nullable: true, description: 'For calls and meetings: who started it' }) @IsOptional() @IsEnum(ContactDirection) direction?: ContactDirection | null;
  @Field(() => String, { nullable: true, description: "Who the firm spoke with on the client's side" }) @IsOptional() @MaxLength(200) contactName?: string | null;
  @Field(() => String) @Length(1, 10_000) summary!: string;
  @Field(() => String, { nullable: true }) @IsOptional() @MaxLength(10_000) result?: string | null;
  @Field(() => FollowUpInput, { nullable: true, description: 'A promised call-back made in this contact' }) @IsOptional() followUp?: FollowUpInput | null;
}

@InputType({ description: 'A follow-up on a timeline entry' })
export class CreateFollowUpInput extends FollowUpInput {
  @Field(() => ID, { description: 'The entry it follows up on' }) @IsUUID() entryId!: string;
}

@InputType({ description: 'Which timeline items to show; every condition given must hold' })
export class TimelineFilter {
  @Field(() => [TimelineKind], { nullable: true }) @IsOptional() @ArrayMaxSize(10) @IsEnum(TimelineKind, { each: true }) kinds?: TimelineKind[] | null;
  @Field(() => [ID], { nullable: true, description: 'Items by these people (a follow-up also by its owner)' }) @IsOptional() @ArrayMaxSize(100) @IsUUID('all', { each: true }) personIds?: string[] | null;
}

@ArgsType()
export class TimelineArgs extends PageArgs {
  @Field(() => ID, { nullable: true, description: 'A lead’s timeline (with its client’s, once accepted)' }) @IsOptional() @IsUUID() leadId?: string | null;
  @Field(() => ID, { nullable: true, description: 'A client’s timeline (with the history of the lead it came from)' }) @IsOptional() @IsUUID() clientId?: string | null;
  @Field(() => TimelineFilter, { nullable: true }) @IsOptional() filter?: TimelineFilter | null;
}

@ArgsType()
export class MyFollowUpsArgs {
  @Field(() => FollowUpStatus, { defaultValue: FollowUpStatus.OPEN }) @IsEnum(FollowUpStatus) status: FollowUpStatus = FollowUpStatus.OPEN;
}

@ArgsType()
export class CloseFollowUpArgs {
  @Field(() => ID) @IsUUID() id!: string;
  @Field(() => String, { description: 'What came of it; it goes on the timeline' }) @Length(1, 10_000) result!: string;
}

@ArgsType()
export class SearchCorrespondenceArgs extends PageArgs {
  @Field(() => String, { description: 'Words in Russian (any form: «выписка» finds «выписки»); quotes for a phrase, -word to leave out' }) @Length(1, 200) text!: string;
  @Field(() => ID, { nullable: true, description: 'Only this lead’s timeline' }) @IsOptional() @IsUUID() leadId?: string | null;
  @Field(() => ID, { nullable: true, description: 'Only this client’s timeline' }) @IsOptional() @IsUUID() clientId?: string | null;
}

@InputType({ description: 'A document asked for' })
export class DocumentItemInput {
  @Field(() => ID, { nullable: true, description: 'An item of the request being edited (it keeps its status); none for a new one' }) @IsOptional() @IsUUID() id?: string | null;
  @Field(() => DocumentItemKind) @IsEnum(DocumentItemKind) kind!: DocumentItemKind;
  @Field(() => String, { nullable: true, description: 'Default: the kind in words (required for OTHER)' }) @IsOptional() @MaxLength(500) description?: string | null;
  @Field(() => DateScalar, { nullable: true, description: 'Bank statements: first day of the period (required)' }) @IsOptional() periodFrom?: string | null;
  @Field(() => DateScalar, { nullable: true, description: 'Bank statements: last day of the period (required)' }) @IsOptional() periodTo?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @MaxLength(2000) note?: string | null;
}

@InputType({ description: 'A document request: what, by when, who chases it' })
export class DocumentRequestInput {
  @Field(() => DateScalar) dueDate!: string;
  @Field(() => ID, { nullable: true, description: 'Default: the caller' }) @IsOptional() @IsUUID() responsibleId?: string | null;
  @Field(() => [DocumentItemInput]) @ArrayMinSize(1) @ArrayMaxSize(50) items!: DocumentItemInput[];
}

@InputType({ description: 'A new document request on a lead’s or client’s timeline (name one of them)' })
export class CreateDocumentRequestInput extends DocumentRequestInput {
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID() leadId?: string | null;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID() clientId?: string | null;
}

@ArgsType()
export class UpdateDocumentRequestArgs {
  @Field(() => ID) @IsUUID() id!: string;
  @Field(() => Int, { description: 'The version the user saw' }) @IsInt() version!: number;
  @Field(() => DocumentRequestInput) input!: DocumentRequestInput;
}

@ArgsType()
export class MarkDocumentItemArgs {
  @Field(() => ID) @IsUUID() requestId!: string;
  @Field(() => ID) @IsUUID() itemId!: string;
  @Field(() => DocumentItemStatus, { description: 'RECEIVED, WAIVED, or PENDING to reopen' }) @IsEnum(DocumentItemStatus) status!: DocumentItemStatus;
  @Field(() => String, { nullable: true, description: 'How it came or why it is waived' }) @IsOptional() @MaxLength(2000) note?: string | null;
  @Field(() => ID, { nullable: true, description: 'The timeline entry (e.g. an e-mail with attachments) that brought it' }) @IsOptional() @IsUUID() entryId?: string | null;
}

@ArgsType()
export class MyDocumentRequestsArgs {
  @Field(() => Boolean, { defaultValue: true, description: 'Open ones (default), soonest due first; or complete ones, latest first' }) @IsBoolean() open: boolean = true;
}

@InputType({ description: 'The firm’s letter asking for documents; placeholders {{компания}}, {{документы}}, {{срок}}, {{сотрудник}}, {{фирма}}' })
export class DocumentRequestTemplateInput {
  @Field(() => String) @Length(1, 500) subject!: string;
  @Field(() => String) @Length(1, 20_000) body!: string;
}
