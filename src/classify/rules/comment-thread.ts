import { type FilteredKeys, filtered } from '../../text/key-filter.js';
import { type Context, drop } from '../context.js';

// A thread of reader comments repeats the same action label under every comment ("Reply",
// "Antworten", "Répondre", "Like"), each comment opening with a few short header lines (name,
// "says:", date) before its text. Two such labels close together, with the same header shape
// before each comment, mark a thread: its comments go, wherever the region search would put them.
const MAX_LABEL_WORDS = 3;
const MAX_GAP = 12;
const MAX_HEADER = 4;
const HEADER_MAX_WORDS = 8;
const MAX_BODY = 6;

function isLabel(ctx: Context, labels: FilteredKeys<string>, i: number): boolean {
  const f = ctx.feats[i];
  return !!f && f.words <= MAX_LABEL_WORDS && !!f.key && labels.get(f.key) === 'comments';
}

const isProse = (ctx: Context, i: number): boolean => {
  const q = ctx.qualities[i];
  return q === 'good' || q === 'near' || !!ctx.feats[i]?.sentence;
};

const isHeader = (ctx: Context, i: number): boolean => {
  const f = ctx.feats[i];
  return !!f && f.words <= HEADER_MAX_WORDS && !f.sentence && ctx.qualities[i] !== 'good';
};

export function commentThreadRule(ctx: Context): void {
  const byKey = new Map<string, number[]>();
  const labels = filtered(ctx.book.lines);
  ctx.blocks.forEach((_, i) => {
    if (!isLabel(ctx, labels, i)) return;
    const key = ctx.feats[i]?.key ?? '';
    const list = byKey.get(key) ?? [];
    list.push(i);
    byKey.set(key, list);
  });
  for (const positions of byKey.values()) {
    // Runs of the label with at most MAX_GAP blocks between consecutive occurrences.
    let runStart = 0;
    for (let k = 1; k <= positions.length; k++) {
      const prev = positions[k - 1] ?? 0;
      const cur = positions[k];
      if (cur !== undefined && cur - prev <= MAX_GAP) continue;
      const run = positions.slice(runStart, k);
      runStart = k;
      if (run.length < 2) continue;
      const [p1 = 0, p2 = 0] = run;
      // The second comment's shape: header lines after the first label, then its text.
      let h = 0;
      let j = p1 + 1;
      while (j < p2 && !isProse(ctx, j)) {
        if (!isHeader(ctx, j)) break;
        h++;
        j++;
      }
      if (h === 0 || h > MAX_HEADER || j >= p2) continue;
      // The first comment: its text before the first label, then as many header lines.
      let s = p1 - 1;
      let body = 0;
      while (s >= 0 && isProse(ctx, s) && body < MAX_BODY) {
        s--;
        body++;
      }
      if (body === 0) continue;
      let headers = 0;
      while (s >= 0 && headers < h && isHeader(ctx, s)) {
        s--;
        headers++;
      }
      if (headers < h) continue;
      const start = s + 1;
      const end = run[run.length - 1] ?? p1;
      for (let i = start; i <= end; i++) drop(ctx, i, 'comment-thread', 'part of a thread of reader comments');
      ctx.barriers.add(start);
    }
  }
}
