import { randomBytes } from 'node:crypto';
import type { App } from '../src/app.js';
import { firmEntityManager } from '../src/graphql/tenant-em.js';
import { ApiToken } from '../src/modules/auth/api-token.entity.js';
import { Department, Role } from '../src/modules/auth/roles.js';
import { User } from '../src/modules/auth/user.entity.js';
import { appendEvents } from '../src/modules/events/event-log.js';
import { LeadField, LeadSource, LostReason } from '../src/modules/leads/lead-lists.entity.js';
import { Lead } from '../src/modules/leads/lead.entity.js';
import { LeadFieldType, LeadStage, LegalForm, TaxRegime } from '../src/modules/leads/lead.enums.js';
import { PricingRun } from '../src/modules/pricing/pricing-run.entity.js';
import { TariffVersionStatus } from '../src/modules/pricing/pricing.enums.js';
import { TariffPlan, TariffVersion } from '../src/modules/pricing/tariff.entity.js';
import { Project, ProjectMember } from '../src/modules/projects/project.entity.js';
import { TaskStatus } from '../src/modules/projects/project.enums.js';
import { taskEventData } from '../src/modules/projects/task-events.js';
import { Task, TaskComment } from '../src/modules/projects/task.entity.js';
import { ProjectTemplate } from '../src/modules/projects/template.entity.js';
import { addMember, ok, signUpFirm, uniqueEmail, type SignedUpFirm } from './harness.js';
import { graphql } from './gql/index.js';

/**
 * A firm whose every list has `size` rows, and each row a few of every nested collection (the
 * first project `size` tasks, its first task `size` comments): a list's statements are counted
 * in a world of 10 and one of 200, and must be the same.
 */
export interface ListWorld {
  size: number;
  owner: SignedUpFirm;
  /** Member of every project, assignee of one task in each. */
  accountant: { userId: string; token: string };
  leadIds: string[];
  projectIds: string[];
  /** The lead with `size` pricing runs, and their ids. */
  runsLeadId: string;
  runIds: string[];
  /** An INN two leads share. */
  sharedInn: string;
}

const CREATE_LEAD = graphql(`mutation ListWorldCreateLead($input: LeadInput!) { createLead(input: $input) { id } }`);
const CREATE_RUN = graphql(`mutation ListWorldCreateRun($leadId: ID!, $input: PricingInput!) { createPricingRun(leadId: $leadId, input: $input) { id } }`);

/** INNs of organizations with a valid checksum, made from a running number. */
function organizationInn(n: number): string {
  const digits = String(7700000000 + n).slice(0, 9).split('').map(Number);
  const weights = [2, 4, 10, 3, 5, 9, 4, 6, 8];
  const check = (digits.reduce((sum, d, i) => sum + d * weights[i]!, 0) % 11) % 10;
  return digits.join('') + String(check);
}

