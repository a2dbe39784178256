import { describe, expect, it } from 'vitest';
import { ObligationKind, Recipient, ServiceArea, type ScheduledObligation } from '../schedule/engine.js';
import { ObligationStatus } from './client.enums.js';
import { DROPPED_BY_PROFILE, diffStoredSchedule, isEmptyStoredDiff as isEmptyDiff, type StoredItem } from './schedule-diff.js';

const item = (key: string, dueDate: string, nominalDate = dueDate): ScheduledObligation => ({
  key, code: 'USN_ADV_PAY', kind: ObligationKind.PAYMENT, recipient: Recipient.FNS, period: key, part: null, nominalDate, dueDate, area: ServiceArea.TAXES, title: key, provisional: false, unverified: false,
});
const stored = (key: string, dueDate: string, status = ObligationStatus.PLANNED, note: string | null = null, reason: string | null = null): StoredItem => ({
  ...item(key, dueDate), id: `id-${key}`, status, note, notRequiredReason: reason,
});

describe('a recomputed schedule against the stored one', () => {
  it('adds, re-dates and removes open items; DONE ones stay as they are', () => {
    const diff = diffStoredSchedule(
      [stored('q1', '2026-04-28'), stored('h1', '2026-07-28', ObligationStatus.DONE), stored('9m', '2026-10-28', ObligationStatus.IN_PROGRESS), stored('vat', '2026-04-28', ObligationStatus.DONE), stored('old', '2026-05-25'), stored('noted', '2026-06-25', ObligationStatus.PLANNED, '№ 123')],
      [item('q1', '2026-04-29'), item('h1', '2026-07-29'), { ...item('9m', '2026-10-28'), provisional: true }, item('new', '2026-12-28')],
    );
    expect(diff.added.map((a) => a.key)).toEqual(['new']);
    expect(diff.redated.map((r) => [r.stored.key, r.next.dueDate])).toEqual([['q1', '2026-04-29']]);
    expect(diff.keptDone.map((k) => k.key)).toEqual(['h1', 'vat']);
    expect(diff.removed.map((r) => [r.stored.key, r.how])).toEqual([['old', 'DELETE'], ['noted', 'NOT_REQUIRED']]);
    expect(diff.refreshed.map((r) => r.stored.key)).toEqual(['9m']);
    expect(isEmptyDiff(diff)).toBe(false);
  });

  it('brings back what an earlier profile change dropped, but not what a person marked not required', () => {
    const diff = diffStoredSchedule(
      [stored('a', '2026-04-28', ObligationStatus.NOT_REQUIRED, 'note', DROPPED_BY_PROFILE), stored('b', '2026-04-28', ObligationStatus.NOT_REQUIRED, null, 'Нулевой платёж')],
      [item('a', '2026-04-28'), item('b', '2026-04-28')],
    );
    expect(diff.restored.map((r) => r.stored.key)).toEqual(['a']);
    expect(diff.added).toEqual([]);
  });

  it('the same schedule is an empty diff with a stable digest; another diff has another digest', () => {
    const same = diffStoredSchedule([stored('a', '2026-04-28')], [item('a', '2026-04-28')]);
    expect(isEmptyDiff(same)).toBe(true);
    expect(same.digest).toBe(diffStoredSchedule([stored('a', '2026-04-28')], [item('a', '2026-04-28')]).digest);
    expect(diffStoredSchedule([stored('a', '2026-04-28')], [item('a', '2026-04-29')]).digest).not.toBe(same.digest);
  });
});

describe('an official calendar replacing a provisional one', () => {
  const provisional = (key: string, dueDate: string, status = ObligationStatus.PLANNED): StoredItem => ({ ...stored(key, dueDate, status), provisional: true });
  it('confirms provisional items, re-dates those it moves and marks DONE ones without touching them otherwise', () => {
    const diff = diffStoredSchedule(
      [provisional('nov', '2027-11-05'), provisional('q3', '2027-10-28'), provisional('done', '2027-01-28', ObligationStatus.DONE), provisional('doneMoved', '2027-12-31', ObligationStatus.DONE)],
      [item('nov', '2027-11-08'), item('q3', '2027-10-28'), item('done', '2027-01-28'), item('doneMoved', '2027-12-30')],
    );
    expect(diff.redated.map((r) => [r.stored.key, r.next.dueDate])).toEqual([['nov', '2027-11-08']]);
    expect(diff.refreshed.map((r) => r.stored.key)).toEqual(['q3']);
    expect(diff.keptDone.map((k) => k.key)).toEqual(['doneMoved']);
    expect(diff.doneMarks.map((m) => [m.stored.key, m.provisional])).toEqual([['doneMoved', false], ['done', false]]);
    expect(diff.confirmed).toBe(4);
  });
});
