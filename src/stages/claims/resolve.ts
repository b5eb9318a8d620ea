/**
 * Links speaker and target phrases to entities: the named entity inside the phrase, its role from a
 * title or appositive, and for pronouns and descriptions ("they", "the group") the nearest compatible
 * earlier entity, preferring the speakers of recent claims (the salient subjects).
 */
import type { Claim, EntityLabel, Mention, Span, Token } from '../../model/types.js';
import type { Phrase, Range } from './phrases.js';
import { ORG_DESCRIPTIONS, PERSON_DESCRIPTIONS, SPEAKER_PRONOUNS } from './speakers.data.js';

/** What a phrase resolves to. */
export interface Resolution {
  entity: string | null;
  entityType: EntityLabel | null;
  role: string | null;
}

const NONE: Resolution = { entity: null, entityType: null, role: null };
const LABEL_PRIORITY: readonly EntityLabel[] = ['PERSON', 'ORG', 'NORP', 'GPE'];
/** How many sentences back a pronoun or description may reach for its antecedent. */
const WINDOW_SENTENCES = 3;

/** Entity look-ups over one document's mentions (sorted by start). */
export class EntityResolver {
  private readonly mentions: readonly Mention[];

  constructor(
    private readonly text: string,
    private readonly tokens: readonly Token[],
    mentions: readonly Mention[],
  ) {
    this.mentions = mentions.filter((mention) => mention.label !== 'DATE' && mention.label !== 'CARDINAL');
  }

  /** Index of the first mention ending after `offset`. */
  private firstAfter(offset: number): number {
    let lo = 0;
    let hi = this.mentions.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.mentions[mid]!.end <= offset) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** Mentions wholly inside `span`. */
  mentionsIn(span: Span): Mention[] {
    const out: Mention[] = [];
    for (let i = this.firstAfter(span.start); i < this.mentions.length; i++) {
      const mention = this.mentions[i]!;
      if (mention.start >= span.end) break;
      if (mention.start >= span.start && mention.end <= span.end) out.push(mention);
    }
    return out;
  }

  private span(range: Range): Span {
    return { start: this.tokens[range.first]!.start, end: this.tokens[range.last - 1]!.end };
  }

  /**
   * The best entity mention in a phrase. Only the first conjunct counts ("The US military and Iraqi
   * officials" -> United States), and within it the words before any preposition ("factions in
   * Iraq" is not Iraq) unless nothing else names an entity; a person beats an organisation beats a
   * group or place.
   */
  private headMention(phrase: Phrase): { mention: Mention; part: Range } | null {
    const candidates: { part: Range; span: Span }[] = [];
    for (const part of phrase.parts) {
      let end = part.last;
      for (let t = part.first; t < part.last; t++) {
        if (this.tokens[t]!.lower === 'and' && t > part.first) {
          end = t;
          break;
        }
      }
      let head = end;
      for (let t = part.first + 1; t < end; t++) {
        if (this.tokens[t]!.pos === 'ADP' && this.tokens[t]!.lower !== 'of') {
          head = t;
          break;
        }
      }
      candidates.push({ part, span: this.span({ first: part.first, last: head }) });
      if (head < end) candidates.push({ part, span: this.span({ first: head, last: end }) });
    }
    for (const { part, span } of candidates) {
      const mentions = this.mentionsIn(span);
      for (const label of LABEL_PRIORITY) {
        const found = mentions.find((mention) => mention.label === label);
        if (found) return { mention: found, part };
      }
    }
    return null;
  }

  /** The role words of a phrase: a title before the name ("US President") or the appositive. */
  private roleOf(phrase: Phrase, head: { mention: Mention; part: Range }): string | null {
    if (head.mention.label !== 'PERSON' && head.mention.label !== 'ORG') return null;
    const partSpan = this.span(head.part);
    let roleStart = partSpan.start;
    for (let t = head.part.first; t < head.part.last && this.tokens[t]!.pos === 'DET'; t++) roleStart = this.tokens[t + 1]!.start;
    if (head.mention.label === 'PERSON' && head.mention.start > roleStart) {
      const title = this.text.slice(roleStart, head.mention.start).trim();
      if (/\p{L}/u.test(title) && !/['’]s$/u.test(title)) return title;
    }
    const other = phrase.parts.find((part) => part !== head.part);
    if (other) return this.text.slice(this.span(other).start, this.span(other).end).replace(/^(a|an|the)\s+/iu, '').trim() || null;
    return null;
  }

  /** Resolves a named or descriptive phrase without looking back (targets, addressees). */
  resolvePhrase(phrase: Phrase): Resolution {
    const head = this.headMention(phrase);
    if (!head) return NONE;
    return { entity: head.mention.canonical, entityType: head.mention.label, role: this.roleOf(phrase, head) };
  }

  /**
   * Resolves a speaker phrase: its own entity if it names one, else (pronoun or description) the
   * nearest compatible earlier entity, trying recent claim speakers first.
   */
  resolveSpeaker(phrase: Phrase, sentence: number, earlier: readonly Claim[]): Resolution {
    const own = this.resolvePhrase(phrase);
    if (own.entity) return own;
    const labels = this.antecedentLabels(phrase);
    if (!labels || labels.length === 0) return NONE;
    const phraseStart = this.tokens[phrase.first]!.start;
    for (let c = earlier.length - 1; c >= 0; c--) {
      const claim = earlier[c]!;
      if (sentence - claim.sentence > WINDOW_SENTENCES) break;
      const speaker = claim.speaker;
      if (speaker?.entity && speaker.entityType && labels.includes(speaker.entityType) && speaker.start < phraseStart) {
        return { entity: speaker.entity, entityType: speaker.entityType, role: speaker.role };
      }
    }
    const firstToken = this.tokens[phrase.first]!;
    const floorSentence = Math.max(0, firstToken.sentence - WINDOW_SENTENCES);
    const before = this.firstAfter(phraseStart) - 1;
    for (const label of labels) {
      for (let i = before; i >= 0; i--) {
        const mention = this.mentions[i]!;
        if (mention.sentence < floorSentence) break;
        if (mention.end <= phraseStart && mention.label === label) return { entity: mention.canonical, entityType: label, role: null };
      }
    }
    return NONE;
  }

  /** Which entity labels a pronoun or a definite description may refer to; null if it is neither. */
  private antecedentLabels(phrase: Phrase): readonly EntityLabel[] | null {
    const first = this.tokens[phrase.first]!;
    if (phrase.last - phrase.first === 1 && first.pos === 'PRON') return SPEAKER_PRONOUNS.get(first.lower) ?? null;
    const last = this.tokens[phrase.last - 1]!;
    if (!/^(the|this|that)$/u.test(first.lower)) return null;
    if (ORG_DESCRIPTIONS.has(last.lower)) return ['ORG'];
    if (PERSON_DESCRIPTIONS.has(last.lower)) return ['PERSON'];
    return null;
  }
}