export async function buildListWorld(app: App, size: number): Promise<ListWorld> {
  const owner = await signUpFirm(app);
  const accountant = await addMember(app, owner.token, Role.ACCOUNTANT, Department.TAX);
  const firm = owner.firmId;
  const em = firmEntityManager(app.orm, firm);
  const range = Array.from({ length: size }, (_, i) => i);

  // one run through the API, the others copied from it
  const first = (await ok(app, CREATE_LEAD, { input: { lastName: 'Первый', firstName: 'Лид', legalForm: 'ORGANIZATION', companyName: 'ООО «Первый»', taxRegime: 'USN_INCOME' } }, owner.token)).createLead;
  const run = (await ok(app, CREATE_RUN, { leadId: first.id, input: { legalForm: 'ORGANIZATION', taxRegime: 'USN_INCOME', values: [] } }, owner.token)).createPricingRun;
  const template = await em.findOneOrFail(PricingRun, { id: run.id });

  const users = range.map((i) => em.create(User, { firm, email: uniqueEmail('row'), name: `Сотрудник ${i}`, role: Role.ACCOUNTANT, department: Department.TAX }));
  const sources = range.map((i) => em.create(LeadSource, { firm, name: `Источник ${i}`, position: 100 + i }));
  const reasons = range.map((i) => em.create(LostReason, { firm, name: `Причина ${i}`, position: 100 + i }));
  range.forEach((i) => em.create(LeadField, { firm, key: `field${i}`, label: `Поле ${i}`, type: LeadFieldType.CHOICE, options: ['да', 'нет'], position: i }));
  range.forEach((i) => em.create(ApiToken, { firm, name: `Токен ${i}`, role: Role.MANAGER, tokenHash: randomBytes(32).toString('hex'), createdBy: i % 2 ? owner.userId : users[i]! }));
  range.forEach((i) => em.create(ProjectTemplate, { firm, name: `Шаблон ${i}`, tasks: [{ key: 'a', title: 'Первая', dueInWorkingDays: 1, dependsOn: [] }, { key: 'b', title: 'Вторая', dueInWorkingDays: 2, dependsOn: ['a'] }] }));

  const tariff = await em.findOneOrFail(TariffVersion, { status: TariffVersionStatus.PUBLISHED });
  range.forEach((i) => {
    const plan = em.create(TariffPlan, { firm, name: `Тариф ${i}` });
    em.create(TariffVersion, { firm, plan, number: 1, status: TariffVersionStatus.PUBLISHED, definition: tariff.definition, publishedAt: new Date(), createdBy: users[i]! });
    em.create(TariffVersion, { firm, plan, number: 2, definition: tariff.definition, createdBy: owner.userId });
  });

  // leads in pairs with one INN, each with an owner, a source, a reason and a run; the first with `size` runs
  const sharedInn = organizationInn(0);
  const leads = range.map((i) =>
    em.create(Lead, {
      firm,
      lastName: `Иванов ${i}`,
      firstName: 'Иван',
      legalForm: LegalForm.ORGANIZATION,
      companyName: `ООО «Ромашка ${i}»`,
      taxRegime: TaxRegime.USN_INCOME,
      inn: organizationInn(Math.floor(i / 2)),
      regionCode: '77',
      phone: `+7916${String(1000000 + i)}`,
      owner: users[i]!,
      source: sources[i]!,
      stage: LeadStage.LOST,
      lostReason: reasons[i]!,
    }),
  );
  const copyRun = (lead: Lead | string, number: number) =>
    em.create(PricingRun, { firm, lead, number, tariffVersion: template.tariffVersion, input: template.input, breakdown: template.breakdown, price: template.price, cost: template.cost, margin: template.margin, createdBy: users[number % size]! });
  leads.forEach((lead) => copyRun(lead, 1));
  const runs = range.map((i) => copyRun(first.id, 2 + i));

  // projects with members, a coordinator and a lead; two tasks each (the first project `size`), comments on each
  const projects = range.map((i) =>
    em.create(Project, { firm, name: `Проект ${i}`, startDate: '2026-11-30', lead: leads[i]!, coordinator: users[i]!, checklist: [{ id: 'c', text: 'Договор', done: false }], contacts: [{ name: 'Клиент' }] }),
  );
  const tasks: Task[] = [];
  projects.forEach((project, i) => {
    em.create(ProjectMember, { firm, project, user: accountant.userId });
    em.create(ProjectMember, { firm, project, user: users[i]! });
    const count = i === 0 ? size : 2;
    for (let t = 0; t < count; t += 1) {
      const task = em.create(Task, {
        firm,
        project,
        title: `Задача ${i}.${t}`,
        position: `a${String(t).padStart(4, '0')}`,
        status: t % 2 ? TaskStatus.IN_PROGRESS : TaskStatus.TODO,
        assignee: t === 0 ? owner.userId : t === 1 ? accountant.userId : users[t % size]!,
        createdBy: users[i]!,
        dueDate: '2026-12-01',
        checklist: [{ id: 'x', text: 'Проверить', done: false }],
        dependsOn: [],
      });
      if (t > 0) task.dependsOn = [tasks.at(-1)!.id];
      tasks.push(task);
    }
  });
  tasks.forEach((task, i) => {
    const count = i === 0 ? size : 2;
    for (let c = 0; c < count; c += 1) em.create(TaskComment, { firm, task, author: users[c % size]!, body: `Комментарий ${c}`, mentions: [owner.userId, users[(c + 1) % size]!.id] });
  });
  await em.flush();

  // a history for every lead and task, and an entry by every user
  const actor = { firmId: firm, userId: owner.userId, userName: 'Анна Соколова' };
  await appendEvents(em, actor, [
    ...leads.map((lead) => ({ type: 'LEAD_STAGE_CHANGED' as const, subjectType: 'Lead', subjectId: lead.id, data: { companyName: lead.companyName, stage: { from: 'NEW', to: 'LOST' } } })),
    ...tasks.map((task) => ({ type: 'TASK_ASSIGNED' as const, subjectType: 'Task', subjectId: task.id, data: taskEventData(task, { changes: { assignee: { from: null, to: task.assignee?.id ?? null } } }) })),
  ]);
  for (const user of users) await appendEvents(em, { firmId: firm, userId: user.id, userName: user.name }, [{ type: 'TEST_MARKER' }]);

  return { size, owner, accountant, leadIds: leads.map((l) => l.id), projectIds: projects.map((p) => p.id), runsLeadId: first.id, runIds: runs.map((r) => r.id), sharedInn };
}
