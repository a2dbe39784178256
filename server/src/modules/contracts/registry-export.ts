import type { EntityManager } from '@mikro-orm/postgresql';
import ExcelJS from 'exceljs';
import { User } from '../auth/user.entity.js';
import { Client } from '../clients/client.entity.js';
import { Lead } from '../leads/lead.entity.js';
import { Contract, ContractAmendment } from './contract.entity.js';
import { ContractStatus } from './contract.enums.js';
import { priceHistory } from './price-history.js';
import { contractStatus, priceOn } from './rules/status.js';

const STATUS_RU: Record<ContractStatus, string> = {
  DRAFT: 'Черновик',
  SENT: 'Отправлен клиенту',
  SIGNED_BY_FIRM: 'Подписан фирмой',
  SIGNED_BY_CLIENT: 'Подписан клиентом',
  SIGNED_BOTH: 'Действует',
  TERMINATED: 'Расторгнут',
};

const RUBLES = '#,##0.00 "₽"';
const DAY = 'dd.mm.yyyy';

/** A YYYY-MM-DD day as a date cell (midnight UTC: Excel shows the same day everywhere). */
const dayCell = (day: string | null | undefined): Date | null => (day ? new Date(`${day}T00:00:00Z`) : null);

/**
 * The registry as an XLSX workbook: the contracts the on-screen filter finds, Russian headers,
 * prices in force on the firm's today as numbers in roubles with the ₽ format, dates as dates,
 * and a totals row (count and the sum of monthly prices, as a formula with its value).
 */
export async function registryWorkbook(em: EntityManager, contracts: Contract[], today: string): Promise<Buffer> {
  const ids = contracts.map((c) => c.id);
  const ref = (r: { id: string } | null | undefined) => r?.id;
  const [amendments, clients, clientsOfLeads, leads, managers] = ids.length
    ? await Promise.all([
        em.find(ContractAmendment, { contract: { $in: ids } }),
        em.find(Client, { id: { $in: contracts.map((c) => ref(c.customer)).filter(Boolean) as string[] } }),
        em.find(Client, { lead: { $in: contracts.map((c) => ref(c.lead)).filter(Boolean) as string[] } }),
        em.find(Lead, { id: { $in: contracts.map((c) => ref(c.lead)).filter(Boolean) as string[] } }),
        em.find(User, { id: { $in: contracts.map((c) => ref(c.manager)).filter(Boolean) as string[] } }),
      ])
    : [[], [], [], [], []];
  const clientById = new Map(clients.map((c) => [c.id, c]));
  const clientByLead = new Map(clientsOfLeads.map((c) => [c.lead!.id, c]));
  const leadById = new Map(leads.map((l) => [l.id, l]));
  const managerById = new Map(managers.map((u) => [u.id, u]));

  const workbook = new ExcelJS.Workbook();
  workbook.created = new Date(`${today}T00:00:00Z`);
  const sheet = workbook.addWorksheet('Реестр договоров', { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = [
    { header: '№ договора', key: 'number', width: 14 },
    { header: 'Дата', key: 'date', width: 12, style: { numFmt: DAY } },
    { header: 'Клиент', key: 'client', width: 36 },
    { header: 'ИНН', key: 'inn', width: 14 },
    { header: 'Статус', key: 'status', width: 20 },
    { header: 'Начало обслуживания', key: 'startDate', width: 14, style: { numFmt: DAY } },
    { header: 'Подписан фирмой', key: 'firmSignedOn', width: 14, style: { numFmt: DAY } },
    { header: 'Подписан клиентом', key: 'clientSignedOn', width: 14, style: { numFmt: DAY } },
    { header: 'Оригинал получен', key: 'originalReceivedOn', width: 14, style: { numFmt: DAY } },
    { header: 'Расторгнут', key: 'terminatedOn', width: 14, style: { numFmt: DAY } },
    { header: 'Цена в месяц', key: 'price', width: 16, style: { numFmt: RUBLES } },
    { header: 'Менеджер', key: 'manager', width: 24 },
  ];
  sheet.getRow(1).font = { bold: true };

  let sum = 0;
  for (const contract of contracts) {
    const client = (contract.customer && clientById.get(contract.customer.id)) || (contract.lead && clientByLead.get(contract.lead.id)) || null;
    const lead = contract.lead ? leadById.get(contract.lead.id) : undefined;
    const steps = priceHistory(contract, amendments.filter((a) => a.contract.id === contract.id));
    const kopecks = priceOn(steps, today) ?? contract.price;
    sum += kopecks;
    sheet.addRow({
      number: contract.number,
      date: dayCell(contract.date),
      client: client?.shortName ?? lead?.companyName ?? contract.client.fullName ?? '',
      inn: contract.client.inn ?? client?.inn ?? lead?.inn ?? '',
      status: STATUS_RU[contractStatus(contract)],
      startDate: dayCell(contract.startDate),
      firmSignedOn: dayCell(contract.firmSignedOn),
      clientSignedOn: dayCell(contract.clientSignedOn),
      originalReceivedOn: dayCell(contract.originalReceivedOn),
      terminatedOn: dayCell(contract.terminatedOn),
      price: kopecks / 100,
      manager: contract.manager ? (managerById.get(contract.manager.id)?.name ?? '') : '',
    });
  }
  const last = contracts.length + 1;
  const total = sheet.addRow({ number: 'Итого', client: `Договоров: ${contracts.length}` });
  total.getCell('price').value = contracts.length ? { formula: `SUM(K2:K${last})`, result: sum / 100 } : 0;
  total.font = { bold: true };
  if (contracts.length) sheet.autoFilter = { from: 'A1', to: `L${last}` };
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
