/** The Russian zones firms work in, west to east; each has a name in the firm area's locales. */
export const RUSSIAN_TIME_ZONES = [
  'Europe/Kaliningrad',
  'Europe/Moscow',
  'Europe/Samara',
  'Asia/Yekaterinburg',
  'Asia/Omsk',
  'Asia/Novosibirsk',
  'Asia/Krasnoyarsk',
  'Asia/Irkutsk',
  'Asia/Yakutsk',
  'Asia/Vladivostok',
  'Asia/Magadan',
  'Asia/Kamchatka',
] as const;

export interface ZoneOption {
  value: string;
  label: string;
}

export interface ZoneGroup {
  group: string;
  items: ZoneOption[];
}

/**
 * Options for the zone picker: the Russian zones first under their own names, then every other
 * IANA zone the browser knows by its name. The current zone is always offered, even if the
 * browser does not list it, so the picker never shows an empty value.
 */
export function timeZoneGroups(options: {
  current: string | null;
  russianName: (zone: string) => string;
  russiaGroup: string;
  otherGroup: string;
  available?: readonly string[];
}): ZoneGroup[] {
  const russian: readonly string[] = RUSSIAN_TIME_ZONES;
  const available = options.available ?? Intl.supportedValuesOf('timeZone');
  const others = [...new Set([...available, ...(options.current ? [options.current] : [])])]
    .filter((zone) => !russian.includes(zone))
    .sort();
  return [
    { group: options.russiaGroup, items: RUSSIAN_TIME_ZONES.map((zone) => ({ value: zone, label: `${options.russianName(zone)} (${zone})` })) },
    { group: options.otherGroup, items: others.map((zone) => ({ value: zone, label: zone })) },
  ];
}
