import { describe, expect, it } from 'vitest';
import en from './locales/en.json';
import ru from './locales/ru.json';
import { RUSSIAN_TIME_ZONES, timeZoneGroups } from './timeZones';

function keys(value: unknown, prefix = ''): string[] {
  if (typeof value !== 'object' || value === null) return [prefix];
  return Object.entries(value).flatMap(([key, child]) => keys(child, prefix ? `${prefix}.${key}` : key));
}

describe('the time zone picker', () => {
  it('names every Russian zone in Russian and English, with the same keys in both', () => {
    expect(keys(en).sort()).toEqual(keys(ru).sort());
    expect(Object.keys(ru.zones)).toEqual([...RUSSIAN_TIME_ZONES]);
    expect(ru.zones['Asia/Vladivostok']).toBe('Владивосток');
  });

  it('offers the Russian zones first under their names, then the other zones, and always the current one', () => {
    const groups = timeZoneGroups({
      current: 'Etc/Unlisted',
      russianName: (zone) => ru.zones[zone as keyof typeof ru.zones],
      russiaGroup: 'Россия',
      otherGroup: 'Другие',
      available: ['Europe/Moscow', 'Europe/Berlin', 'Asia/Almaty'],
    });
    expect(groups[0]!.group).toBe('Россия');
    expect(groups[0]!.items[1]).toEqual({ value: 'Europe/Moscow', label: 'Москва (Europe/Moscow)' });
    expect(groups[0]!.items).toHaveLength(12);
    expect(groups[1]).toEqual({
      group: 'Другие',
      items: [
        { value: 'Asia/Almaty', label: 'Asia/Almaty' },
        { value: 'Etc/Unlisted', label: 'Etc/Unlisted' },
        { value: 'Europe/Berlin', label: 'Europe/Berlin' },
      ],
    });
  });
});
