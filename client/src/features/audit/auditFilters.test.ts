import { describe, expect, it } from 'vitest';
import { EventType } from '../../gql/graphql';
import { eventTypesByArea } from './auditFilters';

describe('audit filters', () => {
  it('groups every event type under exactly one area', () => {
    const grouped = eventTypesByArea().flatMap(([, types]) => types);
    expect(grouped.sort()).toEqual(Object.values(EventType).sort());
  });
});
