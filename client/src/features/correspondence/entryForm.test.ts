import { describe, expect, it } from 'vitest';
import { emptyEntry, entryInput, entryProblems, formatMoment } from './entryForm';

const base = emptyEntry('u1', '2026-12-03');

describe('the log-an-entry form', () => {
  it.each([
    [{ summary: '' }, { summary: 'required' }],
    [{ summary: 'Звонок', time: '9:00', day: '2026-12-01' }, { time: 'timeFormat' }],
    [{ summary: 'Звонок', time: '09:00' }, { day: 'required' }],
    [{ summary: 'Звонок', promised: true, followUpTitle: ' ' }, { followUpTitle: 'required' }],
    [{ summary: 'Звонок', promised: true, followUpTitle: 'Перезвонить', followUpTime: '25:00' }, { followUpTime: 'timeFormat' }],
    [{ summary: 'Звонок', promised: true, followUpTitle: 'Перезвонить' }, {}],
  ])('%j → %j', (change, problems) => {
    expect(entryProblems({ ...base, ...change })).toEqual(problems);
  });

  it('sends a call with its promise, and a note without call fields', () => {
    const call = entryInput({ leadId: 'l1' }, 'CALL', { ...base, summary: ' Обсудили выписки ', contactName: 'Пётр', result: 'Пришлёт', promised: true, followUpTitle: 'Перезвонить' });
    expect(call).toEqual({
      leadId: 'l1', kind: 'CALL', occurredAt: null, direction: 'OUTGOING', contactName: 'Пётр', summary: 'Обсудили выписки', result: 'Пришлёт',
      followUp: { title: 'Перезвонить', ownerId: 'u1', dueDate: '2026-12-03', dueTime: '10:00' },
    });
    const note = entryInput({ clientId: 'c1' }, 'NOTE', { ...base, summary: 'Заметка', contactName: 'Пётр', result: 'x' });
    expect(note).toMatchObject({ clientId: 'c1', kind: 'NOTE', direction: null, contactName: null, result: null, followUp: null });
  });

  it('shows a moment on the firm’s clock', () => {
    expect(formatMoment('2026-12-04T07:00:00Z', 'ru', 'Europe/Moscow')).toMatch(/10:00/);
    expect(formatMoment('2026-12-04T07:00:00Z', 'en', 'UTC')).toMatch(/7:00/);
  });
});
