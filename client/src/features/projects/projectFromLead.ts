import type { Option } from './useProjectOptions';

/** What a lead card knows about the future client. */
export interface LeadForProject {
  id: string;
  companyName: string;
  lastName?: string | null;
  firstName?: string | null;
  patronymic?: string | null;
  phone?: string | null;
  email?: string | null;
  inn?: string | null;
}

export interface ProjectClientContact {
  name: string;
  phone: string | null;
  email: string | null;
}

/** The onboarding project's start from a lead: its client, and the facts «Сведения о клиенте» begin with. */
export interface ProjectFromLead {
  lead: Option;
  company: string;
  contacts: ProjectClientContact[];
  /** The client's INN as a line of the specifics (the project has no INN field of its own). */
  specifics: string | null;
}

const clean = (value: string | null | undefined) => value?.trim() || null;

/**
 * The lead's contact person (surname, name, patronymic), phone and e-mail become the project's
 * first contact; its INN opens the specifics. A lead without a person but with a phone or e-mail
 * still gives a contact, named after the company.
 */
export function projectFromLead(lead: LeadForProject, innLine: (inn: string) => string): ProjectFromLead {
  const person = [lead.lastName, lead.firstName, lead.patronymic].map(clean).filter(Boolean).join(' ');
  const phone = clean(lead.phone);
  const email = clean(lead.email);
  const name = person || (phone || email ? lead.companyName.trim() : '');
  const inn = clean(lead.inn);
  return {
    lead: { value: lead.id, label: lead.companyName },
    company: lead.companyName.trim(),
    contacts: name ? [{ name: name.slice(0, 200), phone, email }] : [],
    specifics: inn ? innLine(inn) : null,
  };
}
