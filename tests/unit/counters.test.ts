import { describe, expect, it } from 'vitest';
import { cleanDetailed } from '../../src/index.js';

function ruleOf(line: string): string | undefined {
  const page = `${'Le gouvernement a annoncé mardi une série de mesures pour soutenir les agriculteurs touchés par la sécheresse. '.repeat(3)}\n${line}\n${'Les syndicats agricoles ont salué ces annonces, tout en réclamant des aides plus rapides et mieux ciblées pour les exploitations. '.repeat(3)}`;
  return cleanDetailed(page).blocks.find((b) => b.text === line)?.rule;
}

describe('counters', () => {
  it.each(['1.2K shares', '5 min read', 'Views: 345', '阅读 1.2万', '0条评论', 'Lesezeit: 3 Minuten'])(
    '%s is a counter',
    (line) => {
      expect(ruleOf(line)).toBe('counter');
    },
  );

  it.each(['12 comments', 'Comments (3)'])('%s ends the article (a comment count)', (line) => {
    expect(ruleOf(line)).toBe('end-marker');
  });

  it.each(['12 comments', 'Comments (3)'])('%s ends the article (a comment count)', (line) => {
    expect(ruleOf(line)).toBe('end-marker');
  });

  it.each(['Phase 2', 'Top 10', 'Windows 11'])('%s is not a counter', (line) => {
    expect(ruleOf(line)).not.toBe('counter');
  });

  it('drops an archive list run together on one line', () => {
    expect(ruleOf('2016 Oktober (1) 2016 August (1) 2016 Juli (2) 2016 Mai (1) 2016 März (1) 2016 Januar (4)')).toBe(
      'counter',
    );
  });

  it('drops a lone number as no-letters', () => {
    expect(ruleOf('0')).toBe('no-letters');
  });
});
