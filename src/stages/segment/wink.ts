/**
 * The one wink-nlp instance of a worker. Loading the model takes ~100 ms and ~40 MB, so it is made
 * once per thread and shared by every document that thread segments.
 */
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

type Wink = ReturnType<typeof winkNLP>;

let instance: Wink | null = null;

/** The shared wink-nlp instance with sentence boundaries, POS tags and its own (numeric) entities. */
export function getWink(): Wink {
  instance ??= winkNLP(model, ['sbd', 'pos', 'ner']);
  return instance;
}
