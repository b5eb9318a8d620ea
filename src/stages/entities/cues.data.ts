/**
 * Word lists the entity rules and the tagger's features use: titles before names, name particles,
 * organisation and place head words, and the affixes of hyphenated compounds. All lower-case.
 */

/** Words that precede a person's name as a title or role ("President Donald Trump", "spokesman Ali"). */
export const PERSON_TITLES: ReadonlySet<string> = new Set([
  'mr', 'mr.', 'mrs', 'mrs.', 'ms', 'ms.', 'miss', 'dr', 'dr.', 'prof', 'prof.', 'professor', 'sir', 'dame', 'lord', 'lady',
  'president', 'vice-president', 'premier', 'minister', 'chancellor', 'senator', 'sen.', 'sen', 'rep.', 'representative',
  'congressman', 'congresswoman', 'governor', 'gov.', 'mayor', 'ambassador', 'envoy', 'secretary', 'secretary-general',
  'spokesman', 'spokeswoman', 'spokesperson', 'leader', 'chairman', 'chairwoman', 'chair', 'ceo', 'director', 'chief',
  'commander', 'general', 'gen.', 'col.', 'colonel', 'lt.', 'lieutenant', 'capt.', 'captain', 'maj.', 'major', 'sgt.',
  'sergeant', 'adm.', 'admiral', 'marshal', 'judge', 'justice', 'king', 'queen', 'prince', 'princess', 'emir', 'sheikh',
  'sheik', 'ayatollah', 'imam', 'cleric', 'pope', 'cardinal', 'archbishop', 'bishop', 'rabbi', 'rev.', 'reverend',
  'father', 'brother', 'sister', 'coach', 'manager', 'striker', 'midfielder', 'defender', 'goalkeeper', 'forward',
  'batsman', 'bowler', 'pitcher', 'analyst', 'economist', 'official', 'officer', 'adviser', 'advisor', 'aide', 'lawyer',
  'attorney', 'prosecutor', 'candidate', 'nominee', 'challenger', 'champion', 'player', 'driver', 'rider', 'actor',
  'actress', 'singer', 'author', 'writer', 'founder', 'owner', 'executive', 'president-elect', 'dictator', 'tsar',
  'czar', 'crown', 'deputy', 'speaker', 'mullah', 'mufti', 'hojatoleslam', 'grand', 'st.', 'saint',
]);

/**
 * Titles that the tagger sometimes includes in a person's name ("Mrs. Clinton", "Prince Charles")
 * but that are not part of it; news NER convention leaves them out of the mention.
 */
export const DROPPED_TITLES: ReadonlySet<string> = new Set([
  'mr', 'mr.', 'mrs', 'mrs.', 'ms', 'ms.', 'miss', 'dr', 'dr.', 'prof', 'prof.', 'professor', 'sir', 'dame', 'president',
  'senator', 'sen', 'sen.', 'rep', 'rep.', 'gov', 'gov.', 'governor', 'gen', 'gen.', 'general', 'col', 'col.', 'colonel',
  'lt', 'lt.', 'capt', 'capt.', 'captain', 'maj', 'maj.', 'sgt', 'sgt.', 'adm', 'adm.', 'admiral', 'judge', 'king',
  'queen', 'prince', 'princess', 'pope', 'rev', 'rev.', 'reverend', 'sheikh', 'sheik', 'ayatollah', 'imam', 'rabbi',
  'minister', 'premier', 'chancellor', 'mayor', 'ambassador', 'coach', 'cardinal', 'archbishop', 'bishop', 'emir',
]);

/** Lower-case particles inside personal and organisation names ("Akram al-Kaabi", "Ludwig van Beethoven"). */
export const NAME_PARTICLES: ReadonlySet<string> = new Set([
  'al', 'el', 'bin', 'ibn', 'ben', 'bint', 'abu', 'abd', 'van', 'von', 'der', 'den', 'de', 'da', 'di', 'du', 'del',
  'della', 'dos', 'das', 'la', 'le', 'ter', 'zu',
]);

