// tsc copies no JSON data: the phrase files are read at run time from dist/data.
import { cpSync } from 'node:fs';

cpSync(new URL('../src/data', import.meta.url), new URL('../dist/data', import.meta.url), {
  recursive: true,
  filter: (src) => !src.endsWith('.ts'),
});
