import { Arg, Args, Authorized, Ctx, Field, FieldResolver, ID, Int, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { readRows } from '../../db/rows.js';
import { batch, groupBy } from '../../graphql/batch.js';
import type { Context } from '../../graphql/context.js';
import { SameForEveryViewer } from '../../graphql/live-sharing.js';
import { loadRef, type Loaded } from '../../graphql/load.js';
import { uuidOrNotFound } from '../../graphql/ids.js';
import { ConnectionType } from '../../graphql/pagination.js';
import { CurrentScope, SignedInScope, type Scope } from '../../graphql/scope.js';
import { User } from '../auth/user.entity.js';
import { Client } from '../clients/client.entity.js';
import { TimelineEntry } from '../correspondence/timeline.entity.js';
import { Lead } from '../leads/lead.entity.js';
import { MailAddress, MailAttachment, MailMessage, Mailbox } from './mail.entity.js';
import { MailTemplateCode } from './mail.enums.js';
import { AssignMailArgs, MailDraftArgs, MailboxInput, MailTriageArgs, SendMailInput, UpdateMailboxArgs, UpdateMailTemplateArgs } from './mail.inputs.js';
import { MailboxCheck } from './mail-connect.js';
import { hasRemoteImages, withoutRemoteImages } from './mail-html.js';
import { MAIL_LINK } from './mail-timeline.js';
import { TEMPLATE_PLACEHOLDERS } from './mail-templates.js';

@ObjectType({ description: 'One of the firm’s letter templates; {{placeholders}} are filled for the lead or client' })
export class MailTemplate {
  @Field(() => MailTemplateCode) code!: MailTemplateCode;
  @Field(() => String, { description: 'The template’s name in Russian' }) name!: string;
  @Field(() => String) subject!: string;
  @Field(() => String) body!: string;
  @Field(() => Boolean, { description: 'Whether the firm wrote its own text (else the default)' }) edited!: boolean;
  @Field(() => [String], { description: 'The placeholders a template may use, e.g. компания' }) placeholders!: string[];
}

@ObjectType({ description: 'A letter to edit before sending: a template filled in, addressed to the contacts' })
export class MailDraft {
  @Field(() => String) subject!: string;
  @Field(() => String) body!: string;
  @Field(() => [MailAddress]) to!: MailAddress[];
}

@ObjectType('MailTriageConnection')
class MailTriageConnection extends ConnectionType('MailTriage', MailMessage) {
  @Field(() => Int) totalCount!: number;
}

const withPlaceholders = <T extends object>(template: T): T & { placeholders: string[] } => ({ ...template, placeholders: [...TEMPLATE_PLACEHOLDERS] });

@Resolver()
export class MailResolver {
  @Authorized()
  @Query(() => [Mailbox], { description: 'The firm’s mailboxes (settings without passwords), oldest first' })
  mailboxes(@Ctx() { services }: Context, @SignedInScope() scope: SignedInScope): Promise<Mailbox[]> {
    return services.mailboxes.list(scope);
  }

  @Authorized()
  @Query(() => [MailTemplate], { description: 'The firm’s letter templates' })
  async mailTemplates(@Ctx() { services }: Context, @SignedInScope() scope: SignedInScope): Promise<MailTemplate[]> {
    return (await services.mailSend.templates(scope.em)).map(withPlaceholders);
  }

  @Authorized()
  @Query(() => MailDraft, { description: 'A template filled in for a lead or client, addressed to its contacts' })
  mailDraft(@Args(() => MailDraftArgs) args: MailDraftArgs, @Ctx() { services }: Context, @SignedInScope() scope: SignedInScope): Promise<MailDraft> {
    return services.mailSend.draft(scope, args);
  }

  @Authorized()
  @Query(() => [MailAddress], { description: 'The addresses of a lead’s or client’s contacts' })
  mailRecipients(
    @Arg('leadId', () => ID, { nullable: true }) leadId: string | null,
    @Arg('clientId', () => ID, { nullable: true }) clientId: string | null,
    @Ctx() { services }: Context,
    @SignedInScope() scope: SignedInScope,
  ): Promise<MailAddress[]> {
    return services.mailSend.recipients(scope, { leadId: leadId && uuidOrNotFound(leadId), clientId: clientId && uuidOrNotFound(clientId) });
  }

  @Authorized()
  @Query(() => MailTriageConnection, { description: 'Received letters not attached to any lead or client, newest first' })
  mailTriage(@Args(() => MailTriageArgs) { first, after }: MailTriageArgs, @Ctx() { services }: Context, @SignedInScope() scope: SignedInScope) {
    return services.mailInbox.triage(scope, first, after);
  }

  @Authorized()
  @Query(() => MailMessage, { description: 'One letter' })
  mailMessage(@Arg('id', () => ID) id: string, @Ctx() { services }: Context, @SignedInScope() scope: SignedInScope): Promise<MailMessage> {
    return services.mailInbox.message(scope, uuidOrNotFound(id));
  }

  @Authorized()
  @Mutation(() => Mailbox, { description: 'Connects a mailbox (owner); its passwords are stored sealed and never returned' })
  createMailbox(@Arg('input', () => MailboxInput) input: MailboxInput, @Ctx() { services }: Context, @SignedInScope() scope: SignedInScope): Promise<Mailbox> {
    return services.mailboxes.create(scope, input);
  }

  @Authorized()
  @Mutation(() => Mailbox, { description: 'Changes a mailbox’s settings (owner); a password left out stays as stored' })
  updateMailbox(@Args(() => UpdateMailboxArgs) { id, input }: UpdateMailboxArgs, @Ctx() { services }: Context, @SignedInScope() scope: SignedInScope): Promise<Mailbox> {
    return services.mailboxes.update(scope, id, input);
  }

  @Authorized()
  @Mutation(() => Boolean, { description: 'Removes a mailbox (owner); its letters stay on the timelines' })
  removeMailbox(@Arg('id', () => ID) id: string, @Ctx() { services }: Context, @SignedInScope() scope: SignedInScope): Promise<boolean> {
    return services.mailboxes.remove(scope, uuidOrNotFound(id));
  }

  @Authorized()
  @Mutation(() => MailboxCheck, { description: 'Connects to the mailbox’s SMTP and IMAP servers and logs in (owner): what failed, per protocol' })
  testMailbox(@Arg('id', () => ID) id: string, @Ctx() { services }: Context, @SignedInScope() scope: SignedInScope): Promise<MailboxCheck> {
    return services.mailboxes.test(scope, uuidOrNotFound(id));
  }

  @Authorized()
  @Mutation(() => MailTemplate, { description: 'Sets the firm’s own text of a letter template (owner)' })
  async updateMailTemplate(@Args(() => UpdateMailTemplateArgs) args: UpdateMailTemplateArgs, @Ctx() { services }: Context, @SignedInScope() scope: SignedInScope): Promise<MailTemplate> {
    return withPlaceholders(await services.mailSend.updateTemplate(scope, args));
  }

  @Authorized()
  @Mutation(() => MailMessage, { description: 'Sends a letter to a lead’s or client’s contacts (a reply or forward too); it goes on the timeline' })
  sendMail(@Arg('input', () => SendMailInput) input: SendMailInput, @Ctx() { services }: Context, @SignedInScope() scope: SignedInScope): Promise<MailMessage> {
    return services.mailSend.send(scope, input);
  }

  @Authorized()
  @Mutation(() => MailMessage, { description: 'Attaches a letter from the triage inbox to a lead or client; CONFLICT if someone already did' })
  assignMail(@Args(() => AssignMailArgs) { id, leadId, clientId }: AssignMailArgs, @Ctx() { services }: Context, @SignedInScope() scope: SignedInScope): Promise<MailMessage> {
    return services.mailInbox.assign(scope, id, { leadId, clientId });
  }
}

/** A letter's attachments, for all the letters of a request in one statement. */
const attachmentsOf = batch({
  load: async ({ em }: Scope, ids: string[]) => groupBy(await readRows(em, MailAttachment, { message: { $in: ids } }, { orderBy: [{ filename: 'asc' }, { id: 'asc' }] }), (a) => a.message.id),
  missing: () => [] as MailAttachment[],
});

@Resolver(() => MailMessage)
export class MailMessageResolver {
  @SameForEveryViewer()
  @FieldResolver(() => String, { nullable: true, description: 'The HTML part, sanitised; remote images left out unless showImages' })
  html(@Root() message: MailMessage, @Arg('showImages', () => Boolean, { defaultValue: false }) showImages: boolean): string | null {
    if (!message.html) return null;
    return showImages ? message.html : withoutRemoteImages(message.html);
  }

  @SameForEveryViewer()
  @FieldResolver(() => Boolean, { description: 'Whether the HTML part loads images from the sender’s servers (shown only when asked)' })
  hasRemoteImages(@Root() message: MailMessage): boolean {
    return Boolean(message.html && hasRemoteImages(message.html));
  }

  @SameForEveryViewer()
  @FieldResolver(() => [MailAttachment])
  attachments(@Root() message: MailMessage, @CurrentScope() scope: Scope): Promise<MailAttachment[]> {
    return attachmentsOf.load(scope, message.id);
  }

  @SameForEveryViewer()
  @FieldResolver(() => Mailbox, { nullable: true, description: 'None once the mailbox was removed' })
  mailbox(@Root() message: MailMessage, @CurrentScope() scope: Scope): Loaded<Mailbox | null> {
    return loadRef(scope.em, Mailbox, message.mailbox);
  }

  @SameForEveryViewer()
  @FieldResolver(() => Lead, { nullable: true })
  lead(@Root() message: MailMessage, @CurrentScope() scope: Scope): Loaded<Lead | null> {
    return loadRef(scope.em, Lead, message.lead);
  }

  @SameForEveryViewer()
  @FieldResolver(() => Client, { nullable: true })
  client(@Root() message: MailMessage, @CurrentScope() scope: Scope): Loaded<Client | null> {
    return loadRef(scope.em, Client, message.client);
  }

  @SameForEveryViewer()
  @FieldResolver(() => User, { nullable: true, description: 'Who sent it from here (outgoing letters)' })
  sentBy(@Root() message: MailMessage, @CurrentScope() scope: Scope): Loaded<User | null> {
    return loadRef(scope.em, User, message.sentBy);
  }
}

@Resolver(() => MailAttachment)
export class MailAttachmentResolver {
  @SameForEveryViewer()
  @FieldResolver(() => String, { description: 'Where to download it with the user’s token (GET, Authorization: Bearer)' })
  url(@Root() attachment: MailAttachment): string {
    return `/mail/attachments/${attachment.id}`;
  }
}

@Resolver(() => TimelineEntry)
export class TimelineEntryMailResolver {
  @SameForEveryViewer()
  @FieldResolver(() => MailMessage, { nullable: true, description: 'For EMAIL: the letter' })
  email(@Root() entry: TimelineEntry, @CurrentScope() scope: Scope): Loaded<MailMessage | null> {
    return entry.linkType === MAIL_LINK ? loadRef(scope.em, MailMessage, entry.linkId) : null;
  }
}
