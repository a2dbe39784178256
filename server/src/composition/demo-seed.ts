import type { EntityManager } from '@mikro-orm/postgresql';
import { DEFAULT_TIME_ZONE } from '../clock.js';
import type { Logger } from '../logger.js';
import type { Principal } from '../graphql/context.js';
import type { Services } from '../graphql/context.js';
import { firmEntityManager } from '../graphql/tenant-em.js';
import { LegalForm, TaxRegime } from '../modules/leads/lead.enums.js';
import { LeadSource } from '../modules/leads/lead-lists.entity.js';
import { ProjectTemplate } from '../modules/projects/template.entity.js';
import { Firm } from '../modules/auth/firm.entity.js';
import { Department, Role } from '../modules/auth/roles.js';
import { hashPassword } from '../modules/auth/tokens.js';
import { User } from '../modules/auth/user.entity.js';
import { recordedTransaction } from '../modules/events/event-log.js';
import { setUpNewFirm } from './firm-setup.js';

export const DEMO_FIRM = 'Демо-бухгалтерия';
export const DEMO_PASSWORD = 'demo2026';

const DEMO_PEOPLE: { email: string; name: string; role: Role; department?: Department }[] = [
  { email: 'owner@demo.test', name: 'Анна Владимировна Соколова', role: Role.OWNER },
  { email: 'manager@demo.test', name: 'Игорь Петрович Лебедев', role: Role.MANAGER },
  { email: 'coordinator@demo.test', name: 'Мария Сергеевна Кузнецова', role: Role.COORDINATOR },
  { email: 'tax.head@demo.test', name: 'Ольга Николаевна Морозова', role: Role.HEAD, department: Department.TAX },
  { email: 'payroll.head@demo.test', name: 'Елена Андреевна Волкова', role: Role.HEAD, department: Department.PAYROLL },
  { email: 'contracts.head@demo.test', name: 'Дмитрий Олегович Павлов', role: Role.HEAD, department: Department.CONTRACTS },
  { email: 'accountant@demo.test', name: 'Наталья Викторовна Смирнова', role: Role.ACCOUNTANT, department: Department.TAX },
];

/** On a database without firms, creates the demo firm with one user per role, a few leads and a project. */
export async function seedDemo(em: EntityManager, services: Services, log: Logger): Promise<void> {
  if (await em.count(Firm, {})) return;
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const firm = em.create(Firm, { name: DEMO_FIRM });
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
  await seedDemoWork(em, services, firm.id, users);
  log.info({ firm: DEMO_FIRM, login: owner.email, password: DEMO_PASSWORD }, 'demo data created');
  console.log(`\n  Демо-доступ / demo login: ${owner.email} / ${DEMO_PASSWORD}  (other roles: ${DEMO_PEOPLE.slice(1).map((p) => p.email).join(', ')})\n`);
}

const DEMO_LEADS = [
  { lastName: 'Петров', firstName: 'Иван', patronymic: 'Сергеевич', legalForm: LegalForm.ORGANIZATION, companyName: 'ООО «Торговый дом Восток»', inn: '7707083893', taxRegime: TaxRegime.USN_INCOME_MINUS_EXPENSES, okvedCode: '46.90', activity: 'Оптовая торговля', regionCode: '77', phone: '+7 916 123-45-67', email: 'petrov@td-vostok.ru' },
  { lastName: 'Сидорова', firstName: 'Мария', patronymic: 'Олеговна', legalForm: LegalForm.INDIVIDUAL_ENTREPRENEUR, companyName: 'ИП Сидорова М. О.', inn: '500100732259', taxRegime: TaxRegime.PSN, okvedCode: '96.02', activity: 'Парикмахерская', regionCode: '50', phone: '+7 903 555-12-34' },
  { lastName: 'Кузнецов', firstName: 'Андрей', legalForm: LegalForm.ORGANIZATION, companyName: 'ООО «СтройМонтаж»', inn: '7736207543', taxRegime: TaxRegime.OSNO, okvedCode: '43.21', activity: 'Электромонтажные работы', regionCode: '78', email: 'info@stroymontazh.ru' },
];

/** A few leads, a saved calculation and an onboarding project, so every screen has something to show. */
async function seedDemoWork(rootEm: EntityManager, services: Services, firmId: string, users: User[]): Promise<void> {
  const em = firmEntityManager(rootEm, firmId);
  const person = (role: Role) => users.find((u) => u.role === role)!;
  const as = (user: User): Principal => ({ firmId, userId: user.id, userName: user.name, role: user.role, department: user.department ?? null, sessionId: null, apiTokenId: null, expiresAt: null, timeZone: DEFAULT_TIME_ZONE });
  const manager = as(person(Role.MANAGER));
  const source = await em.findOneOrFail(LeadSource, { name: 'Рекомендация' });
  const leads = [];
  for (const lead of DEMO_LEADS) leads.push(await services.leads.create(em.fork(), manager, { ...lead, sourceId: source.id }));
  await services.pricing.createRun(em.fork(), manager, leads[0]!.id, {
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
  await services.projects.create(em.fork(), as(person(Role.COORDINATOR)), {
    name: 'Приём ООО «Торговый дом Восток»',
    leadId: leads[0]!.id,
    templateId: template.id,
    specifics: 'Оптовая торговля, склад в Подольске, 12 сотрудников',
  });
}
