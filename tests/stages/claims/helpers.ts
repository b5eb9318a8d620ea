/** Runs the real stages over a text and returns its claims, for rule-level tests. */
import { parseConfig } from '../../../src/config/load.js';
import { createDoc, type Claim, type Doc } from '../../../src/model/types.js';
import { buildStages } from '../../../src/pipeline/registry.js';

const stages = buildStages(parseConfig({ stages: { claims: { minConfidence: 0 } } }).stages);

/** The document after segment, entities and claims. */
export function analyse(text: string): Doc {
  const doc = createDoc({ id: 'test', title: null, text, url: null, source: null, publishedAt: null, language: null, origin: { file: 'test', format: 'txt' }, titleSpan: null });
  for (const stage of stages) stage.run(doc);
  return doc;
}

/** The claims of a text as [speaker, cue, content] triples, for compact assertions. */
export function triples(text: string): [string | null, string | null, string][] {
  return analyse(text).claims.map((claim: Claim) => [claim.speaker?.text ?? null, claim.cue?.text ?? null, claim.content.text]);
}

const defaults = buildStages(parseConfig({}).stages);

/** The claims the default configuration keeps (minimum confidence applied), as triples. */
export function kept(text: string): [string | null, string | null, string][] {
  const doc = createDoc({ id: 'test', title: null, text, url: null, source: null, publishedAt: null, language: null, origin: { file: 'test', format: 'txt' }, titleSpan: null });
  for (const stage of defaults) stage.run(doc);
  return doc.claims.map((claim) => [claim.speaker?.text ?? null, claim.cue?.text ?? null, claim.content.text]);
}
