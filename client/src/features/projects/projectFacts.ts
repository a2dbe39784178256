import { InfobaseMode, type ProjectFacts_ProjectFragment, type UpdateProjectInput } from '../../gql/graphql';
import type { ContactDraft } from './ContactsEditor';
import { asDay } from './format';

/** What the project facts form holds (inputs keep strings; blanks become null on save). */
export interface FactsValues {
  name: string;
  coordinatorId: string | null;
  memberIds: string[];
  startDate: string;
  dueDate: string;
  specifics: string;
  contacts: ContactDraft[];
  handedOver: boolean;
  configuration: string;
  mode: InfobaseMode | null;
  infobaseDate: string;
  notes: string;
}

export function factsOf(project: ProjectFacts_ProjectFragment): FactsValues {
  return {
    name: project.name,
    coordinatorId: project.coordinator?.id ?? null,
    memberIds: project.members.map((member) => member.id),
    startDate: asDay(project.startDate) ?? '',
    dueDate: asDay(project.dueDate) ?? '',
    specifics: project.specifics ?? '',
    contacts: project.contacts.map((contact) => ({
      name: contact.name,
      position: contact.position ?? '',
      phone: contact.phone ?? '',
      email: contact.email ?? '',
      decides: contact.decides ?? '',
    })),
    handedOver: project.infobase.handedOver,
    configuration: project.infobase.configuration ?? '',
    mode: project.infobase.mode,
    infobaseDate: asDay(project.infobase.date) ?? '',
    notes: project.infobase.notes ?? '',
  };
}

const orNull = (value: string) => value.trim() || null;

export function factsInput(draft: FactsValues): UpdateProjectInput {
  return {
    name: draft.name.trim(),
    coordinatorId: draft.coordinatorId,
    memberIds: draft.memberIds,
    startDate: draft.startDate || null,
    dueDate: draft.dueDate || null,
    specifics: draft.specifics.trim(),
    contacts: draft.contacts
      .filter((contact) => contact.name.trim())
      .map((contact) => ({
        name: contact.name.trim(),
        position: orNull(contact.position),
        phone: orNull(contact.phone),
        email: orNull(contact.email),
        decides: orNull(contact.decides),
      })),
    infobase: {
      handedOver: draft.handedOver,
      configuration: orNull(draft.configuration),
      mode: draft.mode,
      date: draft.infobaseDate || null,
      notes: orNull(draft.notes),
    },
  };
}

/** The form's field for a server path: `input.infobase.date` → `infobaseDate`, `input.contacts.0.email` → `contacts.0.email`. */
export function factsFieldOf(field: string): string {
  const path = field.replace(/^input\./, '');
  if (path === 'infobase.date') return 'infobaseDate';
  return path.replace(/^infobase\./, '');
}
