import { EventType } from '../../gql/graphql';

/** The area an event type belongs to, for the grouped kind picker. */
export function areaOf(type: string): string {
  if (type.startsWith('TASK_')) return 'tasks';
  if (type.startsWith('PROJECT_') || type.startsWith('TEMPLATE_')) return 'projects';
  if (type.startsWith('PRICING_') || type.startsWith('TARIFF_')) return 'pricing';
  if (type.startsWith('LEAD') || type.startsWith('LOST_REASON')) return 'leads';
  if (type.startsWith('CLIENT_') || type.startsWith('OBLIGATION_') || type.startsWith('PRODUCTION_CALENDAR_')) return 'clients';
  if (['TIMELINE_', 'FOLLOW_UP_', 'DOCUMENT_REQUEST_', 'MAIL'].some((prefix) => type.startsWith(prefix))) return 'correspondence';
  if (['CONTRACT_', 'AMENDMENT_', 'POA_', 'DOCUMENT_'].some((prefix) => type.startsWith(prefix))) return 'contracts';
  return 'auth';
}

/** Every event type grouped by area, in a stable order. */
export function eventTypesByArea(): [string, string[]][] {
  const groups = new Map<string, string[]>();
  for (const type of Object.values(EventType).sort()) groups.set(areaOf(type), [...(groups.get(areaOf(type)) ?? []), type]);
  return ['leads', 'pricing', 'contracts', 'clients', 'correspondence', 'projects', 'tasks', 'auth'].filter((area) => groups.has(area)).map((area) => [area, groups.get(area)!]);
}
