/** Small word lists the content and planning rules consult (data, not logic). */

/** Words of time after a cue: when something was said, not what ("said Tuesday", "on Friday"). */
export const TIME_WORDS: ReadonlySet<string> = new Set([
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'today', 'yesterday', 'tonight',
  'last', 'this', 'next', 'week', 'month', 'year', 'morning', 'afternoon', 'evening', 'night', 'weekend', 'earlier', 'later',
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
]);

/** Prepositions that lead a channel phrase after content ("in a tweet", "via Facebook", "on its website"). */
export const CHANNEL_LEADS: ReadonlySet<string> = new Set(['in', 'on', 'via', 'through', 'during']);

/** Platforms named without a determiner in a channel phrase ("on Twitter", "via Facebook"). */
export const CHANNEL_PLATFORMS: ReadonlySet<string> = new Set(['twitter', 'facebook', 'instagram', 'youtube', 'tiktok', 'snapchat', 'reddit', 'linkedin', 'television', 'tv', 'radio', 'air']);

/** Nouns of a channel phrase after content besides the cue-channel nouns ("on its website", "in his book"). */
export const CHANNEL_PLACES: ReadonlySet<string> = new Set(['website', 'site', 'show', 'program', 'programme', 'page', 'feed', 'account', 'newsletter', 'book', 'ad', 'advertisement', 'documentary', 'film']);

/** Words that lead a time phrase ("on Friday", "last week"). */
export const TIME_LEADS: ReadonlySet<string> = new Set(['on', 'last', 'this', 'next', 'earlier', 'late', 'early']);

/** Prepositions that attach a circumstance (when, where, how it was said) rather than more content. */
export const CIRCUMSTANCE_PREPOSITIONS: ReadonlySet<string> = new Set([
  'in', 'during', 'on', 'at', 'amid', 'after', 'before', 'while', 'since', 'following', 'despite', 'via', 'through',
]);

/** Words after a comma that start a comment on the content rather than more of it (measured on PolNeAR). */
export const CLAUSE_AFTER_COMMA: ReadonlySet<string> = new Set(['which', 'although', 'though', 'even', 'whereas', 'however', 'without']);

/** Words after an addressee that open the question asked ("asked him whether ..."). */
export const QUESTION_OPENERS: ReadonlySet<string> = new Set(['about', 'whether', 'if', 'why', 'how', 'what', 'when', 'where', 'who', 'which']);

/** Nouns for people and bodies that hold views, besides the speaker descriptions (speakers.data.ts). */
export const AGENT_NOUNS: ReadonlySet<string> = new Set([
  'voter', 'supporter', 'critic', 'opponent', 'people', 'citizen', 'resident', 'member', 'delegate', 'superdelegate',
  'donor', 'investor', 'worker', 'employee', 'student', 'parent', 'family', 'friend', 'ally', 'rival', 'conservative',
  'liberal', 'progressive', 'moderate', 'independent', 'republican', 'democrat', 'american', 'scientist', 'economist',
  'doctor', 'officer', 'police', 'prosecutor', 'investigator', 'advocate', 'protester', 'leader', 'lawmaker', 'legislator',
  'poll', 'survey', 'study', 'report', 'researcher', 'observer', 'pundit', 'commentator', 'fan', 'user', 'reader',
  'viewer', 'immigrant', 'refugee', 'veteran', 'owner', 'ceo', 'staff', 'staffer', 'insider', 'regulator', 'authority',
  'activist', 'expert', 'analyst', 'candidate', 'nominee', 'official', 'senator', 'governor', 'court', 'judge', 'jury',
]);

/** Channels PolNeAR counts as part of the cue after "in" ("said in a statement"). */
export const CUE_CHANNELS: ReadonlySet<string> = new Set(['statement']);

/** Nouns that name a source before a headline's colon ("Poll: Trump ties Clinton", "WSJ editorial: ..."). */
export const COLON_SOURCE_NOUNS: ReadonlySet<string> = new Set([
  'poll', 'polls', 'survey', 'report', 'study', 'newspaper', 'editorial', 'sources', 'officials', 'analysis', 'experts',
]);

/** Particles of phrasal verbs ("brushed off", "called out", "put out a statement"). */
export const VERB_PARTICLES: ReadonlySet<string> = new Set(['up', 'off', 'out', 'down', 'back', 'aside', 'away']);

/** Nouns that open "In a ... poll," as a source at a sentence start. */
export const POLL_NOUNS: ReadonlySet<string> = new Set(['poll', 'polls', 'survey', 'surveys']);

/** Answers that stand for a whole reported clause ("46 percent said yes", "half said so"). */
export const ANSWERS: ReadonlySet<string> = new Set(['yes', 'no', 'so']);

/**
 * Verbs that take a reporting verb as an infinitive and join its cue: "went on to say", "refused to
 * comment", "continued to question". Catenatives that are cues themselves ("want", "promise", "decline")
 * are left out: they match on their own, and PolNeAR marks them alone more often than with the
 * infinitive ("declined" + "to say whether ...": without "decline" here, PolNeAR dev linked +9).
 */
