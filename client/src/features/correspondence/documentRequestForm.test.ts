import { describe, expect, it } from 'vitest';
import { emptyRequest, newItem, requestInput, requestProblems, weekAfter } from './documentRequestForm';

describe('the document request form', () => {
  it('asks bank statements for a period, OTHER for words, and a period in order', () => {
    const values = emptyRequest('u', '2026-12-10');
    expect(requestProblems(values)).toEqual({ 'items.0.periodFrom': 'periodRequired' });
    expect(requestProblems({ ...values, items: [{ ...newItem(), periodFrom: '2026-12-01', periodTo: '2026-11-01' }] })).toEqual({ 'items.0.periodTo': 'periodOrder' });
    expect(requestProblems({ ...values, items: [newItem('OTHER')] })).toEqual({ 'items.0.description': 'required' });
    expect(requestProblems({ ...values, dueDate: '', items: [] })).toEqual({ dueDate: 'required', items: 'atLeastOne' });
    expect(requestProblems({ ...values, items: [newItem('STAFF_CHANGES')] })).toEqual({});
  });

  it('sends empty fields as none and keeps item ids', () => {
    const input = requestInput({ dueDate: '2026-12-10', responsibleId: '', items: [{ id: 'i', kind: 'PRIMARY_DOCUMENTS', description: '  ', periodFrom: '', periodTo: '', note: ' акты ' }] });
    expect(input).toEqual({ dueDate: '2026-12-10', responsibleId: null, items: [{ id: 'i', kind: 'PRIMARY_DOCUMENTS', description: null, periodFrom: null, periodTo: null, note: 'акты' }] });
  });

  it('is due a week later by default', () => {
    expect(weekAfter('2026-12-28')).toBe('2027-01-04');
  });
});
