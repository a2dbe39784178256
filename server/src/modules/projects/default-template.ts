import { Department, Role } from '../auth/roles.js';
import { TaskPriority } from './project.enums.js';
import type { TemplateTask } from './template.entity.js';

export const ONBOARDING_TEMPLATE_NAME = 'Приём нового клиента';

/** The onboarding template every firm starts with; it can edit it like any other. */
export const ONBOARDING_TEMPLATE_TASKS: TemplateTask[] = [
  { key: 'contract', title: 'Подготовить договор и комплект доверенностей', description: 'Договор по согласованному расчёту, доверенности на ФНС, СФР, банк; отправить клиенту на подпись.', department: Department.CONTRACTS, assigneeRole: Role.HEAD, priority: TaskPriority.HIGH, dueInWorkingDays: 2, dependsOn: [] },
  { key: 'documents', title: 'Собрать документы клиента', description: 'Учредительные документы, действующие договоры, кадровые документы, доступы к банку и ЭДО.', department: Department.CONTRACTS, assigneeRole: Role.HEAD, priority: TaskPriority.NORMAL, dueInWorkingDays: 3, dependsOn: [] },
  { key: 'infobase', title: 'Принять базу 1С', description: 'Версия и конфигурация, файл или облако, дата передачи; проверить закрытые периоды.', department: Department.TAX, assigneeRole: Role.HEAD, priority: TaskPriority.HIGH, dueInWorkingDays: 3, dependsOn: [] },
  { key: 'taxBalance', title: 'Проверить сальдо ЕНС и сверку с налоговой', description: 'Запросить справку о сальдо ЕНС и акт сверки, разобрать расхождения.', department: Department.TAX, assigneeRole: Role.HEAD, priority: TaskPriority.HIGH, dueInWorkingDays: 5, dependsOn: [] },
  { key: 'taxReports', title: 'Проверить сданную отчётность и ближайшие сроки', description: 'Что сдано за прошлые периоды, что и когда сдавать в ближайшее время.', department: Department.TAX, assigneeRole: Role.HEAD, priority: TaskPriority.NORMAL, dueInWorkingDays: 5, dependsOn: ['infobase'] },
  { key: 'payrollSetup', title: 'Настроить расчёт зарплаты', description: 'Сотрудники, оклады, графики, даты выплат, вычеты по НДФЛ.', department: Department.PAYROLL, assigneeRole: Role.HEAD, priority: TaskPriority.NORMAL, dueInWorkingDays: 5, dependsOn: ['infobase'] },
  { key: 'personnel', title: 'Проверить кадровые документы', description: 'Трудовые договоры, приказы, личные карточки, сведения о трудовой деятельности.', department: Department.PAYROLL, assigneeRole: Role.HEAD, priority: TaskPriority.NORMAL, dueInWorkingDays: 7, dependsOn: ['documents'] },
  { key: 'acceptance', title: 'Итоговая встреча и приём на обслуживание', description: 'Подвести итоги приёма, назначить бухгалтеров по участкам.', department: null, assigneeRole: Role.COORDINATOR, priority: TaskPriority.NORMAL, dueInWorkingDays: 10, dependsOn: ['contract', 'taxBalance', 'payrollSetup'] },
];