export const CATENATIVES: ReadonlySet<string> = new Set([
  'go', 'refuse', 'try', 'seem', 'appear', 'begin', 'start', 'hasten', 'rush', 'move', 'stop', 'fail', 'use',
  'have', 'need', 'get', 'continue',
]);

/**
 * Adjectives and passive participles after "be" that take a reporting verb as an infinitive: "is likely
 * to say", "was quick to embrace", "was prompted to say".
 */
export const CONTROL_ADJECTIVES: ReadonlySet<string> = new Set([
  'likely', 'unlikely', 'able', 'unable', 'quick', 'eager', 'ready', 'willing', 'unwilling', 'reluctant', 'loath', 'careful',
  'keen', 'happy', 'slow', 'first', 'last', 'prepared', 'determined', 'anxious', 'afraid', 'prompted', 'forced',
  'compelled', 'inclined',
]);

/** Verbs whose object does what their infinitive says: "led many to assume", "prompting Republicans to rebuke". */
export const CAUSATIVES: ReadonlySet<string> = new Set([
  'lead', 'prompt', 'drive', 'cause', 'force', 'spur', 'inspire', 'push', 'compel', 'provoke', 'leave', 'get',
]);

/** Objects of "respond to" that are words, so the response is an attribution ("did not respond to a request"). */
export const RESPONSE_OBJECTS: ReadonlySet<string> = new Set([
  'request', 'requests', 'question', 'questions', 'email', 'emails', 'e-mail', 'call', 'calls', 'message', 'messages',
  'inquiry', 'inquiries', 'comment', 'comments', 'remarks', 'remark', 'criticism', 'criticisms', 'report', 'reports',
  'accusation', 'accusations', 'allegation', 'allegations', 'claim', 'claims', 'letter', 'letters', 'statement',
  'statements', 'charges', 'tweet', 'tweets', 'query', 'queries', 'critics', 'it', 'that', 'this',
]);

/** Verbs that report a view of their object when "as" follows it ("saw Fiorina as the perfect driver"). */
export const AS_VERBS: ReadonlySet<string> = new Set(['see', 'view', 'regard']);

/** Their forms wink sometimes tags as nouns after a subject ("Some saw ...", "Israel regards ..."). */
export const AS_VERB_FORMS: ReadonlyMap<string, string> = new Map([
  ['saw', 'see'], ['sees', 'see'], ['regards', 'regard'], ['regarded', 'regard'], ['views', 'view'], ['viewed', 'view'],
]);

/** Words after "as" that make a comparison or a time, not the role an object is seen in ("as well", "as soon"). */
export const AS_NOT_ROLE: ReadonlySet<string> = new Set(['well', 'soon', 'long', 'much', 'many', 'far', 'if', 'though', 'it', 'they', 'he', 'she', 'we', 'i', 'you']);

/** Conjunctions that open a subordinate clause at the start of reported content ("said if Trump wins, he ..."). */
export const CONTENT_SUBORDINATORS: ReadonlySet<string> = new Set(['if', 'when', 'unless', 'although', 'though', 'because', 'once', 'while', 'after', 'before']);

/**
 * Verbs of seeming: "X seems to Y" is a view held by no one named (PolNeAR: no source). "look" and
 * "sound" ("looks like a rout") were tried too: as many false claims as right ones on PolNeAR dev.
 */
export const SEEM_VERBS: ReadonlySet<string> = new Set(['seem', 'appear']);

/** Relative pronouns that stand for part of what the speaker after them said ("which he said was ..."). */
export const OBJECT_RELATIVES: ReadonlySet<string> = new Set(['which', 'what', 'who', 'whom']);

/** Bare times a trailing cue takes into its span at the end of a sentence ("“...,” Trump said Tuesday."). */
export const TRAILING_TIMES: ReadonlySet<string> = new Set([
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'yesterday', 'today', 'tonight', 'earlier', 'later', 'recently',
]);

/** Personal pronouns that can be a clause's subject. */
export const SUBJECT_PRONOUNS: ReadonlySet<string> = new Set(['i', 'we', 'you', 'he', 'she', 'it', 'they']);

/** Days a cue takes before forward content ("said Sunday it would ..."). */
export const DAY_NAMES: ReadonlySet<string> = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'today', 'yesterday']);

/** Parts of a day that follow its name ("Wednesday morning"). */
export const DAY_PARTS: ReadonlySet<string> = new Set(['morning', 'afternoon', 'evening', 'night']);

/** Quantifiers that float after their subject into the verb group ("The lawmakers all agreed"). */
export const FLOATING_QUANTIFIERS: ReadonlySet<string> = new Set(['all', 'both', 'each']);

/** Verbs of beginning, going on and stopping that take a reporting verb's gerund ("kept asking", "began calling for"). */
export const ASPECTUAL_VERBS: ReadonlySet<string> = new Set(['keep', 'start', 'begin', 'continue', 'stop', 'resume', 'quit']);

/** Words after which an -ing verb takes its clause's subject: "while saying", "after telling his aides". */
export const PARTICIPLE_LEADS: ReadonlySet<string> = new Set(['while', 'by', 'after', 'before']);

/** Subjects that stand for nobody ("It was at the conference that ...", "There is ..."). */
export const EXPLETIVES: ReadonlySet<string> = new Set(['it', 'there']);
