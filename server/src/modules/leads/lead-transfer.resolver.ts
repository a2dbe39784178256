import { IsOptional, IsString, Length, MaxLength } from 'class-validator';
import { Arg, Args, ArgsType, Authorized, Ctx, Field, InputType, Int, Mutation, ObjectType, Query, Resolver } from 'type-graphql';
import type { Context } from '../../graphql/context.js';
import { SignedInScope } from '../../graphql/scope.js';
import { AllowBlank } from '../../graphql/validation.js';
import { Lead } from './lead.entity.js';
import { LeadFilter, LeadOrder } from './lead.inputs.js';
import { LEAD_EDITORS } from './lead.policy.js';
import { LeadDuplicate, type DuplicateMatch } from './lead.types.js';

@InputType({ description: 'A file sent inline, base64-encoded (at most 5 MB)' })
class UploadedFileInput {
  @Field(() => String, { description: 'File name; its extension (.csv or .xlsx) decides how it is read' })
  @Length(1, 255)
  name!: string;

  @Field(() => String)
  @IsString()
  @MaxLength(7_000_000)
  @AllowBlank()
  contentBase64!: string;
}

@ObjectType()
class FieldProblem {
  @Field(() => String)
  field!: string;

  @Field(() => String)
  message!: string;
}

@ObjectType({ description: 'One row of an import file as it would be imported' })
class LeadImportRow {
  @Field(() => Int, { description: 'Row number in the file (the header is row 1)' })
  rowNumber!: number;

  @Field(() => String, { nullable: true }) lastName?: string | null;
  @Field(() => String, { nullable: true }) firstName?: string | null;
  @Field(() => String, { nullable: true }) companyName?: string | null;
  @Field(() => String, { nullable: true }) inn?: string | null;
  @Field(() => String, { nullable: true }) legalForm?: string | null;
  @Field(() => String, { nullable: true }) taxRegime?: string | null;
  @Field(() => String, { nullable: true }) regionCode?: string | null;
  @Field(() => String, { nullable: true }) phone?: string | null;
  @Field(() => String, { nullable: true }) email?: string | null;

  @Field(() => [FieldProblem], { description: 'Empty when the row will be imported' })
  errors!: FieldProblem[];

  @Field(() => [LeadDuplicate])
  duplicates!: LeadDuplicate[];
}

@ObjectType()
class LeadImportPreview {
  @Field(() => [LeadImportRow])
  rows!: LeadImportRow[];

  @Field(() => Int)
  validCount!: number;

  @Field(() => Int)
  invalidCount!: number;
}

@ObjectType()
class LeadImportResult {
  @Field(() => Int)
  imported!: number;

  @Field(() => Int, { description: 'Rows left out because of errors' })
  skipped!: number;

  @Field(() => [Lead])
  leads!: Lead[];
}

@ObjectType({ description: 'A generated file, base64-encoded' })
class ExportedFile {
  @Field(() => String)
  filename!: string;

  @Field(() => String)
  mimeType!: string;

  @Field(() => String)
  contentBase64!: string;
}

@ArgsType()
class ExportLeadsArgs {
  @Field(() => LeadFilter, { nullable: true })
  @IsOptional()
  filter?: LeadFilter | null;

  @Field(() => LeadOrder, { nullable: true })
  @IsOptional()
  orderBy?: LeadOrder | null;
}

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

@Resolver()
export class LeadTransferResolver {
  @Authorized(...LEAD_EDITORS)
  @Mutation(() => LeadImportPreview, { description: 'Reads a CSV or XLSX file and shows each row with its errors; saves nothing' })
  async previewLeadImport(@Arg('file', () => UploadedFileInput) file: UploadedFileInput, @Ctx() { services }: Context, @SignedInScope() scope: SignedInScope): Promise<LeadImportPreview> {
    const rows = await services.leadTransfer.preview(scope, file);
    return {
      rows: rows.map((r) => ({
        rowNumber: r.rowNumber,
        lastName: r.row.lastName,
        firstName: r.row.firstName,
        companyName: r.row.companyName,
        inn: r.card?.inn ?? r.row.inn,
        legalForm: r.card?.legalForm ?? r.row.legalForm,
        taxRegime: r.card?.taxRegime ?? r.row.taxRegime,
        regionCode: r.card?.regionCode ?? r.row.region,
        phone: r.card?.phone ?? r.row.phone,
        email: r.card?.email ?? r.row.email,
        errors: r.errors,
        duplicates: r.duplicates.map((d) => ({ lead: d.lead, matchedOn: d.matchedOn as DuplicateMatch[] })),
      })),
      validCount: rows.filter((r) => !r.errors.length).length,
      invalidCount: rows.filter((r) => r.errors.length).length,
    };
  }

  @Authorized(...LEAD_EDITORS)
  @Mutation(() => LeadImportResult, { description: 'Imports the valid rows of the file in one transaction' })
  async importLeads(@Arg('file', () => UploadedFileInput) file: UploadedFileInput, @Ctx() { services }: Context, @SignedInScope() scope: SignedInScope): Promise<LeadImportResult> {
    const { imported, skipped } = await services.leadTransfer.import(scope, file);
    return { imported: imported.length, skipped, leads: imported };
  }

  @Authorized()
  @Query(() => ExportedFile, { description: 'The filtered leads as an XLSX workbook' })
  async exportLeads(@Args(() => ExportLeadsArgs) { filter, orderBy }: ExportLeadsArgs, @Ctx() { services }: Context, @SignedInScope() scope: SignedInScope): Promise<ExportedFile> {
    const content = await services.leadTransfer.export(scope, filter, orderBy);
    return { filename: `leads-${new Date().toISOString().slice(0, 10)}.xlsx`, mimeType: XLSX, contentBase64: content.toString('base64') };
  }
}
