// src/blocks/html/parse.ts runs htmlparser2 with its stack of open elements replaced by a linear
// one (upstream's is O(depth) per tag), with a tokenizer that skips the characters its states
// ignore (tokenizer.ts), and with common tag and attribute names read without slicing
// (known-names.ts). All rely on the parser's private interface: this test
// checks that the tree is the one cheerio's own htmlparser2 load builds, so an upgrade of
// htmlparser2 that changes that interface fails here, not silently in production.
import { readdirSync, readFileSync } from 'node:fs';
import { load } from 'cheerio/slim';
import type { AnyNode } from 'domhandler';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseHtml, releaseDom } from '../../src/blocks/html/parse.js';

const dir = new URL('../../fixtures/html/', import.meta.url);
const pages = readdirSync(dir).filter((f) => f.endsWith('.html'));

const malformed = [
  '<p>one<p>two<div>three</td></tr></table>four',
  '<div><div><div><span>deep</div></div>',
  '<table><tr><td>a<td>b</tr><tr><td>c</table><p>after',
  '<ul><li>one<li>two<ol><li>nested</ul>tail',
  '<b><i>crossed</b></i> end',
  '<svg><circle/><foreignObject><p>html in svg</p></foreignObject></svg><p>out',
  '<script>if (a < b) document.write("</div>")</script><p>text',
  '<!-- never closed <p>hidden',
  // The tokenizer's skips: entities in text and values, both quotes, a value or text cut short.
  'a &amp; b &lt;c&gt; &#233;t&eacute; & tail &',
  '<a href="x?a=1&amp;b=2" title=\'it&apos;s "q"\' data-x=un&amp;q>link</a> text',
  '<p class="a\'b" id=\'c"d\'>quotes inside</p>',
  '<p title="never closed>text &amp; more',
  '<p>trailing text, no tag after it',
  '<script><</script><style>a{}</style ><p>after',
  '<!-- a -- b ---><p>after<!---->',
  '<title>A &amp; B</title><textarea>x &lt; y</textarea>',
  // Names the parser knows (known-names.ts), in capitals, and near misses of them.
  '<DIV CLASS="x" Id=y><P Title=t>Up</P></DIV><Img SRC=a.png alt="">',
  '<a href=x hreflang=en data-src=s data-srcset=t>l</a><spanx>s</spanx><i>i</i><iframe src=f></iframe>',
  '<h7>h</h7><h1x>h</h1x><td>cell<tr><th>head</table><custom-element class=c>x</custom-element>',
  '',
];

describe('the linear-stack parser builds the same tree as cheerio', () => {
  it.each(pages)('%s', (name) => {
    const html = readFileSync(new URL(name, dir), 'latin1');
    expect(load(parseHtml(html)).html()).toBe(load(html).html());
  });

  it.each(malformed)('malformed: %j', (html) => {
    expect(load(parseHtml(html)).html()).toBe(load(html).html());
  });
});

// Pieces whose mix exercises every state the fast tokenizer skips through or hands back:
// entities complete and cut short, both quotes, raw-text elements, comments, CDATA, stray "<".
const PIECES = [
  '<',
  '>',
  '&',
  '&amp;',
  '&lt',
  '&#',
  '&#x41;',
  '&eacute',
  '&unknown;',
  '"',
  "'",
  '=',
  ' ',
  '\n',
  '/',
  '<!--',
  '-->',
  '--',
  '<!',
  '<?',
  '?>',
  '<![CDATA[',
  ']]>',
  'text',
  'é',
  '€',
  '<p',
  '</p',
  '<div class="x',
  "<a href='",
  '<script>',
  '</script>',
  '<style>',
  '</style>',
  '<textarea>',
  '</textarea>',
  '<title>',
  '</title>',
  '<br/>',
  '<img src=x>',
  '<svg>',
  '</svg>',
  '<table><tr><td>',
  '<li>',
  '<noscript>',
  'title="a&amp;b"',
  "data-x='&quot;'",
  'x=y&z',
  '<!DOCTYPE html>',
  '<body>',
  // Names the parser knows (known-names.ts), in capitals, and near misses of them.
  '<DIV ',
  'CLASS="c"',
  '<spanx>',
  'hreflang=x',
  // Tag and attribute names end on "/", ">", "=" or any of HTML's five whitespace characters.
  '\t',
  '\r',
  '\f',
  '<p\tid=a\fclass=b\r>',
  '<custom-tag',
  'data-long-name',
  'a/b',
];

describe('the fast tokenizer on generated markup', () => {
  it('builds the same tree as cheerio for any mix of tricky pieces', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 60 }), (parts) => {
        const html = parts.join('');
        expect(load(parseHtml(html)).html()).toBe(load(html).html());
      }),
      { numRuns: 2000 },
    );
  });
});

describe('releaseDom', () => {
  // A page read is unlinked so that a promoted part of its tree keeps nothing young alive.
  it('leaves no node linked to another, however deep', () => {
    const html = `${'<div><p>a <b>b</b> c</p>'.repeat(3)}${'<span>'.repeat(20_000)}deep`;
    const root = parseHtml(html);
    const all: AnyNode[] = [];
    const stack: AnyNode[] = [root];
    while (stack.length) {
      const n = stack.pop() as AnyNode;
      all.push(n);
      if ('children' in n) stack.push(...n.children);
    }
    releaseDom(root);
    expect(all.length).toBeGreaterThan(20_000);
    for (const n of all) {
      expect(n.parent ?? n.prev ?? n.next).toBeNull();
      if ('children' in n) expect(n.children).toHaveLength(0);
    }
  });
});

describe('attributes', () => {
  it('are kept under any name, "__proto__" and Object.prototype names included, first one wins', () => {
    const root = parseHtml('<div __proto__="p" constructor="c" class="a" class="b" toString=t>x</div>');
    const div = root.children[0] as unknown as { attribs: Record<string, string> };
    expect(Object.keys(div.attribs)).toEqual(['__proto__', 'constructor', 'class', 'tostring']);
    expect(div.attribs.class).toBe('a');
    expect(div.attribs.constructor).toBe('c');
    expect(div.attribs.id).toBeUndefined();
    expect('toString' in div.attribs).toBe(false);
  });
});