/** Lower-case words that may join the capitalised words of one name ("Bank of England", "Procter & Gamble"). */
export const NAME_CONNECTORS: ReadonlySet<string> = new Set(['of', 'for', 'and', '&', 'the', 'on', 'in', 'upon', 'de', 'du', 'des', 'la', 'le', 'del', 'y', 'e']);

/** Last words that make a capitalised phrase an organisation. */
export const ORG_HEADS: ReadonlySet<string> = new Set([
  'party', 'ministry', 'council', 'committee', 'group', 'inc', 'inc.', 'corp', 'corp.', 'corporation', 'co', 'co.', 'ltd',
  'ltd.', 'plc', 'llc', 'ag', 'sa', 'nv', 'gmbh', 'bank', 'university', 'agency', 'army', 'forces', 'force', 'brigades',
  'brigade', 'front', 'movement', 'association', 'union', 'commission', 'federation', 'institute', 'foundation',
  'company', 'organisation', 'organization', 'authority', 'board', 'bureau', 'department', 'office', 'court',
  'parliament', 'assembly', 'league', 'club', 'fc', 'united', 'society', 'network', 'holdings', 'airlines', 'airways',
  'trust', 'fund', 'exchange', 'times', 'post', 'news', 'press', 'service', 'services', 'systems', 'technologies',
  'industries', 'motors', 'energy', 'petroleum', 'police', 'guard', 'guards', 'navy', 'corps', 'command', 'school',
  'college', 'hospital', 'church', 'museum', 'faction', 'militia', 'coalition', 'alliance', 'congress', 'senate',
  'cabinet', 'government', 'administration', 'tribunal', 'institution', 'centre', 'center', 'secretariat', 'observatory',
  'battalion', 'regiment', 'division', 'unit', 'units', 'directorate', 'fund', 'partners', 'capital', 'securities',
  'group.', 'bancorp', 'labs', 'laboratories', 'pharmaceuticals', 'communications', 'media', 'broadcasting', 'telecom',
]);

/**
 * Head words that make a name an institution even where the tagger saw a place or a person
 * ("Council of Foreign Relations", "Redfield University"); a subset of ORG_HEADS without words
 * that also end team or place names ("United", "City").
 */
export const INSTITUTION_HEADS: ReadonlySet<string> = new Set([
  'council', 'committee', 'ministry', 'university', 'agency', 'association', 'commission', 'institute', 'institution',
  'foundation', 'department', 'court', 'party', 'corporation', 'company', 'inc', 'inc.', 'corp', 'corp.', 'ltd', 'ltd.',
  'plc', 'llc', 'bureau', 'authority', 'federation', 'college', 'academy', 'tribunal', 'secretariat', 'directorate',
  'parliament', 'assembly', 'senate', 'congress', 'cabinet', 'administration', 'organisation', 'organization', 'union',
  'movement', 'front', 'brigades', 'militia', 'faction', 'coalition', 'alliance', 'bank', 'trust', 'fund', 'group',
]);

/** Last words that make a capitalised phrase a place. */
export const PLACE_HEADS: ReadonlySet<string> = new Set([
  'river', 'mountains', 'mountain', 'mount', 'mt.', 'island', 'islands', 'isles', 'sea', 'ocean', 'lake', 'valley',
  'province', 'county', 'district', 'region', 'governorate', 'prefecture', 'city', 'town', 'village', 'street', 'road',
  'avenue', 'square', 'bridge', 'airport', 'bay', 'gulf', 'strait', 'straits', 'peninsula', 'desert', 'coast', 'heights',
  'canal', 'basin', 'delta', 'plain', 'plains', 'hills', 'forest', 'camp', 'port', 'harbour', 'harbor', 'stadium',
  'park', 'oblast', 'state', 'territory', 'republic', 'emirate', 'kingdom', 'border', 'crossing', 'base', 'field',
]);

