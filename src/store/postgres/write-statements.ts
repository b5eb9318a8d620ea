/**
 * The statements that store one article in PostgreSQL, built up front. None of them needs the result
 * of another (entity ids are looked up inside the inserts), so the whole article travels to the
 * connection thread in one call and runs there under one savepoint. Rows go in as one JSON array per
 * table (json_to_recordset): one statement per table, whatever the article's size.
 *
 * Entities are linked exactly as the SQLite writer links them (see SqliteWriter.entityLinker): a
 * labelled name is the (name, label) row; a name without a label takes the label of a mention of the
 * same name in the article, else the lowest-id stored entity of that name, else a new UNKNOWN row.
 */
import type { ArticleRecords } from '../../model/records.js';
import type { EntityLabel } from '../../model/types.js';
import { UNKNOWN_LABEL } from '../types.js';
import type { Statement } from './sync-client.js';

/** Lock key space of per-article advisory locks (two-int form; see migrate.ts for 7201). */
const ARTICLE_LOCK_SPACE = 7202;

/** A reference to an entity: a labelled row, or the lowest-id row of the name when label is null. */
interface EntityRef {
  name: string;
  label: string | null;
}

/** SQL for the id of an entity reference held in the JSON columns `<prefix>_name`, `<prefix>_label`. */
function entityIdSql(prefix: string): string {
  return `CASE
      WHEN u.${prefix}_name IS NULL THEN NULL
      WHEN u.${prefix}_label IS NULL THEN (SELECT e.id FROM entities e WHERE e.name = u.${prefix}_name ORDER BY e.id LIMIT 1)
      ELSE (SELECT e.id FROM entities e WHERE e.name = u.${prefix}_name AND e.label = u.${prefix}_label)
    END`;
}

/**
 * The statements that replace an article's rows with `records`. The first takes an advisory lock on
 * the article id, so two workers handed the same article (at-least-once delivery) store it one after
 * the other instead of colliding on its primary key.
 */
