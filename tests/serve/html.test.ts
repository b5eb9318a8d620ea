/**
 * Escaping and highlighting: text from articles and parameters never becomes markup, and an
 * article's spans render as flat, correctly classed segments.
 */
import { describe, expect, it } from 'vitest';
import type { ClaimExportRecord, MentionExportRecord } from '../../src/model/records.js';
import { collectMarks, highlightText } from '../../src/serve/highlight.js';
import { escapeHtml, html, Html, joinHtml, safeExternalUrl } from '../../src/serve/html.js';
import { snippetHtml } from '../../src/serve/pages/articles.js';
import { SNIPPET_MARKS } from '../../src/store/index.js';

const PAYLOAD = '<script>alert(1)</script> "><img src=x onerror=alert(1)> \'single\' & more';

describe('escapeHtml and html``', () => {
  it('escapes the five characters that matter in text and quoted attributes', () => {
    expect(escapeHtml(PAYLOAD)).toBe(
      '&lt;script&gt;alert(1)&lt;/script&gt; &quot;&gt;&lt;img src=x onerror=alert(1)&gt; &#39;single&#39; &amp; more',
    );
  });

  it('escapes every interpolated value, in text and attributes, and keeps nested Html', () => {
    const value = PAYLOAD;
    const out = html`<a title="${value}" href="/x?q=${value}">${value}</a>${html`<b>${value}</b>`}`.value;
    expect(out).not.toMatch(/<script|<img|" onerror|"><img/);
    expect(out.match(/<[a-z/]/g)).toEqual(['<a', '</', '<b', '</']); // only the template's own tags
    expect(html`${['<i>', html`<i>`, null, undefined, false, 0]}`.value).toBe('&lt;i&gt;<i>0');
    expect(joinHtml(['<a>', '<b>'], ', ').value).toBe('&lt;a&gt;, &lt;b&gt;');
    expect(new Html('<ok>').toString()).toBe('<ok>');
  });

  it('links only http(s) URLs from the data', () => {
    expect(safeExternalUrl('https://example.com/a?b=1')).toBe('https://example.com/a?b=1');
    expect(safeExternalUrl('javascript:alert(1)')).toBeNull();
    expect(safeExternalUrl(' JAVASCRIPT:alert(1)')).toBeNull();
    expect(safeExternalUrl('data:text/html,<script>')).toBeNull();
    expect(safeExternalUrl('/relative')).toBeNull();
    expect(safeExternalUrl(null)).toBeNull();
  });

  it('marks search matches in snippets after escaping them', () => {
    const snippet = `a <b> ${SNIPPET_MARKS.open}match${SNIPPET_MARKS.close} "x"`;
    expect(snippetHtml(snippet).value).toBe('a &lt;b&gt; <mark>match</mark> &quot;x&quot;');
  });
});

/** A claim over `text` whose parts are found by their covered text. */
function claim(text: string, index: number, parts: { speaker?: string; cue?: string; content: string; quotes?: string[] }): ClaimExportRecord {
  const span = (needle: string) => {
    const start = text.indexOf(needle);
    if (start < 0) throw new Error(needle);
    return { text: needle, start, end: start + needle.length };
  };
  return {
    article_id: 'a',
    claim_id: `a:${index}`,
    speaker: parts.speaker ? { ...span(parts.speaker), entity: null, entity_type: null, role: null } : null,
    cue: parts.cue ? { ...span(parts.cue), lemma: parts.cue } : null,
    content: span(parts.content),
    quotes: (parts.quotes ?? []).map(span),
    kind: 'direct',
    act: 'assertion',
    target: null,
    channel: null,
    sentence_index: 0,
    confidence: 1,
  };
}

describe('highlightText', () => {
  const text = 'Doe said "talks resume <soon>" and Roe said talks resume.';
  const claims = [
    claim(text, 0, { speaker: 'Doe', cue: 'said', content: '"talks resume <soon>"', quotes: ['talks resume <soon>'] }),
    // A second claim whose content crosses the first one's: "resume <soon>" and Roe said talks".
    claim(text, 1, { speaker: 'Roe', content: 'resume <soon>" and Roe said talks' }),
  ];
  const mentions: MentionExportRecord[] = [{ article_id: 'a', start: 0, end: 3, text: 'Doe', label: 'PERSON', entity: 'Jane Doe' }];

  it('renders nested and crossing spans as flat segments with the classes of every span covering them', () => {
    const out = highlightText(text, collectMarks(claims, mentions)).value;
    // Flat: no span element contains another one.
    expect(out).not.toMatch(/<span[^>]*>[^<]*<span class="hl/);
    const segments = [...out.matchAll(/<span class="(hl[^"]*)"(?: data-claims="([^"]*)")?[^>]*>([^<]*)<\/span>/g)].map((m) => [m[3], m[1], m[2] ?? '']);
    expect(segments).toEqual([
      ['Doe', 'hl hl-speaker ent ent-person', '0'],
      ['said', 'hl hl-cue', '0'],
      ['&quot;', 'hl hl-content', '0'],
      ['talks ', 'hl hl-content hl-quote', '0'],
      ['resume &lt;soon&gt;', 'hl hl-content hl-quote', '0 1'],
      ['&quot;', 'hl hl-content', '0 1'],
      [' and ', 'hl hl-content', '1'],
      ['Roe', 'hl hl-speaker hl-content', '1'],
      [' said talks', 'hl hl-content', '1'],
    ]);
    // Each claim's first span is preceded by its anchor, once.
    expect(out.match(/id="at-claim-0"/g)).toHaveLength(1);
    expect(out.indexOf('id="at-claim-1"')).toBeLessThan(out.indexOf('resume &lt;soon&gt;'));
    // Stripping the markup gives back exactly the escaped text.
    expect(out.replace(/<[^>]+>/g, '')).toBe(escapeHtml(text));
  });

  it('escapes hostile article text, in segments and in tooltips', () => {
    const hostile = `He said ${PAYLOAD}.`;
    const c = claim(hostile, 0, { speaker: 'He', cue: 'said', content: PAYLOAD });
    const m: MentionExportRecord = { article_id: 'a', start: 0, end: 2, text: 'He', label: 'PERSON', entity: '"><script>x</script>' };
    const out = highlightText(hostile, collectMarks([c], [m])).value;
    expect(out).not.toMatch(/<script|<img|onerror=alert\(1\)>/);
    expect(out).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(out).toContain('title="speaker of claim 0 · PERSON &quot;&gt;&lt;script&gt;x&lt;/script&gt;"');
    expect(out.replace(/<[^>]+>/g, '')).toBe(escapeHtml(hostile));
  });

  it('survives spans beyond the text', () => {
    const out = highlightText('short', [{ start: 2, end: 99, data: { type: 'content', claim: 0 } }]).value;
    expect(out.replace(/<[^>]+>/g, '')).toBe('short');
  });
});
