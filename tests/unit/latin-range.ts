// The code units that latinText() accepts (words.ts: BEYOND_LATIN), for tests that check a fast
// path over all of them one by one.
const RANGES: readonly (readonly [number, number])[] = [
  [0, 0x24f],
  [0x2000, 0x206f],
  [0x20a0, 0x20cf],
];

export const LATIN_RANGE_CODES: readonly number[] = RANGES.flatMap(([from, to]) =>
  Array.from({ length: to - from + 1 }, (_, i) => from + i),
);
