/**
 * Cue words and what they mean: which speech act they report and how their arguments are laid out.
 * Data only; the matching logic lives in cues.ts. Acts follow the project's vocabulary: assertion,
 * accusation, demand, condemnation, announcement, denial, warning, belief, plan, promise, question,
 * criticism, praise, agreement, prediction, finding, admission.
 */

/** How a cue verb's arguments are laid out after it. */
export type CueFrame =
  /** "said (that) CONTENT" */
  | 'content'
  /** "told ADDRESSEE (that) CONTENT": the object is an addressee, not content */
  | 'addressee'
  /** "urged / asked / called on ADDRESSEE to CONTENT" */
  | 'addressee-to'
  /** "accused / blamed TARGET of / for CONTENT" */
  | 'target-of'
  /** "condemned / criticised / praised TARGET (for ...)": the object is both target and content */
  | 'target';

export interface CueVerb {
  act: string;
  frame: CueFrame;
  /** Verbs such as "believe" or "want" report a state of mind rather than speech: lower confidence. */
  weight: number;
}

const v = (act: string, frame: CueFrame = 'content', weight = 1): CueVerb => ({ act, frame, weight });

/** Reporting verbs by lemma (wink-nlp lemmas: "said" -> "say"). */
export const CUE_VERBS: ReadonlyMap<string, CueVerb> = new Map([
  ['say', v('assertion')], ['state', v('assertion')], ['claim', v('assertion')], ['add', v('assertion', 'content', 0.8)],
  ['note', v('assertion')], ['explain', v('assertion')], ['write', v('assertion', 'content', 0.9)],
  ['report', v('assertion', 'content', 0.9)], ['tweet', v('assertion')], ['post', v('assertion', 'content', 0.6)],
  ['argue', v('assertion')], ['insist', v('assertion')], ['maintain', v('assertion', 'content', 0.7)],
  ['assert', v('assertion')], ['contend', v('assertion')], ['stress', v('assertion')], ['emphasize', v('assertion')],
  ['emphasise', v('assertion')], ['underscore', v('assertion')], ['reiterate', v('assertion')], ['repeat', v('assertion', 'content', 0.7)],
  ['recall', v('assertion', 'content', 0.8)], ['observe', v('assertion', 'content', 0.8)], ['remark', v('assertion')],
  ['comment', v('assertion')], ['respond', v('assertion', 'content', 0.8)], ['reply', v('assertion')], ['answer', v('assertion', 'content', 0.7)],
  ['continue', v('assertion', 'content', 0.5)], ['conclude', v('assertion')], ['suggest', v('assertion')], ['indicate', v('assertion', 'content', 0.8)],
  ['acknowledge', v('admission')], ['admit', v('admission')], ['concede', v('admission')], ['confirm', v('assertion')],
  ['reveal', v('assertion')], ['disclose', v('assertion')], ['testify', v('assertion')], ['allege', v('accusation')],
  ['mention', v('assertion', 'content', 0.8)], ['describe', v('assertion', 'content', 0.8)], ['point', v('assertion', 'content', 0.6)],
  ['declare', v('announcement')], ['announce', v('announcement')], ['proclaim', v('announcement')], ['unveil', v('announcement', 'content', 0.7)],
  ['deny', v('denial')], ['dispute', v('denial')], ['reject', v('denial', 'content', 0.8)], ['dismiss', v('denial', 'content', 0.7)],
  ['refute', v('denial')], ['rebut', v('denial')],
  ['warn', v('warning')], ['caution', v('warning')], ['threaten', v('warning')],
  ['urge', v('demand', 'addressee-to')], ['demand', v('demand')], ['ask', v('question', 'addressee-to', 0.8)],
  ['request', v('demand', 'content', 0.9)], ['implore', v('demand', 'addressee-to')], ['appeal', v('demand', 'content', 0.8)],
  ['press', v('demand', 'addressee-to', 0.6)], ['encourage', v('demand', 'addressee-to', 0.8)], ['advise', v('demand', 'addressee-to', 0.8)],
  ['tell', v('assertion', 'addressee')], ['inform', v('assertion', 'addressee')], ['assure', v('assertion', 'addressee')],
  ['remind', v('assertion', 'addressee', 0.8)], ['convince', v('assertion', 'addressee', 0.6)],
  ['accuse', v('accusation', 'target-of')], ['blame', v('accusation', 'target-of')], ['charge', v('accusation', 'content', 0.6)],
  ['condemn', v('condemnation', 'target')], ['denounce', v('condemnation', 'target')], ['decry', v('condemnation', 'target')],
  ['criticize', v('criticism', 'target')], ['criticise', v('criticism', 'target')], ['slam', v('criticism', 'target')],
  ['blast', v('criticism', 'target')], ['attack', v('criticism', 'target', 0.6)], ['mock', v('criticism', 'target', 0.8)],
  ['praise', v('praise', 'target')], ['applaud', v('praise', 'target')], ['hail', v('praise', 'target')], ['thank', v('praise', 'target', 0.8)],
  ['defend', v('assertion', 'target', 0.7)], ['endorse', v('agreement', 'target', 0.8)], ['support', v('agreement', 'target', 0.5)],
  ['agree', v('agreement')], ['disagree', v('denial')], ['acknowledge', v('admission')],
  ['believe', v('belief', 'content', 0.8)], ['think', v('belief', 'content', 0.7)], ['feel', v('belief', 'content', 0.6)],
  ['fear', v('belief', 'content', 0.8)], ['hope', v('belief', 'content', 0.7)], ['doubt', v('belief', 'content', 0.8)],
  ['know', v('belief', 'content', 0.6)], ['worry', v('belief', 'content', 0.7)], ['expect', v('prediction', 'content', 0.7)],
  ['predict', v('prediction')], ['forecast', v('prediction')], ['estimate', v('prediction', 'content', 0.8)],
  ['want', v('plan', 'content', 0.6)], ['plan', v('plan', 'content', 0.7)], ['intend', v('plan', 'content', 0.8)],
  ['promise', v('promise')], ['vow', v('promise')], ['pledge', v('promise')], ['propose', v('plan', 'content', 0.8)],
  ['find', v('finding', 'content', 0.6)], ['show', v('finding', 'content', 0.6)], ['conclude', v('finding')],
]);

