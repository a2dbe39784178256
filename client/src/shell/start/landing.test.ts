import { describe, expect, it } from 'vitest';
import { Role } from '../../gql/graphql';
import { landingPath, startSteps, tariffTouched } from './landing';

describe('landingPath', () => {
  it('sends each role where its work is', () => {
    expect(landingPath(Role.Owner, 3)).toBe('/leads');
    expect(landingPath(Role.Manager, 1)).toBe('/leads');
    expect(landingPath(Role.Coordinator, null)).toBe('/projects');
    expect(landingPath(Role.Head, null)).toBe('/my-tasks');
    expect(landingPath(Role.Accountant, null)).toBe('/my-tasks');
  });

  it('a firm without leads starts on the checklist', () => {
    expect(landingPath(Role.Owner, 0)).toBe('/start');
    expect(landingPath(Role.Manager, 0)).toBe('/start');
  });
});

describe('startSteps', () => {
  it('a new firm has everything to do', () => {
    expect(startSteps({ leadCount: 0, tariffTouched: false, activeUsers: 1 }).map((s) => s.done)).toEqual([false, false, false, false]);
  });

  it('ticks each step from the data', () => {
    const steps = startSteps({ leadCount: 2, tariffTouched: true, activeUsers: 3 });
    expect(steps.every((s) => s.done)).toBe(true);
    expect(steps.map((s) => s.to)).toEqual(['/leads/new', '/leads?import=1', '/tariffs', '/team?invite=1']);
  });
});

describe('tariffTouched', () => {
  it('the plan a firm starts with is untouched; a draft or a second version is not', () => {
    expect(tariffTouched([{ draft: null, versions: [{}] }])).toBe(false);
    expect(tariffTouched([{ draft: { id: 'd' }, versions: [{}] }])).toBe(true);
    expect(tariffTouched([{ draft: null, versions: [{}, {}] }])).toBe(true);
  });
});
