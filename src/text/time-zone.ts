// How a declared date-time says its time zone: the day as written depends on it.

const IN_UTC = /\d(?::\d\d)?(?:\.\d+)?\s*(?:Z|[+-]00:?00|UTC|GMT)\s*$/i;
const LOCAL_OFFSET = /[+-](?:0[1-9]|1\d)(?::?\d\d)?\s*$/;

/** Written in UTC: "…T23:00:00Z", "+00:00", "UTC", "GMT". */
export function inUtc(value: string | null): boolean {
  return !!value && IN_UTC.test(value);
}

/** Written with an offset other than UTC's: "-08:00", "+0200". */
export function inLocalTime(value: string | null): boolean {
  return !!value && LOCAL_OFFSET.test(value);
}
