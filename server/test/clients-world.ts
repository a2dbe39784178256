import type { App } from '../src/app.js';
import { firmEntityManager } from '../src/graphql/tenant-em.js';
import { User } from '../src/modules/auth/user.entity.js';
import { Client, ClientAssignment } from '../src/modules/clients/client.entity.js';
import { ClientStatus, ObligationStatus } from '../src/modules/clients/client.enums.js';
import { Obligation } from '../src/modules/clients/obligation.entity.js';
import { ObligationKind, Recipient, ServiceArea } from '../src/modules/clients/schedule-link.js';
import { LegalForm, TaxRegime } from '../src/modules/leads/lead.enums.js';
import type { ListWorld } from './list-world.js';

const worlds = new WeakMap<ListWorld, { clientIds: string[] }>();

/** The clients of a list world; the first has `size` obligations and assignments. */
export const clientsOf = (world: ListWorld) => worlds.get(world)!;

/**
 * The list world's clients: `size` accepted clients, each from one of the world's leads, with
 * its three areas held (taxes by the world's accountant after an earlier holder) and an
 * obligation on the accountant (provisional); the first client with `size` obligations and `size` past holders.
 */
export async function addClients(app: App, world: ListWorld): Promise<void> {
  const firm = world.owner.firmId;
  const em = firmEntityManager(app.orm, firm);
  const users = await em.find(User, {}, { orderBy: { id: 'asc' } });
  const range = Array.from({ length: world.size }, (_, i) => i);
  const clients = range.map((i) =>
    em.create(Client, {
      firm, lead: world.leadIds[i]!, legalForm: LegalForm.ORGANIZATION, fullName: `ООО «Клиент ${i}»`, shortName: `ООО «Клиент ${i}»`, taxRegime: TaxRegime.USN_INCOME,
      hasEmployees: true, serviceStartDate: '2026-01-01', status: ClientStatus.ACTIVE, statusSince: '2026-01-01',
      contacts: [{ name: `Контакт ${i}` }],
    }),
  );
  const assign = (client: Client, area: ServiceArea, accountant: string, fromDate: string, toDate: string | null) =>
    em.create(ClientAssignment, { firm, client, area, accountant, fromDate, toDate, assignedBy: world.owner.userId });
  const obligation = (client: Client, n: number) =>
    em.create(Obligation, {
      firm, client, key: `USN_ADV_PAY:${n}`, code: 'USN_ADV_PAY', kind: ObligationKind.PAYMENT, recipient: Recipient.FNS, period: `2026-${n}`, nominalDate: '2026-04-28', dueDate: `2026-${String((n % 12) + 1).padStart(2, '0')}-28`,
      area: ServiceArea.TAXES, title: `Аванс ${n}`, owner: world.accountant.userId, status: n % 3 === 0 ? ObligationStatus.DONE : ObligationStatus.PLANNED,
      // every client has a provisional item: each is on the list of schedules to recompute
      provisional: n === 0,
    });
  clients.forEach((client, i) => {
    const holders = i === 0 ? world.size : 1;
    for (let h = 0; h < holders; h += 1) assign(client, ServiceArea.TAXES, users[h % users.length]!.id, `2025-${String((h % 12) + 1).padStart(2, '0')}-01`, '2025-12-31');
    assign(client, ServiceArea.TAXES, world.accountant.userId, '2026-01-01', null);
    assign(client, ServiceArea.PAYROLL, users[i % users.length]!.id, '2026-01-01', null);
    assign(client, ServiceArea.PRIMARY_DOCUMENTS, users[(i + 1) % users.length]!.id, '2026-01-01', null);
    for (let n = 0; n < (i === 0 ? world.size : 1); n += 1) obligation(client, n);
  });
  await em.flush();
  worlds.set(world, { clientIds: clients.map((c) => c.id) });
}