/** Verbs that only report when a particle follows ("called for", "pointed out"); key: lemma + particle. */
export const PHRASAL_CUES: ReadonlyMap<string, CueVerb> = new Map([
  ['call for', v('demand')], ['call on', v('demand', 'addressee-to')], ['call out', v('criticism', 'target', 0.7)], ['call upon', v('demand', 'addressee-to')],
  ['point out', v('assertion')], ['warn of', v('warning')], ['warn against', v('warning')],
  ['speak of', v('assertion', 'content', 0.7)], ['speak about', v('assertion', 'content', 0.7)], ['speak out', v('assertion', 'content', 0.7)], ['lay out', v('announcement', 'content', 0.8)], ['spell out', v('assertion', 'content', 0.8)],
  ['hit back', v('criticism', 'content', 0.8)], ['shoot back', v('criticism', 'content', 0.8)], ['put it', v('assertion', 'content', 0.8)], ['plead guilty', v('admission', 'content', 0.7)], ['fire back', v('criticism', 'content', 0.8)], ['double down', v('assertion', 'content', 0.7)], ['refer to', v('assertion', 'target', 0.7)], ['allude to', v('assertion', 'target', 0.7)], ['acquiesce to', v('agreement', 'target', 0.7)], ['point to', v('assertion', 'target', 0.7)], ['respond to', v('assertion', 'target', 0.6)], ['weigh in', v('assertion', 'content', 0.8)], ['open up', v('assertion', 'content', 0.6)], ['push for', v('demand', 'content', 0.8)], ['lash out', v('criticism', 'content', 0.8)],
]);

/**
 * Verbs that report only when a clause follows or the attribution trails ("the study found that ...",
 * "officials found they could ...", "..., the poll found."): with a noun-phrase object they mostly
 * do something else ("found a way", "found itself", "find jobs"; PolNeAR dev: 13 of 106 marked).
 */
