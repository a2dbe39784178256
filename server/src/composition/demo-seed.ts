import type { EntityManager } from '@mikro-orm/postgresql';
import type { Lead } from '../modules/leads/lead.entity.js';
import { DEFAULT_TIME_ZONE, firmToday } from '../clock.js';
import type { Logger } from '../logger.js';
import type { Principal } from '../graphql/context.js';
import type { Services } from '../graphql/context.js';
import { firmEntityManager } from '../graphql/tenant-em.js';
import type { SignedInScope } from '../graphql/scope.js';
import { LegalForm, TaxRegime } from '../modules/leads/lead.enums.js';
import { LeadSource, LostReason } from '../modules/leads/lead-lists.entity.js';
import { LeadStage } from '../modules/leads/lead.enums.js';
import { TaskStatus } from '../modules/projects/project.enums.js';
import { Task } from '../modules/projects/task.entity.js';
import { Lead as LeadEntity } from '../modules/leads/lead.entity.js';
import { ProjectTemplate } from '../modules/projects/template.entity.js';
import { Firm } from '../modules/auth/firm.entity.js';
import { Department, Role } from '../modules/auth/roles.js';
import { hashPassword } from '../modules/auth/tokens.js';
import { User } from '../modules/auth/user.entity.js';
import { recordedTransaction } from '../modules/events/event-log.js';
import { addDays } from '../modules/clients/firm-week.js';
import { ServiceArea } from '../modules/schedule/schedule.enums.js';
import { ContactDirection, EntryKind } from '../modules/correspondence/correspondence.enums.js';
import { setUpNewFirm } from './firm-setup.js';

export const DEMO_FIRM = 'Демо-бухгалтерия';
export const DEMO_PASSWORD = 'demo2026';

export const DEMO_PEOPLE: { email: string; name: string; role: Role; department?: Department }[] = [
  { email: 'owner@demo.test', name: 'Анна Владимировна Соколова', role: Role.OWNER },
  { email: 'manager@demo.test', name: 'Игорь Петрович Лебедев', role: Role.MANAGER },
  { email: 'coordinator@demo.test', name: 'Мария Сергеевна Кузнецова', role: Role.COORDINATOR },
  { email: 'tax.head@demo.test', name: 'Ольга Николаевна Морозова', role: Role.HEAD, department: Department.TAX },
  { email: 'payroll.head@demo.test', name: 'Елена Андреевна Волкова', role: Role.HEAD, department: Department.PAYROLL },
  { email: 'contracts.head@demo.test', name: 'Дмитрий Олегович Павлов', role: Role.HEAD, department: Department.CONTRACTS },
  { email: 'accountant@demo.test', name: 'Наталья Викторовна Смирнова', role: Role.ACCOUNTANT, department: Department.TAX },
  { email: 'primary@demo.test', name: 'Татьяна Игоревна Ершова', role: Role.ACCOUNTANT, department: Department.PRIMARY_DOCUMENTS },
];

/** On a database without firms, creates the demo firm with one user per role, a few leads and a project. */
export async function seedDemo(em: EntityManager, services: Services, log: Logger): Promise<void> {
  if (await em.count(Firm, {})) return;
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  // requisites, so that the demo's printed offer looks as a real one does
  const firm = em.create(Firm, {
    name: DEMO_FIRM,
    inn: '7701234560',
    kpp: '770101001',
    address: 'г. Москва, ул. Примерная, д. 1, офис 12',
    phone: '+74951234567',
    email: 'office@demo.test',
    taxRegime: TaxRegime.USN_INCOME,
  });
  const owner = DEMO_PEOPLE[0]!;
  const users = await recordedTransaction(em, { firmId: firm.id, userId: null, userName: 'Schetovod' }, async (tx) => {
    tx.em.persist(firm);
    setUpNewFirm(tx.em, firm.id);
    return DEMO_PEOPLE.map((person) => {
      const user = tx.em.create(User, { firm, passwordHash, department: null, ...person });
      tx.record({ topic: 'auth', type: 'USER_INVITED', subjectType: 'User', subjectId: user.id, data: { email: user.email, name: user.name, role: user.role, department: user.department ?? null } });
      return user;
    });
  });
  await seedDemoWork(em, services, log, firm.id, users);
  log.info({ firm: DEMO_FIRM, login: owner.email, password: DEMO_PASSWORD }, 'demo data created');
  console.log(`\n  Демо-доступ / demo login: ${owner.email} / ${DEMO_PASSWORD}  (other roles: ${DEMO_PEOPLE.slice(1).map((p) => p.email).join(', ')})\n`);
}

