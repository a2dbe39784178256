import { beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../src/app.js';
import { firmEntityManager } from '../src/graphql/tenant-em.js';
import { User } from '../src/modules/auth/user.entity.js';
import { Role } from '../src/modules/auth/roles.js';
import { appendEvents } from '../src/modules/events/event-log.js';
import { TariffVersionStatus } from '../src/modules/pricing/pricing.enums.js';
import { TariffPlan, TariffVersion } from '../src/modules/pricing/tariff.entity.js';
import { signUpFirm, startTestApp, uniqueEmail, type SignedUpFirm } from './harness.js';
import { statementsOf } from './statements.js';
import { graphql } from './gql/index.js';
import './test-events.js';

// Lists whose rows each load a relation: the statements of one request must not grow with the rows.

let app: App;
let owner: SignedUpFirm;

beforeAll(async () => {
  app = await startTestApp();
  owner = await signUpFirm(app);
});

/** Adds plans like the firm's default one, each with a published version and an open draft. */
async function addPlans(count: number): Promise<void> {
  const em = firmEntityManager(app.orm, owner.firmId);
  const template = await em.findOneOrFail(TariffVersion, { status: TariffVersionStatus.PUBLISHED });
  for (let i = 0; i < count; i += 1) {
    const plan = em.create(TariffPlan, { firm: owner.firmId, name: `Тариф ${i}` });
    em.create(TariffVersion, { firm: owner.firmId, plan, number: 1, status: TariffVersionStatus.PUBLISHED, definition: template.definition, publishedAt: new Date() });
    em.create(TariffVersion, { firm: owner.firmId, plan, number: 2, definition: template.definition });
  }
  await em.flush();
}

/** Adds users and one audit entry by each, so that every entry has an actor of its own. */
async function addEntriesByNewUsers(count: number): Promise<void> {
  const em = firmEntityManager(app.orm, owner.firmId);
  const users = Array.from({ length: count }, (_, i) => em.create(User, { firm: owner.firmId, email: uniqueEmail('actor'), name: `Автор ${i}`, role: Role.MANAGER }));
  await em.flush();
  for (const user of users) await appendEvents(em, { firmId: owner.firmId, userId: user.id, userName: user.name }, [{ type: 'TEST_MARKER' }]);
}

describe('lists load their rows’ relations in batches', () => {
  it('tariffPlans { current draft versions } runs as many statements for 51 plans as for 11', async () => {
    const PLANS = graphql(`query BatchedLoadingTariffPlans { tariffPlans { id current { id number createdBy { name } } draft { id status } versions { id } } }`);
    await addPlans(10);
    const few = await statementsOf(app, PLANS, {}, owner.token);
    await addPlans(40);
    const many = await statementsOf(app, PLANS, {}, owner.token);
    expect(few.data.tariffPlans).toHaveLength(11);
    expect(many.data.tariffPlans).toHaveLength(51);
    expect(many.data.tariffPlans.every((p) => p.current?.id && p.versions.length >= 1)).toBe(true);
    expect(many.data.tariffPlans.filter((p) => p.draft).map((p) => p.draft!.status)).toEqual(Array(50).fill('DRAFT'));
    // the plans, all their versions, the users who created them
    expect(many.statements).toHaveLength(few.statements.length);
    expect(few.statements.length).toBeLessThanOrEqual(3);
  });

  it('auditLog with each entry’s actor runs as many statements for 200 entries as for 10', async () => {
    const LOG = graphql(`query BatchedLoadingAuditLog($first: Int!) { auditLog(first: $first) { edges { node { seq actor { id user { name } } } } } }`);
    await addEntriesByNewUsers(200);
    const few = await statementsOf(app, LOG, { first: 10 }, owner.token);
    const many = await statementsOf(app, LOG, { first: 200 }, owner.token);
    expect(few.data.auditLog.edges).toHaveLength(10);
    expect(many.data.auditLog.edges).toHaveLength(200);
    const names = many.data.auditLog.edges.map((e) => e.node.actor?.user?.name);
    expect(new Set(names).size).toBe(200);
    expect(many.statements).toHaveLength(few.statements.length);
  });
});
