import type { Article, ParagraphStructure } from '../types.js';

/** YAML scalar: quoted only when YAML would misread it. */
function yamlValue(v: string | null): string {
  if (v === null) return 'null';
  if (/^[\p{L}\p{N}][^:#'"\n{}[\],&*!|>%@`]*$/u.test(v) && !/^(?:true|false|null|yes|no|~)$/i.test(v) && !/\s$/.test(v))
    return v;
  return JSON.stringify(v);
}

/** Markdown characters that would start a heading, list or quote at the beginning of a paragraph. */
function escapeBlockStart(p: string): string {
  return p.replace(/^(#{1,6}\s|[-+*]\s|>|\d+[.)]\s)/, '\\$1');
}

export function renderMarkdown(article: Article): string {
  const front = [
    '---',
    `title: ${yamlValue(article.title)}`,
    `lang: ${yamlValue(article.lang)}`,
    `site: ${yamlValue(article.siteName)}`,
    `byline: ${yamlValue(article.byline)}`,
    `published: ${yamlValue(article.published)}`,
    `source: ${yamlValue(article.source.path)}`,
    '---',
  ];
  const body = article.structure ? structured(article.structure) : article.paragraphs.map(escapeBlockStart);
  const head = article.title ? [`# ${article.title}`] : [];
  return `${[front.join('\n'), ...head, ...body].join('\n\n')}\n`;
}

const cell = (c: string): string => c.replace(/\|/g, '\\|').replace(/\s+/g, ' ').trim();

/** Markdown blocks from HTML structure: headings, lists, quotes, code, GFM tables, paragraphs. */
function structured(items: ParagraphStructure[]): string[] {
  const out: string[] = [];
  let i = 0;
  while (i < items.length) {
    const s = items[i] as ParagraphStructure;
    if (s.kind === 'li') {
      // A list: consecutive items, one per line, numbered per depth for ordered lists.
      const lines: string[] = [];
      const counters: number[] = [];
      for (; i < items.length && items[i]?.kind === 'li'; i++) {
        const it = items[i] as ParagraphStructure;
        counters.length = it.depth + 1;
        counters[it.depth] = (counters[it.depth] ?? 0) + 1;
        const marker = it.list === 'ol' ? `${counters[it.depth]}.` : '-';
        lines.push(`${'   '.repeat(it.depth)}${marker} ${it.markdown}`);
      }
      out.push(lines.join('\n'));
      continue;
    }
    if (s.kind === 'row' && s.cells) {
      const rows: string[][] = [];
      for (; i < items.length && items[i]?.kind === 'row'; i++) {
        const r = items[i] as ParagraphStructure;
        if (rows.length && r.tableStart) break;
        rows.push((r.cells ?? [r.markdown]).map(cell));
      }
      // Not Math.max(...): a table of 100,000 rows would overflow the call stack.
      const width = rows.reduce((m, r) => Math.max(m, r.length), 0);
      const line = (r: string[]) => `| ${Array.from({ length: width }, (_, k) => r[k] ?? '').join(' | ')} |`;
      const [header, ...rest] = rows;
      out.push([line(header ?? []), line(Array(width).fill('---')), ...rest.map(line)].join('\n'));
      continue;
    }
    i++;
    switch (s.kind) {
      case 'heading':
        out.push(`${'#'.repeat(Math.min(6, Math.max(2, s.level)))} ${s.markdown}`);
        break;
      case 'quote':
        out.push(`> ${s.markdown}`);
        break;
      case 'code':
        out.push(`\`\`\`\n${s.markdown}\n\`\`\``);
        break;
      default:
        out.push(escapeBlockStart(s.markdown));
    }
  }
  return out;
}