export function articleStatements(runId: number, records: ArticleRecords, processedAt: string): Statement[] {
  const { article } = records;
  const articleId = article.id;
  const statements: Statement[] = [
    { text: 'SELECT pg_advisory_xact_lock($1, hashtext($2))', values: [ARTICLE_LOCK_SPACE, articleId] },
    // Children go with it by ON DELETE CASCADE.
    { text: 'DELETE FROM articles WHERE id = $1', values: [articleId] },
    {
      text: `INSERT INTO articles (id, title, text, url, source, published_at, language, file, line, format,
          title_start, title_end, content_hash, extractor_version, token_count, timings, processed_at, run_id)
        VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18)`,
      values: [
        articleId, article.title, article.text, article.url, article.source, article.publishedAt, article.language,
        article.origin.file, article.origin.line ?? null, article.origin.format,
        article.titleSpan?.start ?? null, article.titleSpan?.end ?? null,
        records.contentHash, records.extractorVersion, records.tokenCount, JSON.stringify(records.timings), processedAt, runId,
      ],
    },
  ];

  // Every link in the order the SQLite writer makes them: mentions, then each claim's speaker and target.
  const labelInArticle = new Map<string, EntityLabel>();
  for (const m of records.mentions) if (!labelInArticle.has(m.canonical)) labelInArticle.set(m.canonical, m.label);
  const links: EntityRef[] = [];
  const link = (name: string, label: EntityLabel | null): EntityRef => {
    const ref = { name, label: label ?? labelInArticle.get(name) ?? null };
    links.push(ref);
    return ref;
  };
  const mentionRows = records.mentions.map((m, idx) => {
    link(m.canonical, m.label);
    return {
      idx, entity_name: m.canonical, entity_label: m.label, start: m.start, end: m.end,
      text: m.text, label: m.label, sentence_idx: m.sentence, source: m.source,
    };
  });
  const claimRows = records.claims.map((c, idx) => {
    const speaker = c.speaker?.entity ? link(c.speaker.entity, c.speaker.entityType ?? null) : null;
    const target = c.target?.entity ? link(c.target.entity, null) : null;
    return {
      idx, sentence_idx: c.sentence,
      speaker_text: c.speaker?.text ?? null, speaker_start: c.speaker?.start ?? null, speaker_end: c.speaker?.end ?? null,
      speaker_name: speaker?.name ?? null, speaker_label: speaker?.label ?? null, speaker_role: c.speaker?.role ?? null,
      cue_text: c.cue?.text ?? null, cue_start: c.cue?.start ?? null, cue_end: c.cue?.end ?? null, cue_lemma: c.cue?.lemma ?? null,
      content_text: c.content.text, content_start: c.content.start, content_end: c.content.end,
      quotes: JSON.stringify(c.quotes.map((q) => ({ text: q.text, start: q.start, end: q.end }))),
      kind: c.kind, act: c.act,
      target_text: c.target?.text ?? null, target_start: c.target?.start ?? null, target_end: c.target?.end ?? null,
      target_name: target?.name ?? null, target_label: target?.label ?? null, target_role: c.target?.role ?? null,
      channel_text: c.channel?.text ?? null, channel_start: c.channel?.start ?? null, channel_end: c.channel?.end ?? null,
      confidence: c.confidence, rule: c.rule,
    };
  });

  // A name without a label needs a new UNKNOWN row only if, when the SQLite writer reaches it, no row
  // of that name exists: none stored before this article, and no labelled link earlier in it.
  const unknownNames: string[] = [];
  const labelled: EntityRef[] = [];
  const namedSoFar = new Set<string>();
  const seen = new Set<string>();
  for (const ref of links) {
    if (ref.label === null) {
      if (!namedSoFar.has(ref.name) && !seen.has(`\u0000${ref.name}`)) unknownNames.push(ref.name);
      seen.add(`\u0000${ref.name}`);
    } else if (!seen.has(`${ref.label}\u0000${ref.name}`)) {
      seen.add(`${ref.label}\u0000${ref.name}`);
      labelled.push(ref);
    }
    namedSoFar.add(ref.name);
  }
  if (unknownNames.length > 0) {
    statements.push({
      text: `INSERT INTO entities (name, label)
        SELECT u.name, $2 FROM unnest($1::text[]) WITH ORDINALITY AS u(name, position)
        WHERE NOT EXISTS (SELECT 1 FROM entities e WHERE e.name = u.name)
        ORDER BY u.position
        ON CONFLICT (name, label) DO NOTHING`,
      values: [unknownNames, UNKNOWN_LABEL],
    });
  }
  if (labelled.length > 0) {
    statements.push({
      text: `INSERT INTO entities (name, label)
        SELECT u.name, u.label FROM unnest($1::text[], $2::text[]) WITH ORDINALITY AS u(name, label, position)
        ORDER BY u.position
        ON CONFLICT (name, label) DO NOTHING`,
      values: [labelled.map((ref) => ref.name), labelled.map((ref) => ref.label)],
    });
  }

  const insertRows = (rows: object[], sql: string): void => {
    if (rows.length > 0) statements.push({ text: sql, values: [articleId, JSON.stringify(rows)] });
  };
  insertRows(
    records.paragraphs.map((p) => ({ idx: p.index, start: p.start, end: p.end, kind: p.kind })),
    `INSERT INTO paragraphs (article_id, idx, start, "end", kind)
      SELECT $1, u.idx, u.start, u."end", u.kind
      FROM json_to_recordset($2::json) AS u(idx integer, start integer, "end" integer, kind text)`,
  );
  insertRows(
    records.sentences.map((t) => ({ idx: t.index, start: t.start, end: t.end, kind: t.kind, paragraph: t.paragraph })),
    `INSERT INTO sentences (article_id, idx, start, "end", kind, paragraph)
      SELECT $1, u.idx, u.start, u."end", u.kind, u.paragraph
      FROM json_to_recordset($2::json) AS u(idx integer, start integer, "end" integer, kind text, paragraph integer)`,
  );
  // A scalar sub-select, not a join: an entity row a concurrent clean-up removed gives NULL, which
  // fails the NOT NULL constraint and retries the article, instead of silently dropping the mention.
  insertRows(
    mentionRows,
    `INSERT INTO mentions (article_id, idx, entity_id, start, "end", text, label, sentence_idx, source)
      SELECT $1, u.idx, (SELECT e.id FROM entities e WHERE e.name = u.entity_name AND e.label = u.entity_label),
        u.start, u."end", u.text, u.label, u.sentence_idx, u.source
      FROM json_to_recordset($2::json) AS u(idx integer, entity_name text, entity_label text, start integer, "end" integer,
        text text, label text, sentence_idx integer, source text)`,
  );
  insertRows(
    claimRows,
    `INSERT INTO claims (article_id, idx, sentence_idx,
        speaker_text, speaker_start, speaker_end, speaker_entity_id, speaker_role,
        cue_text, cue_start, cue_end, cue_lemma,
        content_text, content_start, content_end, quotes, kind, act,
        target_text, target_start, target_end, target_entity_id, target_role,
        channel_text, channel_start, channel_end, confidence, rule)
      SELECT $1, u.idx, u.sentence_idx,
        u.speaker_text, u.speaker_start, u.speaker_end, ${entityIdSql('speaker')}, u.speaker_role,
        u.cue_text, u.cue_start, u.cue_end, u.cue_lemma,
        u.content_text, u.content_start, u.content_end, u.quotes::json, u.kind, u.act,
        u.target_text, u.target_start, u.target_end, ${entityIdSql('target')}, u.target_role,
        u.channel_text, u.channel_start, u.channel_end, u.confidence, u.rule
      FROM json_to_recordset($2::json) AS u(idx integer, sentence_idx integer,
        speaker_text text, speaker_start integer, speaker_end integer, speaker_name text, speaker_label text, speaker_role text,
        cue_text text, cue_start integer, cue_end integer, cue_lemma text,
        content_text text, content_start integer, content_end integer, quotes text, kind text, act text,
        target_text text, target_start integer, target_end integer, target_name text, target_label text, target_role text,
        channel_text text, channel_start integer, channel_end integer, confidence double precision, rule text)`,
  );
  insertRows(
    records.messages.map((m, idx) => ({
      idx, stage: m.stage, rule: m.rule, severity: m.severity, text: m.text, start: m.span?.start ?? null, end: m.span?.end ?? null,
    })),
    `INSERT INTO messages (article_id, idx, stage, rule, severity, text, start, "end")
      SELECT $1, u.idx, u.stage, u.rule, u.severity, u.text, u.start, u."end"
      FROM json_to_recordset($2::json) AS u(idx integer, stage text, rule text, severity text, text text, start integer, "end" integer)`,
  );
  return statements;
}

/** Deletes the entities nothing refers to; rows a writer holds a lock on right now are skipped. */
export const DELETE_UNUSED_ENTITIES: Statement = {
  text: `DELETE FROM entities WHERE id IN (
      SELECT e.id FROM entities e
      WHERE NOT EXISTS (SELECT 1 FROM mentions m WHERE m.entity_id = e.id)
        AND NOT EXISTS (SELECT 1 FROM claims c WHERE c.speaker_entity_id = e.id)
        AND NOT EXISTS (SELECT 1 FROM claims c WHERE c.target_entity_id = e.id)
      FOR UPDATE SKIP LOCKED)`,
};
