import { describe, expect, it } from 'vitest';
import { rightsMayHaveChanged } from './taskRights';

describe('rightsMayHaveChanged', () => {
  it('asks for the rights of a task the client holds none for', () => {
    expect(rightsMayHaveChanged(null, { assignee: null })).toBe(true);
  });

  it('asks again when the assignee changes, in either direction', () => {
    expect(rightsMayHaveChanged({ assigneeId: null }, { assignee: { id: 'u1' } })).toBe(true);
    expect(rightsMayHaveChanged({ assigneeId: 'u1' }, { assignee: { id: 'u2' } })).toBe(true);
    expect(rightsMayHaveChanged({ assigneeId: 'u1' }, { assignee: null })).toBe(true);
  });

  it('keeps the known rights when the assignee stays', () => {
    expect(rightsMayHaveChanged({ assigneeId: 'u1' }, { assignee: { id: 'u1' } })).toBe(false);
    expect(rightsMayHaveChanged({ assigneeId: null }, { assignee: null })).toBe(false);
  });

  it('does not ask for a deleted task', () => {
    expect(rightsMayHaveChanged(null, { assignee: null, deletedAt: '2026-12-02T10:00:00Z' })).toBe(false);
  });
});