export const CLAUSE_ONLY_CUES: ReadonlySet<string> = new Set(['find']);

/** Nouns whose findings are reported with a noun-phrase object ("the poll found better support"). */
export const FINDING_SUBJECTS: ReadonlySet<string> = new Set([
  'poll', 'polls', 'survey', 'surveys', 'study', 'studies', 'report', 'reports', 'analysis', 'review', 'paper', 'papers',
  'research', 'researchers', 'audit', 'investigation', 'investigators', 'data', 'index', 'probe', 'inquiry', 'economists',
]);

/** Verbs that only phrasal uses make cues of (a bare "called" usually names something). */
export const PHRASAL_ONLY: ReadonlySet<string> = new Set(['call', 'point', 'speak', 'push', 'lash']);

/** Nouns that make a cue with a light verb ("issued a call for", "expressed strong condemnation of"). */
export const CUE_NOUNS: ReadonlyMap<string, string> = new Map([
  ['call', 'demand'], ['calls', 'demand'], ['demand', 'demand'], ['demands', 'demand'], ['appeal', 'demand'],
  ['condemnation', 'condemnation'], ['criticism', 'criticism'], ['concern', 'warning'], ['concerns', 'warning'],
  ['warning', 'warning'], ['warnings', 'warning'], ['support', 'agreement'], ['opposition', 'criticism'],
  ['denial', 'denial'], ['assurance', 'promise'], ['assurances', 'promise'], ['promise', 'promise'], ['pledge', 'promise'],
  ['statement', 'assertion'], ['claim', 'assertion'], ['claims', 'assertion'], ['doubt', 'belief'], ['doubts', 'belief'],
  ['hope', 'belief'], ['confidence', 'belief'], ['praise', 'praise'], ['regret', 'belief'], ['outrage', 'condemnation'],
  ['sympathy', 'belief'], ['solidarity', 'agreement'], ['gratitude', 'praise'], ['alarm', 'warning'],
  ['case', 'assertion'], ['argument', 'assertion'], ['point', 'assertion'], ['remarks', 'assertion'], ['mention', 'assertion'],
  ['aim', 'criticism'], ['shot', 'criticism'], ['shots', 'criticism'], ['swipe', 'criticism'], ['swipes', 'criticism'],
  ['jab', 'criticism'], ['jabs', 'criticism'], ['whack', 'criticism'], ['note', 'assertion'], ['offense', 'criticism'], ['issue', 'criticism'], ['credit', 'assertion'], ['weight', 'agreement'], ['backing', 'agreement'],
  ['comments', 'assertion'], ['comment', 'assertion'], ['pitch', 'demand'], ['announcement', 'announcement'],
  ['prediction', 'prediction'], ['accusation', 'accusation'], ['accusations', 'accusation'], ['allegation', 'accusation'],
  ['allegations', 'accusation'], ['threat', 'warning'], ['threats', 'warning'], ['vow', 'promise'], ['offer', 'promise'],
  ['proposal', 'plan'], ['plea', 'demand'], ['defense', 'assertion'], ['clear', 'assertion'], ['secret', 'admission'],
  ['objection', 'criticism'], ['objections', 'criticism'], ['complaint', 'criticism'], ['complaints', 'criticism'],
  ['statements', 'assertion'], ['arguments', 'assertion'], ['attack', 'criticism'], ['attacks', 'criticism'],
  ['charges', 'accusation'], ['apologies', 'admission'], ['apology', 'admission'], ['observation', 'assertion'],
  ['joke', 'assertion'], ['jokes', 'assertion'],
]);

