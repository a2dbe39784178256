import type { EntityManager } from '@mikro-orm/postgresql';
import { LockMode } from '@mikro-orm/postgresql';
import { AppError, fieldError } from '../../graphql/errors.js';
import type { Scope, SignedInScope } from '../../graphql/scope.js';
import { actorOf } from '../auth/principal.js';
import { recordedTransaction } from '../events/event-log.js';
import { CONTRACTS_TOPIC } from './contract-topic.js';
import { DocumentOwner, PoaKind, TemplateKind } from './contract.enums.js';
import { DocumentTemplate } from './document-template.entity.js';
import { buildDocx } from './documents/docx-builder.js';
import { availablePlaceholders, inspectTemplate, TemplateError, type Placeholder } from './documents/placeholders.js';
import { AMENDMENT_TEMPLATE, CONTRACT_TEMPLATE, POA_TEMPLATE } from './documents/templates.js';

/** A DOCX template is a small file: 2 MB is far more than a contract's text with a logo. */
export const TEMPLATE_MAX_BYTES = 2 * 1024 * 1024;

// built once per process: the shipped templates are code
const defaults = new Map<TemplateKind, Buffer>();
/** The shipped default template of a kind. */
export function defaultTemplate(kind: TemplateKind): Buffer {
  let docx = defaults.get(kind);
  if (!docx) {
    docx = buildDocx(kind === TemplateKind.CONTRACT ? CONTRACT_TEMPLATE : kind === TemplateKind.AMENDMENT ? AMENDMENT_TEMPLATE : POA_TEMPLATE);
    defaults.set(kind, docx);
  }
  return docx;
}

/** The template kind a document is made from. */
export function templateKindOf(owner: DocumentOwner, poaKind?: PoaKind | null): TemplateKind {
  if (owner === DocumentOwner.CONTRACT) return TemplateKind.CONTRACT;
  if (owner === DocumentOwner.AMENDMENT) return TemplateKind.AMENDMENT;
  return `POA_${poaKind ?? PoaKind.OTHER}` as TemplateKind;
}

/** One kind of template as the settings page shows it: the shipped default or the firm's upload. */
export interface TemplateSlot {
  kind: TemplateKind;
  uploaded: DocumentTemplate | null;
  placeholders: Placeholder[];
}

const FILE_NAME = /[\\/:*?"<>|\u0000-\u001f]+/g;

/** The firm's uploaded templates: checked before use, confirmed by the owner, or back to the default. */
export class DocumentTemplateService {
  /** Every kind with the firm's upload (if any) and the placeholders its data gives. */
  async slots({ em }: Scope): Promise<TemplateSlot[]> {
    const uploaded = new Map((await em.find(DocumentTemplate, {})).map((t) => [t.kind, t]));
    return Object.values(TemplateKind).map((kind) => ({ kind, uploaded: uploaded.get(kind) ?? null, placeholders: availablePlaceholders(kind) }));
  }

  /**
   * Stores the owner's template of a kind after reading its placeholders: with none unknown it is
   * used at once; otherwise it waits, not active, and the answer lists what is unknown. A file
   * that is not a readable DOCX template is refused with the reasons.
   */
  async upload({ em, principal }: Pick<SignedInScope, 'em' | 'principal'>, kind: TemplateKind, fileName: string, docx: Buffer): Promise<DocumentTemplate> {
    if (docx.length === 0) throw fieldError('file', 'The file is empty', 'FILE_EMPTY');
    if (docx.length > TEMPLATE_MAX_BYTES) throw fieldError('file', `A template is at most ${TEMPLATE_MAX_BYTES / 1024 / 1024} MB`, 'TEMPLATE_TOO_LARGE');
    let inspection;
    try {
      inspection = inspectTemplate(kind, docx);
    } catch (error) {
      // the reasons go with their codes: the client says them in the user's language
      if (error instanceof TemplateError) throw new AppError('BAD_USER_INPUT', error.message, { fields: [{ field: 'file', message: error.message, code: 'TEMPLATE_INVALID' }], reasons: error.problems.map(({ code, tag }) => ({ code, tag })) });
      throw error;
    }
    const name = fileName.replace(FILE_NAME, ' ').trim().slice(0, 200) || 'template.docx';
    const active = inspection.unknown.length === 0;
    return recordedTransaction(em, actorOf(principal), async (tx) => {
      // one per kind: the new upload replaces the old
      await tx.em.nativeDelete(DocumentTemplate, { kind });
      const template = tx.em.create(DocumentTemplate, {
        firm: principal.firmId,
        kind,
        fileName: name,
        docx,
        size: docx.length,
        placeholders: inspection.placeholders,
        unknownPlaceholders: inspection.unknown,
        active,
        uploadedBy: principal.userId,
      });
      tx.record({ topic: CONTRACTS_TOPIC, type: 'TEMPLATE_UPLOADED', subjectType: 'DocumentTemplate', subjectId: template.id, data: { kind, fileName: name, active, unknownPlaceholders: inspection.unknown } });
      return template;
    });
  }

  /** Uses an uploaded template whose unknown placeholders the owner accepts (they come out empty). */
  async activate({ em, principal }: SignedInScope, kind: TemplateKind): Promise<DocumentTemplate> {
    return recordedTransaction(em, actorOf(principal), async (tx) => {
      const template = await tx.em.findOne(DocumentTemplate, { kind }, { lockMode: LockMode.PESSIMISTIC_WRITE });
      if (!template) throw fieldError('kind', 'No template of this kind is uploaded', 'NOT_FOUND');
      if (!template.active) {
        template.active = true;
        tx.record({ topic: CONTRACTS_TOPIC, type: 'TEMPLATE_ACTIVATED', subjectType: 'DocumentTemplate', subjectId: template.id, data: { kind, fileName: template.fileName } });
      }
      return template;
    });
  }

  /** Removes the firm's template of a kind: documents are made from the shipped default again. */
  async reset({ em, principal }: SignedInScope, kind: TemplateKind): Promise<TemplateSlot> {
    await recordedTransaction(em, actorOf(principal), async (tx) => {
      const template = await tx.em.findOne(DocumentTemplate, { kind });
      if (!template) return;
      tx.record({ topic: CONTRACTS_TOPIC, type: 'TEMPLATE_RESET', subjectType: 'DocumentTemplate', subjectId: template.id, data: { kind, fileName: template.fileName } });
      tx.em.remove(template);
    });
    return { kind, uploaded: null, placeholders: availablePlaceholders(kind) };
  }

  /** The template a document of this kind is made from now: the firm's active upload, else the default. */
  async forRendering(em: EntityManager, kind: TemplateKind): Promise<Buffer> {
    const template = await em.findOne(DocumentTemplate, { kind, active: true }, { populate: ['docx'] });
    return template?.docx ?? defaultTemplate(kind);
  }

  /** The file the owner downloads for a kind: the upload (active or waiting), else the default. */
  async file(em: EntityManager, kind: TemplateKind): Promise<{ fileName: string; bytes: Buffer }> {
    const template = await em.findOne(DocumentTemplate, { kind }, { populate: ['docx'] });
    return template ? { fileName: template.fileName, bytes: template.docx } : { fileName: `${kind.toLowerCase()}-default.docx`, bytes: defaultTemplate(kind) };
  }
}