const DEMO_LEADS = [
  { lastName: 'Петров', firstName: 'Иван', patronymic: 'Сергеевич', legalForm: LegalForm.ORGANIZATION, companyName: 'ООО «Торговый дом Восток»', inn: '7707083893', taxRegime: TaxRegime.USN_INCOME_MINUS_EXPENSES, okvedCode: '46.90', activity: 'Оптовая торговля', regionCode: '77', phone: '+7 916 123-45-67', email: 'petrov@td-vostok.ru' },
  { lastName: 'Сидорова', firstName: 'Мария', patronymic: 'Олеговна', legalForm: LegalForm.INDIVIDUAL_ENTREPRENEUR, companyName: 'ИП Сидорова М. О.', inn: '500100732259', taxRegime: TaxRegime.PSN, okvedCode: '96.02', activity: 'Парикмахерская', regionCode: '50', phone: '+7 903 555-12-34' },
  { lastName: 'Кузнецов', firstName: 'Андрей', legalForm: LegalForm.ORGANIZATION, companyName: 'ООО «СтройМонтаж»', inn: '7736207543', taxRegime: TaxRegime.OSNO, okvedCode: '43.21', activity: 'Электромонтажные работы', regionCode: '78', email: 'info@stroymontazh.ru' },
  { lastName: 'Орлова', firstName: 'Екатерина', patronymic: 'Игоревна', legalForm: LegalForm.ORGANIZATION, companyName: 'ООО «Альфа-Сервис»', inn: '7702145634', taxRegime: TaxRegime.USN_INCOME, okvedCode: '62.01', activity: 'Разработка программного обеспечения', regionCode: '77', phone: '+7 495 123-45-67', email: 'orlova@alfa-service.ru' },
  { lastName: 'Белова', firstName: 'Светлана', legalForm: LegalForm.ORGANIZATION, companyName: 'ООО «Медтехника Подмосковья»', inn: '5029012343', taxRegime: TaxRegime.OSNO, okvedCode: '46.46', activity: 'Торговля оптовая фармацевтической продукцией', regionCode: '50', email: 'belova@medtech-pm.ru' },
  { lastName: 'Никитин', firstName: 'Павел', legalForm: LegalForm.ORGANIZATION, companyName: 'ООО «Северный ветер»', inn: '7810123451', taxRegime: TaxRegime.USN_INCOME, okvedCode: '56.10', activity: 'Деятельность ресторанов', regionCode: '78', phone: '+7 812 700-11-22' },
];

