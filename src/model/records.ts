/**
 * What leaves the CPU stages for the writer (tokens stay behind: they are cheap to recompute and
 * large to copy), and the export records other tools depend on (keep these names).
 */
import type { Article, Claim, ClaimKind, EntityLabel, Mention, Message, Paragraph, Sentence } from './types.js';

/** An article and everything extracted from it, as committed in one transaction. */
export interface ArticleRecords {
  article: Article;
  /** sha256 of the stored text and metadata, hex. */
  contentHash: string;
  extractorVersion: string;
  paragraphs: Paragraph[];
  sentences: Sentence[];
  mentions: Mention[];
  claims: Claim[];
  messages: Message[];
  /** Milliseconds spent in each stage for this article. */
  timings: Record<string, number>;
  tokenCount: number;
}

export interface ExportSpan {
  text: string;
  start: number;
  end: number;
}

/** One claim per line in NDJSON / CSV / JSON exports. */
export interface ClaimExportRecord {
  article_id: string;
  claim_id: string;
  speaker: (ExportSpan & { entity: string | null; entity_type: EntityLabel | null; role: string | null }) | null;
  cue: (ExportSpan & { lemma: string }) | null;
  content: ExportSpan;
  quotes: ExportSpan[];
  kind: ClaimKind;
  act: string;
  target: (ExportSpan & { entity: string | null }) | null;
  channel: string | null;
  sentence_index: number;
  confidence: number;
}

/** One entity mention per line in `claims export --entities`. */
export interface MentionExportRecord {
  article_id: string;
  start: number;
  end: number;
  text: string;
  label: EntityLabel;
  entity: string;
}
