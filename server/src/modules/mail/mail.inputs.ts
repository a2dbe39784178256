import { ArrayMaxSize, IsBase64, IsEmail, IsEnum, IsInt, IsOptional, IsUUID, Length, Matches, Max, MaxLength, Min, ValidateIf } from 'class-validator';
import { ArgsType, Field, ID, InputType, Int } from 'type-graphql';
import { PageArgs } from '../../graphql/pagination.js';
import { AllowBlank } from '../../graphql/validation.js';
import { MailTemplateCode, MailTls } from './mail.enums.js';

/** A host name (with or without a domain) or an IPv4/IPv6 address. */
const HOST = /^(?:[a-z0-9_](?:[a-z0-9_-]{0,62})(?:\.[a-z0-9_](?:[a-z0-9_-]{0,62}))*\.?|[0-9a-f:]+)$/i;

@InputType({ description: 'Where a mail server is and how to log in; the password is never returned' })
export class MailServerInput {
  @Field(() => String, { description: 'e.g. smtp.yandex.ru' }) @Matches(HOST, { message: 'host must be a host name or an IP address' }) @Length(1, 253) host!: string;
  @Field(() => Int) @IsInt() @Min(1) @Max(65535) port!: number;
  @Field(() => MailTls) @IsEnum(MailTls) tls!: MailTls;
  @Field(() => String) @Length(1, 254) user!: string;
  @Field(() => String, { nullable: true, description: 'The password or app password; leave out when changing other settings to keep the stored one' })
  @IsOptional() @Length(1, 500) password?: string | null;
}

@InputType({ description: 'A mailbox of the firm' })
export class MailboxInput {
  @Field(() => String, { description: 'What the firm calls it, e.g. «Общий ящик»' }) @Length(1, 100) label!: string;
  @Field(() => String) @IsEmail() @MaxLength(254) address!: string;
  @Field(() => String, { description: 'The name letters are sent under' }) @Length(1, 200) senderName!: string;
  @Field(() => String, { defaultValue: '' }) @MaxLength(5_000) signature: string = '';
  @Field(() => MailServerInput) smtp!: MailServerInput;
  @Field(() => MailServerInput) imap!: MailServerInput;
  @Field(() => String, { nullable: true, description: 'The IMAP folder for copies of sent letters; default: the folder the server marks \\Sent' })
  @IsOptional() @MaxLength(200) sentFolder?: string | null;
}

@ArgsType()
export class UpdateMailboxArgs {
  @Field(() => ID) @IsUUID() id!: string;
  @Field(() => MailboxInput) input!: MailboxInput;
}

@InputType({ description: 'A file to send, its bytes in base64' })
export class MailAttachmentInput {
  @Field(() => String) @Length(1, 255) filename!: string;
  @Field(() => String, { description: 'MIME type, e.g. application/pdf' }) @Length(3, 255) contentType!: string;
  @Field(() => String, { description: 'The bytes, base64 (10 MB each, 20 MB a letter)' }) @IsBase64() @Length(1, 14_000_000) contentBase64!: string;
}

@InputType({ description: 'A letter to send from one of the firm’s mailboxes, on a lead’s or client’s timeline' })
export class SendMailInput {
  @Field(() => ID) @IsUUID() mailboxId!: string;
  @Field(() => ID, { nullable: true, description: 'The lead whose timeline it goes on (or clientId)' }) @IsOptional() @IsUUID() leadId?: string | null;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID() clientId?: string | null;
  @Field(() => [String]) @ArrayMaxSize(50) @IsEmail({}, { each: true }) @MaxLength(254, { each: true }) to!: string[];
  @Field(() => [String], { nullable: true }) @IsOptional() @ArrayMaxSize(50) @IsEmail({}, { each: true }) @MaxLength(254, { each: true }) cc?: string[] | null;
  @Field(() => String) @Length(1, 500) subject!: string;
  @Field(() => String, { description: 'Plain text; the mailbox’s signature is added under it' }) @AllowBlank() @MaxLength(100_000) body!: string;
  @Field(() => [MailAttachmentInput], { nullable: true }) @IsOptional() @ArrayMaxSize(20) attachments?: MailAttachmentInput[] | null;
  @Field(() => ID, { nullable: true, description: 'The letter this answers (In-Reply-To and References follow it)' }) @IsOptional() @IsUUID() replyToId?: string | null;
  @Field(() => ID, { nullable: true, description: 'The letter this forwards (its attachments go along)' }) @IsOptional() @IsUUID() @ValidateIf((o: SendMailInput) => !o.replyToId) forwardOfId?: string | null;
}

@ArgsType()
export class MailDraftArgs {
  @Field(() => MailTemplateCode) @IsEnum(MailTemplateCode) template!: MailTemplateCode;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID() leadId?: string | null;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID() clientId?: string | null;
}

@ArgsType()
export class UpdateMailTemplateArgs {
  @Field(() => MailTemplateCode) @IsEnum(MailTemplateCode) code!: MailTemplateCode;
  @Field(() => String) @Length(1, 500) subject!: string;
  @Field(() => String) @Length(1, 20_000) body!: string;
}

@ArgsType()
export class AssignMailArgs {
  @Field(() => ID) @IsUUID() id!: string;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID() leadId?: string | null;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID() clientId?: string | null;
}

@ArgsType()
export class MailTriageArgs extends PageArgs {}
