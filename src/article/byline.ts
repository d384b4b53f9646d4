// Particles that stay lowercase inside names: "Ursula von der Leyen", "Luiz Inácio Lula da Silva".
const PARTICLES = new Set([
  'van',
  'von',
  'der',
  'de',
  'da',
  'di',
  'del',
  'la',
  'le',
  'du',
  'al',
  'el',
  'bin',
  'ibn',
  'y',
  'e',
  'and',
  'und',
  'et',
  'i',
  'и',
  've',
  'ja',
  'och',
  'og',
]);

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

export function looksLikeName(name: string): boolean {
  const ws = name.split(/\s+/).filter(Boolean);
  if (ws.length === 0 || ws.length > 8) return false;
  // Scripts without case (Arabic, CJK): trust the prefix, keep the name short.
  if (!/[\p{Lu}\p{Ll}]/u.test(name)) return name.length <= 40;
  return ws.every((w) => /^[\p{Lu}\d]/u.test(w) || PARTICLES.has(w.toLowerCase()));
}

interface BylineRes {
  start: RegExp;
  inner: RegExp;
}

const compiled = new WeakMap<string[], BylineRes>();

/** One regex for all prefixes (longest first, as the phrase book sorts them), built once. */
function regexes(prefixes: string[]): BylineRes {
  let res = compiled.get(prefixes);
  if (!res) {
    const alt = prefixes.map(escapeRe).join('|') || '\\b\\B';
    res = {
      start: new RegExp(`^(?:${alt})(?:\\s*:\\s*|\\s+)(.+)$`, 'iu'),
      // Inside a line only with a colon: "2024-03-28 来源：东海晨报 作者：王晓东".
      inner: new RegExp(`(?:^|\\s)(?:${alt})\\s*:\\s*([^:]+?)\\s*$`, 'iu'),
    };
    compiled.set(prefixes, res);
  }
  return res;
}

/** "By Jane Roe", "Von Anna Müller | 12.03.2024", "Автор: Иван Петров" → the name, else null. */
export function parseByline(text: string, prefixes: string[]): string | null {
  if (text.length > 120) return null;
  const t = text.normalize('NFKC');
  const re = regexes(prefixes);
  for (const m of [re.start.exec(t), re.inner.exec(t)]) {
    if (!m?.[1]) continue;
    const name = m[1]
      .split(/\s*[|•·,;(]\s*|\s+[-–—]\s+|\s+\d/u)[0]
      ?.replace(/[.:]+$/, '')
      .trim();
    if (name && looksLikeName(name)) return name;
  }
  return null;
}
