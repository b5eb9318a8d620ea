/** Runs the segment and entities stages over a text, as the pipeline does. */
import { parseConfig } from '../../../src/config/load.js';
import { createDoc, type Doc, type Mention, type Span } from '../../../src/model/types.js';
import { entitiesStage } from '../../../src/stages/entities/index.js';
import { segmentStage } from '../../../src/stages/segment/index.js';

const options = parseConfig({}).stages;
const segment = segmentStage.create(options);
const entities = entitiesStage.create(options);

/** The document after segment + entities; `titleSpan` marks a title line as ingest would. */
export function analyse(text: string, titleSpan: Span | null = null): Doc {
  const doc = createDoc({
    id: 'test',
    title: null,
    text,
    url: null,
    source: null,
    publishedAt: null,
    language: 'en',
    origin: { file: 'test.txt', format: 'txt' },
    titleSpan,
  });
  segment.run(doc);
  entities.run(doc);
  return doc;
}

/** Mentions as compact "text|LABEL|canonical" strings, in text order. */
export function listMentions(mentions: readonly Mention[]): string[] {
  return mentions.map((mention) => `${mention.text}|${mention.label}|${mention.canonical}`);
}