/** Second parts of hyphenated compounds that describe rather than name ("Tehran-aligned", "Iran-linked"). */
export const HYPHEN_MODIFIERS: ReadonlySet<string> = new Set([
  'based', 'led', 'backed', 'aligned', 'linked', 'controlled', 'held', 'born', 'owned', 'run', 'dominated', 'style',
  'made', 'built', 'registered', 'listed', 'bound', 'affiliated', 'allied', 'sponsored', 'funded', 'supported',
  'friendly', 'occupied', 'ruled', 'wide', 'era', 'related', 'inspired', 'leaning', 'oriented', 'centric', 'centred',
  'centered', 'focused', 'brokered', 'mediated', 'bred', 'educated', 'trained', 'armed', 'speaking', 'language',
  'flagged', 'origin', 'area', 'class', 'type', 'level', 'designated', 'proposed', 'imposed', 'produced', 'manufactured',
  'designed', 'declared', 'administered', 'annexed', 'appointed', 'elected', 'approved', 'sanctioned', 'headquartered',
]);

/** First parts of hyphenated compounds that qualify a name ("pro-Iranian", "anti-ISIS"). */
export const HYPHEN_PREFIXES: ReadonlySet<string> = new Set([
  'pro', 'anti', 'non', 'ex', 'post', 'pre', 'neo', 'mid', 'trans', 'pan', 'inter', 'intra', 'cross', 'all', 'sub',
  'un', 'de', 'counter', 'semi', 'quasi', 'pseudo',
]);

/** Prefixes that, before a nationality or place, name a political leaning ("pro-Iranian" factions). */
export const STANCE_PREFIXES: ReadonlySet<string> = new Set(['pro', 'anti', 'neo', 'pan']);

/**
 * All-capital acronyms that are also English words, so they cannot be trusted where everything is in
 * capitals ("US" in "TELL US" or "IS" in "HE IS").
 */
export const WORDLIKE_ACRONYMS: ReadonlySet<string> = new Set([
  'us', 'is', 'it', 'who', 'am', 'an', 'as', 'at', 'be', 'do', 'go', 'he', 'if', 'in', 'me', 'my', 'no', 'of', 'on',
  'or', 'so', 'to', 'up', 'we', 'ice', 'sec', 'fed', 'pa', 'ap', 'au', 'total', 'shell', 'visa', 'apple', 'meta', 'let',
  'amnesty', 'car', 'aid', 'act', 'all', 'may', 'can', 'will', 'la', 'ira', 'fars', 'mehr', 'vox',
]);

/**
 * Function words that start sentences and headlines with a capital but never start a name
 * ("However", "The", "Despite"). The tagger does not even score them unless a name is already open.
 */
export const NEVER_NAME_START: ReadonlySet<string> = new Set([
  'a', 'an', 'the', 'this', 'that', 'these', 'those', 'it', 'its', 'he', 'she', 'they', 'we', 'i', 'you', 'his', 'her',
  'their', 'our', 'my', 'your', 'him', 'them', 'me', 'there', 'here', 'what', 'which', 'who', 'whom', 'whose',
  'when', 'where', 'why', 'how', 'while', 'whilst', 'after', 'before', 'if', 'as', 'with', 'by', 'from', 'to', 'of',
  'in', 'on', 'at', 'for', 'into', 'onto', 'about', 'against', 'between', 'during', 'without', 'within', 'under',
  'over', 'through', 'since', 'until', 'despite', 'although', 'though', 'because', 'but', 'and', 'or', 'nor', 'so',
  'yet', 'also', 'however', 'meanwhile', 'moreover', 'furthermore', 'nevertheless', 'currently', 'instead', 'thus',
  'then', 'now', 'still', 'even', 'only', 'just', 'all', 'both', 'each', 'every', 'some', 'many', 'most', 'more',
  'such', 'other', 'another', 'any', 'no', 'not', 'is', 'are', 'was', 'were', 'be', 'been', 'has', 'have', 'had',
  'do', 'does', 'did', 'would', 'can', 'could', 'should', 'might', 'must', 'shall', 'according',
  'said', 'says', 'once', 'than', 'among', 'amid', 'upon', 'whether', 'unless', 'whereas', 'therefore', 'indeed',
]);
