import { describe, expect, it } from 'vitest';
import { collect, readOne } from './helpers.js';

describe('HTML', () => {
  it('keeps the article text as one line per block, without navigation, footer, scripts or title', async () => {
    const article = await readOne('html/article.html');
    expect(article).toEqual({
      id: 'html/article',
      title: 'Harbour Bridge Reopens After Repairs',
      text: [
        'The harbour bridge in Port Ellin reopened to traffic on Tuesday after eight months of repairs, city officials said. Traffic was light & steady through the morning.',
        'Costs rose',
        '“We are pleased with the result,” said Mara Lind, the city engineer. The work cost more than planned, according to the council’s own figures.',
        'Residents had complained about long detours for months, and shops near the quay reported falling sales during the closure.',
        'The bridge is the town’s front door, and now it is open again.',
      ].join('\n'),
      url: 'https://courier.example.com/news/harbour-bridge-reopens',
      source: 'The Coastal Courier',
      publishedAt: '2024-03-05T08:30:00.000Z',
      language: 'en-GB',
      origin: { file: 'html/article.html', format: 'html' },
      titleSpan: null,
    });
    expect(article.text).not.toMatch(/SCRIPT RAN|document\.|color: red|Subscribe|Privacy|rights reserved/u);
  });

  it('gives every block its own line: divs with text, cells, <pre> lines and <br> breaks', async () => {
    const article = await readOne('html/blocks.html');
    expect(article.text.split('\n')).toEqual([
      'The committee met on Thursday and agreed to publish its full report, available online, with charts and notes.',
      'Text directly inside a div, long enough to be a paragraph of its own in the article text. It continues.',
      'Cell one',
      'Cell two',
      'first line',
      'second line',
      'Before the break',
      'after the break',
    ]);
  });

  it('reports a page that is not an article', async () => {
    expect(await collect(['html/not-article.html'])).toEqual([
      { kind: 'error', file: 'html/not-article.html', line: null, articleId: 'html/not-article', message: 'no article content found' },
    ]);
  });

  it('decodes with the charset the page declares when the bytes are not UTF-8', async () => {
    const article = await readOne('html/latin1.html');
    expect(article.title).toBe('La fête du village');
    expect(article.language).toBe('fr');
    expect(article.text).toBe(
      'Le maire a déclaré que la fête du village aurait lieu samedi, malgré la pluie annoncée par Météo-Région.\n' +
        '« Nous avons prévu des tentes pour tout le monde », a-t-il ajouté devant le conseil municipal réuni à l’école.',
    );
  });
});
