import type { DocumentItemKind, DocumentRequestInput, DocumentRequest_RequestFragment } from '../../gql/graphql';

export interface ItemFormValues {
  /** The item's id on a request being edited; empty for a new one. */
  id: string;
  kind: DocumentItemKind;
  description: string;
  periodFrom: string;
  periodTo: string;
  note: string;
}

export interface RequestFormValues {
  dueDate: string;
  responsibleId: string;
  items: ItemFormValues[];
}

export type RequestProblem = 'required' | 'periodRequired' | 'periodOrder' | 'atLeastOne';

export const newItem = (kind: DocumentItemKind = 'BANK_STATEMENTS'): ItemFormValues => ({ id: '', kind, description: '', periodFrom: '', periodTo: '', note: '' });

/** A new request: due in a week, owed by the caller, asking for bank statements. */
export function emptyRequest(responsibleId: string, dueDate: string): RequestFormValues {
  return { dueDate, responsibleId, items: [newItem()] };
}

/** The form of a stored request, to edit it. */
export function requestValues(request: DocumentRequest_RequestFragment): RequestFormValues {
  return {
    dueDate: request.dueDate,
    responsibleId: request.responsible.id,
    items: request.items.map((item) => ({ id: item.id, kind: item.kind, description: item.description, periodFrom: item.periodFrom ?? '', periodTo: item.periodTo ?? '', note: item.note ?? '' })),
  };
}

/** The problems of a form by field path (`items.0.periodFrom`), as message keys under `correspondence.requests.editor`. */
export function requestProblems(values: RequestFormValues): Record<string, RequestProblem> {
  const problems: Record<string, RequestProblem> = {};
  if (!values.dueDate) problems.dueDate = 'required';
  if (!values.items.length) problems.items = 'atLeastOne';
  values.items.forEach((item, i) => {
    if (item.kind === 'OTHER' && !item.description.trim()) problems[`items.${i}.description`] = 'required';
    if (item.kind === 'BANK_STATEMENTS' && (!item.periodFrom || !item.periodTo)) problems[`items.${i}.periodFrom`] = 'periodRequired';
    else if (!!item.periodFrom !== !!item.periodTo) problems[`items.${i}.periodTo`] = 'required';
    else if (item.periodFrom && item.periodTo && item.periodFrom > item.periodTo) problems[`items.${i}.periodTo`] = 'periodOrder';
  });
  return problems;
}

/** The mutation's input from a valid form. */
export function requestInput(values: RequestFormValues): DocumentRequestInput {
  return {
    dueDate: values.dueDate,
    responsibleId: values.responsibleId || null,
    items: values.items.map((item) => ({
      id: item.id || null,
      kind: item.kind,
      description: item.description.trim() || null,
      periodFrom: item.periodFrom || null,
      periodTo: item.periodTo || null,
      note: item.note.trim() || null,
    })),
  };
}

/** How many items are still awaited. */
export const pendingCount = (request: Pick<DocumentRequest_RequestFragment, 'items'>): number => request.items.filter((item) => item.status === 'PENDING').length;

/** The day a week after `day` (YYYY-MM-DD): a new request's default due day. */
export function weekAfter(day: string): string {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 7);
  return d.toISOString().slice(0, 10);
}
