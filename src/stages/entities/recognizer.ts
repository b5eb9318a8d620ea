/**
 * The entity recogniser, step by step: words → gazetteer and lexicon features → BIO tags →
 * name spans → rules (labels, hyphenated words, gazetteer names) → canonical names and
 * within-document coreference → dates and numbers from wink-nlp. A pure function of the Doc.
 */
import type { Doc, Mention } from '../../model/types.js';
import { settleCanonicalNames } from './canonical.js';
import { collectCapitalised } from './features.js';
import type { NameLexicon } from './lexicon.js';
import { numericMentions } from './numeric.js';
import type { LinearModel } from './perceptron.js';
import { refineMentions } from './refine.js';
import { decodeSpans } from './spans.js';
import { buildContexts, tagDocument } from './tagger.js';
import { buildWords } from './words.js';

/** Mentions sorted by start with any overlap resolved in favour of the earlier, then longer, one. */
function withoutOverlaps(mentions: Mention[]): Mention[] {
  mentions.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: Mention[] = [];
  for (const mention of mentions) {
    const previous = kept[kept.length - 1];
    if (!previous || previous.end <= mention.start) kept.push(mention);
  }
  return kept;
}

/** A recogniser bound to a model and lexicon; call it once per document. */
export function createRecognizer(model: LinearModel, lexicon: NameLexicon): (doc: Doc) => Mention[] {
  return (doc) => {
    const text = doc.article.text;
    const sentences = buildWords(doc);
    const capitalised = collectCapitalised(sentences);
    const contexts = buildContexts(sentences, doc.tokens, lexicon, capitalised);
    const tags = tagDocument(contexts, model);
    const spans = contexts.map((context, s) => decodeSpans(context.sentence, tags[s]!));
    const names = settleCanonicalNames(text, refineMentions(text, doc.tokens, contexts, spans, lexicon));
    const mentions: Mention[] = names.map(({ start, end, label, canonical, sentence, source }) => ({
      start,
      end,
      text: text.slice(start, end),
      label,
      canonical,
      sentence,
      source,
    }));
    return withoutOverlaps([...mentions, ...numericMentions(doc, names)]);
  };
}