/** A few leads, a saved calculation and an onboarding project, so every screen has something to show. */
async function seedDemoWork(rootEm: EntityManager, services: Services, log: Logger, firmId: string, users: User[]): Promise<void> {
  const em = firmEntityManager(rootEm, firmId);
  const person = (role: Role) => users.find((u) => u.role === role)!;
  const as = (user: User): Principal => ({ firmId, userId: user.id, userName: user.name, role: user.role, department: user.department ?? null, sessionId: null, apiTokenId: null, expiresAt: null, timeZone: DEFAULT_TIME_ZONE });
  // each step in a fresh fork, as each would be its own request
  const scope = (principal: Principal): SignedInScope => ({ em: em.fork(), principal, clock: services.config.clock, log });
  const manager = as(person(Role.MANAGER));
  const source = await em.findOneOrFail(LeadSource, { name: 'Рекомендация' });
  const leads: Lead[] = [];
  for (const lead of DEMO_LEADS) leads.push(await services.leads.create(scope(manager), { ...lead, sourceId: source.id }));
  await services.pricing.createRun(scope(manager), leads[0]!.id, {
    legalForm: LegalForm.ORGANIZATION,
    taxRegime: TaxRegime.USN_INCOME_MINUS_EXPENSES,
    values: [
      { key: 'employees', number: 12 },
      { key: 'bankOperations', number: 180 },
      { key: 'documents', number: 60 },
      { key: 'bankAccounts', number: 2 },
      { key: 'activityKind', option: 'trade' },
    ],
  });
  const template = await em.findOneOrFail(ProjectTemplate, {});
  // the firm's day, as every date the product shows is
  const today = firmToday(services.config.clock, DEFAULT_TIME_ZONE);
  const daysAgo = (days: number) => addDays(today, -days);
  const coordinator = as(person(Role.COORDINATOR));
  const accountant = as(person(Role.ACCOUNTANT));
  // the fifth («Медтехника») stays NEW
  const [vostok, sidorova, stroy, alfa, , sever] = leads as [Lead, Lead, Lead, Lead, Lead, Lead];

  // leads spread over the pipeline, so the board and the filters show something in several columns
  const stage = async (lead: Lead, next: LeadStage, lostReasonId: string | null = null) => {
    const current = await em.fork().findOneOrFail(LeadEntity, { id: lead.id });
    await services.leads.moveStage(scope(manager), { id: lead.id, version: current.version, stage: next, lostReasonId });
  };
  await stage(sidorova, LeadStage.CONTACTED);
  await stage(stroy, LeadStage.CONTACTED);
  await stage(stroy, LeadStage.NEGOTIATION);
  await services.pricing.createRun(scope(manager), alfa.id, {
    legalForm: LegalForm.ORGANIZATION,
    taxRegime: TaxRegime.USN_INCOME,
    values: [
      { key: 'employees', number: 4 },
      { key: 'bankOperations', number: 60 },
      { key: 'documents', number: 20 },
      { key: 'bankAccounts', number: 1 },
      { key: 'activityKind', option: 'services' },
    ],
  });
  await stage(alfa, LeadStage.WON);
  const tooExpensive = await em.findOneOrFail(LostReason, { name: 'Дорого' });
  await stage(sever, LeadStage.LOST, tooExpensive.id);

  const first = await services.projects.create(scope(coordinator), {
    name: 'Приём ООО «Торговый дом Восток»',
    leadId: vostok.id,
    templateId: template.id,
    specifics: 'Оптовая торговля, склад в Подольске, 12 сотрудников',
  });
  const second = await services.projects.create(scope(coordinator), {
    name: 'Приём ООО «Альфа-Сервис»',
    leadId: alfa.id,
    templateId: template.id,
    startDate: daysAgo(14),
    specifics: 'Разработка ПО, УСН «Доходы», 4 сотрудника, банк — Точка',
  });

  // every change goes through the services as the person who would make it, so the audit log and the board history read true
  const tasksOf = async (projectId: string) => new Map((await em.fork().find(Task, { project: projectId })).map((t) => [t.title, t.id]));
  const fresh = (id: string) => em.fork().findOneOrFail(Task, { id });
  const setStatus = async (id: string, status: TaskStatus, by: Principal = coordinator) => services.tasks.changeStatus(scope(by), id, (await fresh(id)).version, status);
  const assign = async (id: string, userId: string) => services.tasks.assign(scope(coordinator), id, (await fresh(id)).version, userId);

  const firstTasks = await tasksOf(first.id);
  const infobase = firstTasks.get('Принять базу 1С')!;
  const taxBalance = firstTasks.get('Проверить сальдо ЕНС и сверку с налоговой')!;
  await setStatus(firstTasks.get('Подготовить договор и комплект доверенностей')!, TaskStatus.DONE);
  await setStatus(firstTasks.get('Собрать документы клиента')!, TaskStatus.WAITING_CLIENT);
  await assign(infobase, accountant.userId);
  await assign(taxBalance, accountant.userId);
  await setStatus(infobase, TaskStatus.IN_PROGRESS, accountant);
  const statements = await services.tasks.create(scope(coordinator), {
    projectId: first.id,
    title: 'Получить выписки по расчётным счетам за I квартал',
    description: 'Клиент обещал выгрузить выписки из банк-клиента до пятницы.',
    department: Department.TAX,
    assigneeId: accountant.userId,
    status: TaskStatus.WAITING_CLIENT,
    dueDate: daysAgo(-3),
  });
  await services.tasks.comment(scope(coordinator), infobase, 'Наталья Викторовна, база у клиента в облаке 1С:Фреш — доступ пришлют сегодня.', [accountant.userId]);
  await services.tasks.comment(scope(accountant), infobase, 'Доступ получила, конфигурация «Бухгалтерия предприятия» 3.0. Проверяю закрытые периоды.', []);
  await services.tasks.comment(scope(accountant), statements.id, 'Написала клиенту, ждём выписки.', []);

  const secondTasks = await tasksOf(second.id);
  for (const title of ['Подготовить договор и комплект доверенностей', 'Собрать документы клиента', 'Принять базу 1С']) await setStatus(secondTasks.get(title)!, TaskStatus.DONE);
  await setStatus(secondTasks.get('Проверить сальдо ЕНС и сверку с налоговой')!, TaskStatus.REVIEW);
  await setStatus(secondTasks.get('Настроить расчёт зарплаты')!, TaskStatus.IN_PROGRESS);
  const reports = secondTasks.get('Проверить сданную отчётность и ближайшие сроки')!;
  await assign(reports, accountant.userId);
  await setStatus(reports, TaskStatus.IN_PROGRESS, accountant);

  // a conversation on the timeline with a promised call-back, so «Мои напоминания» and the bell have something
  await services.timeline.log(scope(manager), {
    leadId: vostok.id,
    kind: EntryKind.CALL,
    direction: ContactDirection.INCOMING,
    contactName: 'Иван Сергеевич Петров',
    summary: 'Обсудили расчёт: 12 сотрудников, два расчётных счёта. Клиент сравнивает с предложением другой фирмы.',
    followUp: { title: 'Перезвонить по итогам сравнения предложений', dueDate: addDays(today, 2), dueTime: '11:00' },
  });
  await services.timeline.log(scope(manager), {
    leadId: stroy.id,
    kind: EntryKind.MEETING,
    direction: ContactDirection.OUTGOING,
    contactName: 'Андрей Кузнецов',
    summary: 'Встреча в офисе клиента: ОСНО, НДС, 25 сотрудников на объектах. Нужен расчёт с кадровым учётом.',
  });

  // the won lead is a client: each area held by its department, accepted, its filings and payments on their calendars
  const owner = as(person(Role.OWNER));
  const payrollHead = as(users.find((u) => u.department === Department.PAYROLL)!);
  const primary = as(users.find((u) => u.department === Department.PRIMARY_DOCUMENTS)!);
  const client = await services.clients.createFromLead(scope(manager), alfa.id, (await em.fork().findOneOrFail(LeadEntity, { id: alfa.id })).version);
  const holders: [ServiceArea, Principal][] = [[ServiceArea.TAXES, accountant], [ServiceArea.PAYROLL, payrollHead], [ServiceArea.PRIMARY_DOCUMENTS, primary]];
  for (const [area, holder] of holders) await services.clientSchedules.assign(scope(owner), { clientId: client.id, area, accountantId: holder.userId, fromDate: today });
  const accepted = await services.clientSchedules.accept(scope(owner), client.id, (await services.clients.get(scope(owner), client.id)).version, today);
  await services.timeline.log(scope(accountant), {
    clientId: accepted.id,
    kind: EntryKind.NOTE,
    summary: 'Клиент принят на обслуживание. Банк — Точка, зарплата 10 и 25 числа, отчётность сдаём через Контур.',
  });
}

