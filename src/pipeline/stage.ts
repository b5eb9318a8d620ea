/** The interface every CPU stage implements; the registry checks requires/provides once at build. */
import type { Doc } from '../model/types.js';
import type { StageOptions } from '../config/schema.js';

/** The Doc fields a stage can read or fill. */
export type DocField = 'article' | 'paragraphs' | 'sentences' | 'tokens' | 'mentions' | 'claims';

export interface Stage {
  /** Stable name, used in error records and timings. */
  readonly name: string;
  /** Fields that must be filled before this stage runs. */
  readonly requires: readonly DocField[];
  /** Fields this stage fills. */
  readonly provides: readonly DocField[];
  /**
   * Processes one document in place. Problems with the article go into `doc.messages`; a thrown
   * error is a bug or a fatal problem and skips this article only.
   */
  run(doc: Doc): void;
}

/** Builds a stage from its options once per worker, so heavy set-up (models, lexicons) is shared. */
export interface StageFactory {
  readonly name: string;
  readonly requires: readonly DocField[];
  readonly provides: readonly DocField[];
  create(options: StageOptions): Stage;
}
