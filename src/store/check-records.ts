/**
 * The last check before an article is stored: every span must lie inside the text and every span that
 * carries text must cover exactly that text. Offsets are the truth (STYLE rule 1), so a stage that
 * drifts fails its article here, loudly, instead of storing spans that point at the wrong words.
 */
import type { ArticleRecords } from '../model/records.js';
import type { Span, TextSpan } from '../model/types.js';

/** Throws an Error naming the first span that is out of bounds or whose text does not match. */
export function checkRecords(records: ArticleRecords): void {
  const { text } = records.article;
  const checkSpan = (where: string, span: Span): void => {
    const valid =
      Number.isInteger(span.start) && Number.isInteger(span.end) && span.start >= 0 && span.start <= span.end && span.end <= text.length;
    if (!valid) {
      throw new Error(`${where}: span [${span.start}, ${span.end}) is outside the article text (length ${text.length})`);
    }
  };
  const checkText = (where: string, span: TextSpan): void => {
    checkSpan(where, span);
    const covered = text.slice(span.start, span.end);
    if (covered !== span.text) {
      throw new Error(
        `${where}: text ${JSON.stringify(span.text)} does not match the article text at [${span.start}, ${span.end}), ${JSON.stringify(covered)}`,
      );
    }
  };

  if (records.article.titleSpan) checkSpan('title', records.article.titleSpan);
  records.paragraphs.forEach((paragraph, i) => checkSpan(`paragraph ${i}`, paragraph));
  records.sentences.forEach((sentence, i) => checkSpan(`sentence ${i}`, sentence));
  records.mentions.forEach((mention, i) => checkText(`mention ${i}`, mention));
  records.claims.forEach((claim, i) => {
    if (claim.speaker) checkText(`claim ${i} speaker`, claim.speaker);
    if (claim.cue) checkText(`claim ${i} cue`, claim.cue);
    checkText(`claim ${i} content`, claim.content);
    claim.quotes.forEach((quote, q) => checkText(`claim ${i} quote ${q}`, quote));
    if (claim.target) checkText(`claim ${i} target`, claim.target);
    if (claim.channel) checkText(`claim ${i} channel`, claim.channel);
  });
  records.messages.forEach((message, i) => {
    if (message.span) checkSpan(`message ${i}`, message.span);
  });
}
