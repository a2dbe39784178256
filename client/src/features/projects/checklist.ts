/** A checklist item as the forms hold it (new items get their id from the server). */
export interface ChecklistItemDraft {
  id?: string | null;
  text: string;
  done: boolean;
}

/** Checklist items as the API takes them back. */
export const checklistInput = (items: readonly ChecklistItemDraft[]) =>
  items.map(({ id, text, done }) => ({ id: id ?? null, text, done }));
