import { Arg, Authorized, Ctx, Field, FieldResolver, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../graphql/context.js';
import { SignedInScope } from '../../graphql/scope.js';
import { TemplateKind } from './contract.enums.js';
import { CONTRACT_SETTINGS_EDITORS } from './contract.policy.js';
import { DocumentTemplate } from './document-template.entity.js';
import type { TemplateSlot } from './document-template.service.js';

@ObjectType({ description: 'A placeholder the data of a kind of template gives' })
export class TemplatePlaceholder {
  @Field(() => String, { description: 'As written between the braces: «client.inn»; a list: «areas» for {{#areas}} … {{/areas}}' }) name!: string;
  @Field(() => Boolean, { description: 'A list to loop over' }) list!: boolean;
  @Field(() => String, { nullable: true, description: 'The list it is a field of (written inside that loop)' }) within!: string | null;
  @Field(() => String, { nullable: true, description: 'What a sample contract gives' }) example!: string | null;
}

@ObjectType({ description: 'One kind of template: the shipped default or the firm’s upload, and the placeholders it may use' })
export class DocumentTemplateSlot {
  @Field(() => TemplateKind) kind!: TemplateKind;
  @Field(() => DocumentTemplate, { nullable: true, description: 'The firm’s upload; empty while the shipped default is used' }) uploaded!: DocumentTemplate | null;
  @Field(() => [TemplatePlaceholder]) placeholders!: TemplatePlaceholder[];
}

const upload = (kind: TemplateKind) => `/document-templates/${kind}`;

@Resolver(() => DocumentTemplateSlot)
export class DocumentTemplateResolver {
  @Authorized(...CONTRACT_SETTINGS_EDITORS)
  @Query(() => [DocumentTemplateSlot], { description: 'Every kind of document template with the firm’s upload, if any (upload a DOCX with POST to `uploadUrl`)' })
  documentTemplates(@Ctx() { services }: Context, @SignedInScope() scope: SignedInScope): Promise<TemplateSlot[]> {
    return services.documentTemplates.slots(scope);
  }

  @Authorized(...CONTRACT_SETTINGS_EDITORS)
  @Mutation(() => DocumentTemplate, { description: 'Uses an uploaded template despite its unknown placeholders (they come out empty)' })
  activateDocumentTemplate(@Arg('kind', () => TemplateKind) kind: TemplateKind, @Ctx() { services }: Context, @SignedInScope() scope: SignedInScope): Promise<DocumentTemplate> {
    return services.documentTemplates.activate(scope, kind);
  }

  @Authorized(...CONTRACT_SETTINGS_EDITORS)
  @Mutation(() => DocumentTemplateSlot, { description: 'Removes the firm’s template of a kind: documents are made from the shipped default again' })
  resetDocumentTemplate(@Arg('kind', () => TemplateKind) kind: TemplateKind, @Ctx() { services }: Context, @SignedInScope() scope: SignedInScope): Promise<TemplateSlot> {
    return services.documentTemplates.reset(scope, kind);
  }

  @FieldResolver(() => String, { description: 'GET: the template now in force for this kind (the upload, else the default); POST a DOCX body to upload' })
  fileUrl(@Root() slot: TemplateSlot): string {
    return upload(slot.kind);
  }
}
