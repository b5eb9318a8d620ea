/**
 * Golden files for the corpus articles: every claim and entity mention, with the covered text next to
 * each span so drift shows in review. Regenerate with `UPDATE=1 npm test` and review the diff.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ArticleRecords } from '../../src/model/records.js';
import { processForTest, readCorpusFile } from '../helpers/pipeline.js';

const CORPUS = 'corpus';
const GOLDEN = join('tests', 'golden');
const update = process.env.UPDATE === '1';

/** The stable, reviewable view of an article's records. */
function goldenView(records: ArticleRecords): unknown {
  return {
    id: records.article.id,
    title: records.article.title,
    claims: records.claims.map((claim) => ({
      sentence: claim.sentence,
      speaker: claim.speaker && { text: claim.speaker.text, start: claim.speaker.start, end: claim.speaker.end, entity: claim.speaker.entity, entityType: claim.speaker.entityType, role: claim.speaker.role },
      cue: claim.cue && { text: claim.cue.text, start: claim.cue.start, end: claim.cue.end, lemma: claim.cue.lemma },
      content: claim.content,
      quotes: claim.quotes,
      kind: claim.kind,
      act: claim.act,
      target: claim.target,
      channel: claim.channel,
      confidence: claim.confidence,
    })),
    mentions: records.mentions.map((m) => `${m.start}-${m.end} ${m.label} ${JSON.stringify(m.text)} -> ${m.canonical}`),
  };
}

const files = readdirSync(CORPUS).filter((name) => !name.startsWith('.')).sort();

describe('golden files for corpus/', () => {
  for (const file of files) {
    it(`matches tests/golden/${basename(file)}.json`, async () => {
      const articles = await readCorpusFile(join(CORPUS, file));
      const view = articles.map((article) => goldenView(processForTest(article)));
      const golden = join(GOLDEN, `${basename(file)}.json`);
      if (update || !existsSync(golden)) {
        mkdirSync(GOLDEN, { recursive: true });
        writeFileSync(golden, `${JSON.stringify(view, null, 2)}\n`);
      }
      expect(view).toEqual(JSON.parse(readFileSync(golden, 'utf8')));
    });
  }
});
