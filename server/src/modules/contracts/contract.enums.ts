import { registerEnumType } from 'type-graphql';
import { ContractStatus, ContractParty, SigningChannel, AuthorityBasis, PoaKind, RepresentativeKind, PoaStatus, DocumentOwner, DocumentStatus, DocumentSource, TemplateKind } from './rules/enums.js';

export { ContractStatus, ContractParty, SigningChannel, AuthorityBasis, PoaKind, RepresentativeKind, PoaStatus, DocumentOwner, DocumentStatus, DocumentSource, TemplateKind };

registerEnumType(ContractStatus, { name: 'ContractStatus', description: 'DRAFT → SENT → SIGNED_BY_FIRM or SIGNED_BY_CLIENT → SIGNED_BOTH; TERMINATED' });
registerEnumType(ContractParty, { name: 'ContractParty', description: 'The firm (Исполнитель) or the client (Заказчик)' });
registerEnumType(SigningChannel, { name: 'SigningChannel', description: 'Paper original or electronic document exchange (ЭДО)' });
registerEnumType(AuthorityBasis, { name: 'AuthorityBasis', description: 'Charter (Устав), power of attorney, or an entrepreneur signing for himself' });
registerEnumType(PoaKind, { name: 'PoaKind', description: 'Tax authority (ФНС), social fund (СФР), statistics (Росстат), bank, other' });
registerEnumType(RepresentativeKind, { name: 'RepresentativeKind', description: 'The firm itself or a named employee' });
registerEnumType(PoaStatus, { name: 'PoaStatus', description: 'DRAFT, ISSUED, EXPIRING (within the firm’s warning days), EXPIRED, REVOKED' });
registerEnumType(DocumentOwner, { name: 'DocumentOwner' });
registerEnumType(DocumentStatus, { name: 'DocumentStatus', description: 'Documents are made in the background: PENDING → READY or FAILED' });
registerEnumType(DocumentSource, { name: 'DocumentSource', description: 'Generated from a template, or a scanned signed copy' });
registerEnumType(TemplateKind, { name: 'TemplateKind', description: 'What a DOCX template is for: the contract, an amendment, each kind of power of attorney' });
