/** The contracts area's enums, plain (the pure rules use them; contract.enums.ts registers them for GraphQL). */

/** Derived from the dates recorded on a contract or an amendment, never stored. */
export enum ContractStatus {
  DRAFT = 'DRAFT',
  SENT = 'SENT',
  SIGNED_BY_FIRM = 'SIGNED_BY_FIRM',
  SIGNED_BY_CLIENT = 'SIGNED_BY_CLIENT',
  SIGNED_BOTH = 'SIGNED_BOTH',
  TERMINATED = 'TERMINATED',
}

export enum ContractParty {
  FIRM = 'FIRM',
  CLIENT = 'CLIENT',
}

/** How a signed copy travelled: a paper original or electronic document exchange (ЭДО). */
export enum SigningChannel {
  PAPER = 'PAPER',
  EDO = 'EDO',
}

/** The basis of a signer's authority, written in the preamble «действующего на основании …». */
export enum AuthorityBasis {
  CHARTER = 'CHARTER',
  POWER_OF_ATTORNEY = 'POWER_OF_ATTORNEY',
  ENTREPRENEUR = 'ENTREPRENEUR',
}

/** Whom a power of attorney is for (contracts-poa.md §5.2). */
export enum PoaKind {
  TAX = 'TAX',
  SOCIAL_FUND = 'SOCIAL_FUND',
  STATISTICS = 'STATISTICS',
  BANK = 'BANK',
  OTHER = 'OTHER',
}

export enum RepresentativeKind {
  FIRM = 'FIRM',
  EMPLOYEE = 'EMPLOYEE',
}

/** Derived from the issue, end and revocation dates on the firm's clock. */
export enum PoaStatus {
  DRAFT = 'DRAFT',
  ISSUED = 'ISSUED',
  EXPIRING = 'EXPIRING',
  EXPIRED = 'EXPIRED',
  REVOKED = 'REVOKED',
}

export enum DocumentOwner {
  CONTRACT = 'CONTRACT',
  AMENDMENT = 'AMENDMENT',
  POWER_OF_ATTORNEY = 'POWER_OF_ATTORNEY',
}

export enum DocumentStatus {
  PENDING = 'PENDING',
  READY = 'READY',
  FAILED = 'FAILED',
}


/** Where a document's file came from: made from a template, or a scanned signed copy. */
export enum DocumentSource {
  GENERATED = 'GENERATED',
  SCAN = 'SCAN',
}

/** What a DOCX template is for: the contract, an amendment, each kind of power of attorney. */
export enum TemplateKind {
  CONTRACT = 'CONTRACT',
  AMENDMENT = 'AMENDMENT',
  POA_TAX = 'POA_TAX',
  POA_SOCIAL_FUND = 'POA_SOCIAL_FUND',
  POA_STATISTICS = 'POA_STATISTICS',
  POA_BANK = 'POA_BANK',
  POA_OTHER = 'POA_OTHER',
}
