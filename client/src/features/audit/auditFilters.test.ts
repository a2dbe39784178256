import { describe, expect, it } from 'vitest';
import { EventType } from '../../gql/graphql';
import { eventTypesByArea, parseDay } from './auditFilters';

describe('audit filters', () => {
  it('groups every event type under exactly one area', () => {
    const grouped = eventTypesByArea().flatMap(([, types]) => types);
    expect(grouped.sort()).toEqual(Object.values(EventType).sort());
  });

  it.each([
    ['01.03.2026', '2026-03-01'],
    ['1.3.2026', '2026-03-01'],
    ['31.12.2025', '2025-12-31'],
    ['30.02.2026', null],
    ['2026-03-01', null],
    ['', null],
  ])('parses %s as %s', (text, day) => {
    expect(parseDay(text)).toBe(day);
  });
});
