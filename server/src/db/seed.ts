import type { EntityManager } from '@mikro-orm/postgresql';
import type { Logger } from '../logger.js';
import { Firm } from '../modules/auth/firm.entity.js';
import { Department, Role } from '../modules/auth/roles.js';
import { hashPassword } from '../modules/auth/tokens.js';
import { User } from '../modules/auth/user.entity.js';
import { recordedTransaction } from '../modules/events/event-log.js';
import { setUpNewFirm } from '../modules/auth/firm-setup.js';

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

/** On a database without firms, creates the demo firm with one user per role. */
export async function seedDemo(em: EntityManager, log: Logger): Promise<void> {
  if (await em.count(Firm, {})) return;
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const firm = em.create(Firm, { name: DEMO_FIRM });
  const owner = DEMO_PEOPLE[0]!;
  await recordedTransaction(em, { firmId: firm.id, userId: null, userName: 'Schetovod' }, async (tx) => {
    tx.em.persist(firm);
    setUpNewFirm(tx.em, firm.id);
    for (const person of DEMO_PEOPLE) {
      const user = tx.em.create(User, { firm, passwordHash, department: null, ...person });
      tx.record({ topic: 'auth', type: 'USER_INVITED', subjectType: 'User', subjectId: user.id, data: { email: user.email, name: user.name, role: user.role, department: user.department ?? null } });
    }
  });
  log.info({ firm: DEMO_FIRM, login: owner.email, password: DEMO_PASSWORD }, 'demo data created');
  console.log(`\n  Демо-доступ / demo login: ${owner.email} / ${DEMO_PASSWORD}  (other roles: ${DEMO_PEOPLE.slice(1).map((p) => p.email).join(', ')})\n`);
}
