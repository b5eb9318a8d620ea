/**
 * The ceiling the pipeline is measured against: wink-nlp's own pipeline alone (sentence boundaries,
 * POS tags and its entities, the same pipe the segment stage loads) over each article text, reading
 * out the tokens, tags, sentences and entities, on one thread. Nothing the pipeline adds (paragraph
 * split, offsets, NER, claims, messaging, SQLite) is in it.
 */
import { performance } from 'node:perf_hooks';
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

/** Accumulates wink's time and token count over the texts given to `add`. */
export interface CeilingMeter {
  add(text: string): void;
  result(): CeilingResult;
}

/** wink-nlp's throughput alone: wall time, and CPU time (steadier when other work shares the cores). */
export interface CeilingResult {
  tokens: number;
  seconds: number;
  tokensPerSecond: number;
  cpuSeconds: number;
}

/**
 * A meter with its own, fresh wink instance (made here, outside the timed part, as the pipeline's
 * workers make theirs once per thread): the model load is not part of throughput.
 */
export function createCeilingMeter(): CeilingMeter {
  const nlp = winkNLP(model, ['sbd', 'pos', 'ner']);
  const its = nlp.its;
  let tokens = 0;
  let milliseconds = 0;
  let cpuMicros = 0;
  return {
    add(text) {
      const cpuBefore = process.cpuUsage();
      const started = performance.now();
      const doc = nlp.readDoc(text);
      const docTokens = doc.tokens();
      docTokens.out(its.value);
      docTokens.out(its.pos);
      doc.sentences().out(its.span);
      doc.entities().out(its.span);
      milliseconds += performance.now() - started;
      const cpu = process.cpuUsage(cpuBefore);
      cpuMicros += cpu.user + cpu.system;
      // Counted as the pipeline counts (line breaks are not tokens), outside the timed part.
      for (const type of docTokens.out(its.type) as string[]) if (type !== 'tabCRLF') tokens++;
    },
    result() {
      const seconds = milliseconds / 1000;
      return { tokens, seconds, tokensPerSecond: seconds > 0 ? tokens / seconds : 0, cpuSeconds: cpuMicros / 1e6 };
    },
  };
}