/** Cue nouns that report an attribution after a possessor: "Trump's claim that ...", "her criticism of ...". */
export const POSSESSIVE_CUE_NOUNS: ReadonlyMap<string, string> = new Map([
  ['claim', 'assertion'], ['claims', 'assertion'], ['assertion', 'assertion'], ['argument', 'assertion'],
  ['statement', 'assertion'], ['remarks', 'assertion'], ['comments', 'assertion'], ['view', 'belief'], ['views', 'belief'],
  ['belief', 'belief'], ['criticism', 'criticism'], ['support', 'agreement'], ['opposition', 'criticism'],
  ['call', 'demand'], ['calls', 'demand'], ['demand', 'demand'], ['demands', 'demand'], ['plan', 'plan'], ['plans', 'plan'],
  ['proposal', 'plan'], ['promise', 'promise'], ['pledge', 'promise'], ['vow', 'promise'], ['warning', 'warning'],
  ['assessment', 'belief'], ['insistence', 'assertion'], ['contention', 'assertion'], ['suggestion', 'assertion'],
  ['denial', 'denial'], ['refusal', 'denial'], ['decision', 'plan'], ['accusation', 'accusation'], ['allegation', 'accusation'],
  ['attack', 'criticism'], ['attacks', 'criticism'], ['fear', 'belief'], ['fears', 'belief'], ['hope', 'belief'],
  ['concern', 'warning'], ['concerns', 'warning'], ['endorsement', 'agreement'], ['praise', 'praise'], ['pitch', 'demand'],
]);

/** Verb forms wink sometimes tags as nouns after a plural subject ("Polls show ..."). */
export const NOUN_TAGGED_VERBS: ReadonlySet<string> = new Set([
  'show', 'shows', 'claims', 'says', 'warns', 'notes', 'reports', 'calls', 'argues', 'suggests', 'finds', 'found',
  'indicate', 'indicates', 'estimate', 'estimates', 'predict', 'predicts', 'say', 'claim', 'suggest', 'showed',
]);

/** Verbs that carry a cue noun: "issued a call", "expressed condemnation", "echoed calls". */
export const LIGHT_VERBS: ReadonlySet<string> = new Set([
  'issue', 'make', 'express', 'voice', 'echo', 'renew', 'repeat', 'reiterate', 'raise', 'offer', 'register',
  'lodge', 'air', 'give', 'extend', 'signal', 'join', 'add', 'deliver', 'level', 'launch', 'pitch', 'present', 'take', 'tweet', 'show',
  'throw',
]);

/**
 * Light verbs that make cues only with nouns of their own: "took aim at", "took a swipe at", "took
 * note of"; "threw her support behind", "throwing her weight behind" (PolNeAR dev: 5 of 9 "throw").
 */
export const LIGHT_VERB_NOUNS: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ['take', new Set(['aim', 'shot', 'shots', 'swipe', 'swipes', 'jab', 'jabs', 'whack', 'note', 'offense', 'issue', 'credit'])],
  ['throw', new Set(['support', 'weight', 'backing'])],
]);

/** Cue nouns that only their own light verbs make cues of (no other light verb takes "aim" or "weight"). */
export const OWNED_CUE_NOUNS: ReadonlySet<string> = new Set(['aim', 'shot', 'shots', 'swipe', 'swipes', 'jab', 'jabs', 'whack', 'note', 'offense', 'issue', 'credit', 'weight', 'backing']);

/** Prepositions a cue noun may take before its content ("call for", "condemnation of"). */
export const CUE_NOUN_PREPOSITIONS: ReadonlySet<string> = new Set(['for', 'of', 'over', 'about', 'on', 'at', 'against', 'to', 'that', 'with', 'behind']);

/** Adverbs that may sit inside a verb group ("has also called", "repeatedly denied"). */
export const GROUP_ADVERBS: ReadonlySet<string> = new Set([
  'also', 'again', 'repeatedly', 'later', 'previously', 'earlier', 'once', 'often', 'recently', 'publicly',
  'privately', 'still', 'already', 'further', 'now', 'never', 'not', "n't", 'flatly', 'strongly', 'firmly', 'even',
  'reportedly', 'allegedly', 'initially', 'first', 'openly', 'frequently', 'explicitly', 'quickly', 'immediately',
  'angrily', 'emphatically', 'separately', 'subsequently', 'ultimately', 'simply', 'just', 'vehemently', 'forcefully',
  'since',
]);

