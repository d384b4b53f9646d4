// Glob patterns expanded by the tool itself, so that a quoted "in/**/*.txt" works the same in
// every shell (and in none, as under xargs or Spark's pipe). Supported: * ? ** [abc] [!abc] {a,b}.

const MAGIC = /[*?[\]{}]/;

export function hasMagic(pattern: string): boolean {
  return MAGIC.test(pattern);
}

function literal(c: string): string {
  return /[.+^$()|\\/]/.test(c) ? `\\${c}` : c;
}

function source(glob: string): string {
  let re = '';
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i] as string;
    if (c === '*') {
      if (glob[i + 1] === '*') {
        // "**/" matches any number of folders, including none; a trailing "**" anything.
        if (glob[i + 2] === '/') {
          re += '(?:[^/]*/)*';
          i += 2;
        } else {
          re += '.*';
          i += 1;
        }
      } else re += '[^/]*';
    } else if (c === '?') re += '[^/]';
    else if (c === '[') {
      const end = glob.indexOf(']', i + 2);
      if (end < 0) re += '\\[';
      else {
        const body = glob
          .slice(i + 1, end)
          .replace(/^!/, '^')
          .replace(/\\/g, '\\\\');
        re += `[${body}]`;
        i = end;
      }
    } else if (c === '{') {
      const end = glob.indexOf('}', i);
      if (end < 0) re += '\\{';
      else {
        re += `(?:${glob
          .slice(i + 1, end)
          .split(',')
          .map(source)
          .join('|')})`;
        i = end;
      }
    } else re += literal(c);
  }
  return re;
}

/** A glob as a regular expression over a whole '/'-separated path. */
export function globToRegExp(glob: string): RegExp {
  return new RegExp(`^${source(glob)}$`);
}

/** The folder a glob starts from: its leading path segments without magic ("in/a/*.txt" → "in/a"). */
export function globBase(pattern: string): string {
  const parts = pattern.split('/');
  const fixed: string[] = [];
  for (const p of parts.slice(0, -1)) {
    if (hasMagic(p)) break;
    fixed.push(p);
  }
  if (fixed.length === 0) return '.';
  const base = fixed.join('/');
  return base === '' ? '/' : base;
}

/**
 * --include/--exclude: a pattern with a slash matches the path below the input folder, one
 * without matches the name (like .gitignore).
 */
export function pathMatcher(patterns: string[]): (rel: string, name: string) => boolean {
  const compiled = patterns.map((p) => ({ re: globToRegExp(p.replace(/^\.?\//, '')), byName: !p.includes('/') }));
  return (rel, name) => compiled.some((c) => c.re.test(c.byName ? name : rel));
}
