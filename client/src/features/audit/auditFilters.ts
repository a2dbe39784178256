import { EventType } from '../../gql/graphql';

/** The area an event type belongs to, for the grouped kind picker. */
export function areaOf(type: string): string {
  if (type.startsWith('TASK_')) return 'tasks';
  if (type.startsWith('PROJECT_') || type.startsWith('TEMPLATE_')) return 'projects';
  if (type.startsWith('PRICING_') || type.startsWith('TARIFF_')) return 'pricing';
  if (type.startsWith('LEAD') || type.startsWith('LOST_REASON')) return 'leads';
  return 'auth';
}

/** Every event type grouped by area, in a stable order. */
export function eventTypesByArea(): [string, string[]][] {
  const groups = new Map<string, string[]>();
  for (const type of Object.values(EventType).sort()) groups.set(areaOf(type), [...(groups.get(areaOf(type)) ?? []), type]);
  return ['leads', 'pricing', 'projects', 'tasks', 'auth'].filter((area) => groups.has(area)).map((area) => [area, groups.get(area)!]);
}

/** ДД.ММ.ГГГГ as typed → YYYY-MM-DD; null for an empty or impossible day. */
export function parseDay(text: string): string | null {
  const match = /^\s*(\d{1,2})\.(\d{1,2})\.(\d{4})\s*$/.exec(text);
  if (!match) return null;
  const [day, month, year] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}