/** Nouns naming where something was said, for the claim's channel ("in a press release"). */
export const CHANNEL_NOUNS: ReadonlySet<string> = new Set([
  'statement', 'release', 'interview', 'tweet', 'post', 'letter', 'speech', 'conference', 'briefing', 'email',
  'e-mail', 'video', 'op-ed', 'editorial', 'message', 'broadcast', 'address', 'memo', 'report', 'remarks',
  'hearing', 'testimony', 'podcast', 'blog', 'column', 'appearance', 'rally', 'debate', 'declaration', 'communique',
  'communiqué', 'filing', 'telegram', 'channel', 'sermon', 'call', 'note', 'posting', 'announcement',
]);

/** Verb + next word that look like cues but report no speech ("responded to the attacks"). */
export const NON_CUE_PHRASES: ReadonlySet<string> = new Set([
  'add to', 'report from', 'call off', 'call up', 'show up', 'show off', 'report to', 'answer to', 'point at',
  'tell apart', 'find out', 'state of', 'charge with', 'ask out', 'write off', 'write down', 'hope for', 'plan for',
]);

/**
 * Past participles that are never a past tense ("a book written with ..."): without an auxiliary such
 * a verb modifies a noun and reports nothing.
 */
export const PARTICIPLE_ONLY: ReadonlySet<string> = new Set([
  'written', 'spoken', 'shown', 'known', 'given', 'taken', 'seen', 'chosen', 'drawn', 'driven', 'broken', 'forgotten',
  'hidden', 'stolen', 'sworn', 'begun', 'gone', 'done', 'been', 'beaten', 'fallen', 'grown', 'thrown', 'proven', 'shaken',
  'overseen', 'undertaken', 'withdrawn', 'forbidden', 'foreseen', 'mistaken', 'rewritten', 'outspoken',
]);

/**
 * Adjectives of attitude after "be" or "remain", each with the words that may introduce what the
 * attitude is about: "is critical of", "are concerned that", "is eager to". PolNeAR marks such
 * positions with the subject as source. ("willing", "ready", "committed" and "clear" are left out:
 * they report no attitude in most uses, 4 of 24, 2 of 20, 0 of 10 and 6 of 32 on the dev set.)
 */
export const STANCE_ADJECTIVES: ReadonlyMap<string, ReadonlySet<string>> = new Map(
  ([
    ['critical', 'of'], ['supportive', 'of'], ['skeptical', 'of about that'], ['sceptical', 'of about that'], ['wary', 'of about'],
    ['opposed', 'to'], ['concerned', 'about that over with'], ['worried', 'about that over'], ['confident', 'that of about'],
    ['sure', 'that'], ['optimistic', 'that about'], ['pessimistic', 'that about'], ['eager', 'to'], ['keen', 'to on'],
    ['aware', 'of that'], ['angry', 'about at over that with'], ['upset', 'about with over that by'], ['furious', 'about at with over that'],
    ['unhappy', 'with about that'], ['frustrated', 'with by that'], ['disappointed', 'in with by that'], ['proud', 'of that'],
    ['convinced', 'that'], ['certain', 'that'], ['adamant', 'that'], ['hopeful', 'that about'], ['afraid', 'of that'],
    ['fearful', 'of that'], ['nervous', 'about that'], ['uncomfortable', 'with'], ['receptive', 'to'], ['hostile', 'to toward towards'],
    ['sympathetic', 'to toward towards'], ['dismissive', 'of'], ['enthusiastic', 'about'], ['determined', 'to'], ['unwilling', 'to'],
    ['reluctant', 'to'], ['loath', 'to'], ['vocal', 'about on in'], ['outspoken', 'about on in'], ['quick', 'to'], ['intent', 'on'],
    ['open', 'to'],
  ] as const).map(([adjective, words]) => [adjective, new Set(words.split(' '))]),
);

/** People named by the side they take, after "be" or "remain": "is a vocal advocate of", "was an early backer of". */
export const STANCE_NOUNS: ReadonlySet<string> = new Set([
  'supporter', 'critic', 'opponent', 'defender', 'backer', 'advocate', 'proponent', 'champion', 'fan', 'ally', 'foe',
  'detractor', 'skeptic', 'sceptic', 'admirer', 'campaigner', 'surrogate', 'endorser',
]);
