import { describe, expect, it } from 'vitest';
import { discoverInputs } from '../../../src/stages/ingest/index.js';
import { collect, ROOT } from './helpers.js';

describe('the shipped corpus', () => {
  it('reads every article without errors', async () => {
    const items = await collect(await discoverInputs(['corpus'], ROOT), { cwd: ROOT });
    expect(items.filter((item) => item.kind === 'error')).toEqual([]);
    // Contained rather than equal, so adding an article to the corpus does not break this test.
    expect(items.map((item) => item.kind === 'article' && [item.article.id, item.article.title, item.article.publishedAt])).toEqual(expect.arrayContaining([
      ['northern-plains-rail-tentative-deal', 'Freight Rail Workers Reach Tentative Deal, Averting Strike', '2024-05-14T18:30:00.000Z'],
      ['valmora-glacier-record-melt', 'Alpine Glacier Survey Records Steepest Summer Loss', '2024-10-02'],
      ['corpus/us-troops-withdrawal-iraq', 'US Troops Withdrawal from Iraq: Rising Tensions and Demands', null],
      ['corpus/wexley-flood-barrier-vote', 'Wexley Council Approves Flood Barrier After Heated Debate', null],
    ]));
  });
});
