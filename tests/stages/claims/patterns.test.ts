/** The attribution patterns the claims stage must handle, each on a small sentence written for it. */
import { describe, expect, it } from 'vitest';
import { analyse, kept, triples } from './helpers.js';

describe('claims: attribution patterns', () => {
  it('does not fail on a cue with nothing after it in its sentence (property-test counterexamples)', () => {
    for (const text of ['Dr.said', 'TheThe\r\nclaimed', 'Ωsaid', 'U.S.urged', 'He responded', 'Pence continued:']) {
      expect(() => analyse(text)).not.toThrow();
    }
  });

  it('X said that ...', () => {
    expect(triples('The mayor said that the bridge would reopen in May.')).toEqual([['The mayor', 'said', 'the bridge would reopen in May']]);
  });

  it('“...,” X said. and “...,” said X, APPOSITIVE.', () => {
    expect(triples('“We will rebuild,” Ana Silva said.')).toEqual([['Ana Silva', 'said', '“We will rebuild,”']]);
    expect(triples('“We will rebuild,” said Ana Silva, the city’s mayor.')).toEqual([['Ana Silva, the city’s mayor', 'said', '“We will rebuild,”']]);
  });

  it('a quote interrupted by its attribution, continued in the next paragraph', () => {
    const doc = analyse('“The dam is safe,” the engineer said, “and it will hold.\n“Nobody needs to leave.”');
    expect(doc.claims).toHaveLength(1);
    const [claim] = doc.claims;
    expect(claim!.speaker?.text).toBe('the engineer');
    expect(claim!.kind).toBe('direct');
    expect(claim!.quotes.map((quote) => quote.text)).toEqual(['The dam is safe,', 'and it will hold.', 'Nobody needs to leave.']);
  });

  it('according to X, ... and ..., according to X.', () => {
    expect(triples('According to the ministry, exports rose by 4 percent.')).toEqual([['the ministry', 'According to', 'exports rose by 4 percent']]);
    expect(triples('Exports rose by 4 percent, according to the ministry.')).toEqual([['the ministry', 'according to', 'Exports rose by 4 percent']]);
  });

  it('an attribution set off by commas inside the sentence it reports ("..., the office said, they will ...")', () => {
    expect(triples('After small increases in deficits, the budget office said, they will go up more sharply.')).toEqual([['the budget office', 'said', 'After small increases in deficits, the budget office said, they will go up more sharply']]);
    // A capitalised quotation after the comma is the content on its own.
    expect(triples('In a statement, the spokesman said, “We will appeal the ruling.”')[0]![2]).toBe('“We will appeal the ruling.”');
  });

  it('"find" reports a finding only with a clause, at the end, or after a study ("found a way" does not)', () => {
    expect(triples('The study found that most voters were undecided.')[0]!.slice(0, 2)).toEqual(['The study', 'found']);
    expect(triples('The poll found better support for Clinton.')[0]!.slice(0, 2)).toEqual(['The poll', 'found']);
    expect(triples('They found a way through the Clean Air Act.')).toEqual([]);
    expect(triples('The bank has found itself at the center of the crisis.')).toEqual([]);
  });

  it('a cue that ends its sentence introduces the quotation that opens the next one', () => {
    expect(triples('Dianne Bystrom agreed. “Mainstream Republicans are running out of time.”')).toEqual([['Dianne Bystrom', 'agreed', '“Mainstream Republicans are running out of time.”']]);
  });

  it('a day after the cue belongs to it, with its part of the day, but not before a comma', () => {
    expect(analyse('The company said Sunday it would appeal.').claims[0]!.cue!.text).toBe('said Sunday');
    expect(analyse('The company said Sunday that it would appeal.').claims[0]!.cue!.text).toBe('said Sunday');
    expect(analyse('“We will win,” Trump tweeted Wednesday morning after the debate.').claims[0]!.cue!.text).toBe('tweeted Wednesday morning');
    expect(analyse('The company said Sunday, after a long silence, that it would appeal.').claims[0]!.cue!.text).toBe('said');
  });

  it('a passive "said" reports with no source; a dummy "it" is no part of the content', () => {
    expect(triples('Priebus was said to be furious with Trump.')).toEqual([[null, 'was said', 'Priebus was said to be furious with Trump']]);
    expect(triples('It is said that the tunnel was haunted.')).toEqual([[null, 'is said', 'the tunnel was haunted']]);
  });

  it('"when asked" keeps its question but the cue starts at the verb', () => {
    const claim = analyse('Trump bristled when asked whether the event was a publicity stunt.').claims.find((c) => c.cue?.lemma.includes('ask'));
    expect(claim?.cue?.text).toBe('asked');
  });

  it('a quotation after a participial cue is that cue\'s, not a continuation of the one before', () => {
    expect(triples('“It has been a total disaster,” Trump said, adding, “Nobody cares.”')).toEqual([
      ['Trump', 'said', '“It has been a total disaster,”'],
      ['Trump', 'adding', '“Nobody cares.”'],
    ]);
  });

  it('auxiliaries before a sourceless passive belong to its cue ("had been expected to")', () => {
    expect(triples('Trump had been expected to visit Capitol Hill next week.')).toEqual([[null, 'had been expected', 'Trump had been expected to visit Capitol Hill next week']]);
  });

  it('a headline colon after a short run of names the tagger missed is a signed claim, a place is not', () => {
    expect(triples('Mark Cuban: A businessman can run this country.')).toEqual([['Mark Cuban', ':', 'A businessman can run this country']]);
    expect(triples('Iowa: Trump wins the caucuses.')).toEqual([]);
  });

  it('an opening headline "NAME to/on X: ..." is signed by the name', () => {
    expect(triples('Clinton to Planned Parenthood: Trump will reverse Roe v. Wade.')).toEqual([['Clinton', ':', 'Trump will reverse Roe v. Wade']]);
    expect(kept('Gillibrand on Her Speech Transcripts: ‘I Think She Will.’')).toEqual([['Gillibrand', ':', '‘I Think She Will.’']]);
  });

  it('a spaced dash, a name and a colon before a quotation sign it inside a sentence', () => {
    expect(triples('Turnout has been important - Philip Bump: “Two weeks ago, his territory had been the South.”')).toEqual([['Philip Bump', ':', '“Two weeks ago, his territory had been the South.”']]);
  });

  it('a preposition after a phrasal cue\'s particle is the cue\'s ("opened up about")', () => {
    expect(triples('The actress opened up about her struggles in Hollywood.')).toEqual([['The actress', 'opened up about', 'her struggles in Hollywood']]);
  });

  it('a sourceless claim\'s subject takes the noun phrase its found phrase hangs on ("The silencing of ...")', () => {
    expect(triples('The silencing of Justice Scalia’s voice seemed to help other justices.')[0]![2]).toBe('The silencing of Justice Scalia’s voice seemed to help other justices');
    expect(triples('The idea of reinstating Glass-Steagall seems to sit behind obstacles.')[0]![2]).toBe('The idea of reinstating Glass-Steagall seems to sit behind obstacles');
  });

  it('a verb form after an article or a possessive is a noun wink mis-tagged ("Their shows rose")', () => {
    expect(triples('Their shows rose to be among the most watched in cable news.')).toEqual([]);
    expect(triples('Clinton led Sanders by nearly 300 pledged delegates.').map((t) => t[1])).not.toContain('pledged');
  });

  it('a participle opening the sentence ("After saying ...,") belongs to the main clause\'s subject', () => {
    expect(triples('After saying he was nervous to ask a question, the man ended up asking two.')).toEqual([['the man', 'saying', 'he was nervous to ask a question']]);
  });

  it('"take" makes cues only with its own nouns ("took aim at", "took a swipe at"), not "took the case to"', () => {
    expect(triples('Trump took aim at Cruz over his record.')[0]!.slice(0, 2)).toEqual(['Trump', 'took aim at']);
    expect(triples('The state took the case to the Supreme Court.')).toEqual([]);
    expect(triples('The union is throwing its support behind the nominee.')[0]!.slice(1)).toEqual(['is throwing its support behind', 'the nominee']);
  });

  it('"shot back", "fired back" and "doubled down" are phrasal cues', () => {
    expect(triples('He shot back, “You are wrong.”')).toEqual([['He', 'shot back', '“You are wrong.”']]);
    expect(triples('Trump fired back that Cruz was a liar.')).toEqual([['Trump', 'fired back', 'Cruz was a liar']]);
    expect(triples('The donor pleaded guilty to making straw donations.')[0]!.slice(1)).toEqual(['pleaded guilty', 'to making straw donations']);
    expect(triples('Clinton doubled down on her plan to raise taxes.')[0]!.slice(1)).toEqual(['doubled down on', 'her plan to raise taxes']);
  });

  it('"tweeting support for", "showed support for": a cue noun after "tweet" or "show"', () => {
    expect(triples('Amy Schumer is tweeting support for President Obama’s executive actions on guns.')[0]!.slice(1, 2)).toEqual(['is tweeting support for']);
  });

  it('"made clear" needs no preposition before its clause', () => {
    expect(triples('Officials made clear Monday they have no plans to spend money.')[0]!.slice(0, 2)).toEqual(['Officials', 'made clear Monday']);
  });

  it('"as X put it:" reports words; "put it that way" does not', () => {
    expect(triples('As Professor Foner put it: “The United States does a better job.”')[0]!.slice(0, 2)).toEqual(['Professor Foner', 'put it:']);
    // "put it" here is no cue (whatever the model makes of "hate to", a stance PolNeAR sometimes marks).
    expect(triples('I hate to put it that way.').map(([, cue]) => cue)).not.toContainEqual(expect.stringMatching(/put/u));
  });

  it('a manner adverb between a cue verb and its preposition ("spoke briefly about")', () => {
    expect(triples('Lopez spoke briefly about the cancellation of his show.')).toEqual([['Lopez', 'spoke briefly about', 'the cancellation of his show']]);
    expect(triples('The senator spoke passionately about the war.')[0]!.slice(0, 2)).toEqual(['The senator', 'spoke passionately about']);
  });

  it('according to a bare plural or adjectives that wink tags as verbs ("to polls")', () => {
    expect(triples('Cruz garnered just 1% support, according to polls.')).toEqual([['polls', 'according to', 'Cruz garnered just 1% support']]);
    expect(triples('She was leading in Kentucky, according to complete but unofficial returns.')).toEqual([['complete but unofficial returns', 'according to', 'She was leading in Kentucky']]);
  });

  it('anonymous sources described by their access ("people familiar with", "close to", "briefed on")', () => {
    expect(triples('The session turned into a gripe session, according to people in attendance.')).toEqual([['people in attendance', 'according to', 'The session turned into a gripe session']]);
    expect(triples('He was paid, according to people close to the campaign.')).toEqual([['people close to the campaign', 'according to', 'He was paid']]);
    expect(triples('People briefed on the move said it was over.')).toEqual([['People briefed on the move', 'said', 'it was over']]);
    expect(triples('Sources familiar with the talks said a deal was near.')).toEqual([['Sources familiar with the talks', 'said', 'a deal was near']]);
  });

  it('an inverted speaker described by a "that" relative; a share restated as a percentage', () => {
    expect(triples('"It was all lies," said one owner of a shop that sells shoes.')).toEqual([['one owner of a shop that sells shoes', 'said', '"It was all lies,"']]);
    expect(triples('Among likely GOP primary voters, about two-thirds, 67 percent, say they will vote for Trump.')).toEqual([['about two-thirds, 67 percent', 'say', 'they will vote for Trump']]);
  });

  it('a base-form cue wink tags as a noun after a plural subject or "who" ("Polls show voters ...")', () => {
    expect(triples('Public records show little evidence that Trump made good on those promises.')).toEqual([['Public records', 'show', 'little evidence that Trump made good on those promises']]);
    expect(triples('Polls show voters trust Clinton more than Trump.')).toEqual([['Polls', 'show', 'voters trust Clinton more than Trump']]);
    expect(triples('The talk show hosts said nothing.')).toEqual([['The talk show hosts', 'said', 'nothing']]);
  });

  it('a mis-tagged trailing "records show" between commas', () => {
    expect(triples('Trump leads by six points, the poll shows.')).toEqual([['the poll', 'shows', 'Trump leads by six points']]);
    // The clause after the aside is reported too, around the attribution (PolNeAR keeps it more often than not).
    expect(triples('Trump leads by six points, the poll shows, and Clinton trails.')).toEqual([['the poll', 'shows', 'Trump leads by six points, the poll shows, and Clinton trails']]);
  });

  it('a study, poll or report as the subject of "found", with its modifiers ("A study by X found", "A poll released in late August found")', () => {
    expect(triples('A study by the Pew Research Center found the nominee garnered more airtime.')).toEqual([['A study by the Pew Research Center', 'found', 'the nominee garnered more airtime']]);
    expect(triples('A survey conducted on Monday shows Trump ahead.')).toEqual([['A survey conducted on Monday', 'shows', 'Trump ahead']]);
    expect(triples('A poll released in late August found that most voters want his returns.')[0]).toEqual(['A poll released in late August', 'found', 'most voters want his returns']);
  });

  it('a bare time between an auxiliary and the verb is not the subject ("Police had last month charged")', () => {
    expect(triples('Trump will next week announce that he is running.')).toEqual([['Trump', 'announce', 'he is running']]);
  });

  it('a participle follows the last coordinated clause, and an expletive "it" is nobody\'s', () => {
    expect(triples('It is a big if, but Sanders was in San Diego on Tuesday night, emphasizing the state.')).toEqual([['Sanders', 'emphasizing', 'the state']]);
    expect(triples('It was at the conference that Swanson delivered his tirade, pointing to the books.').at(-1)).toEqual(['Swanson', 'pointing to', 'the books']);
  });

  it('an opening phrase wink starts with a preposition ends at its comma, as an opening clause does', () => {
    expect(triples('Although in September she said her decision was a mistake, this week she said it was not an error.')[0]).toEqual(['she', 'said', 'her decision was a mistake']);
  });

  it('circumstances between the cue and its "that" clause: the content follows, not the opening phrase', () => {
    expect(triples('Courted by most of the candidates, Adelson said earlier on Friday during a news conference that he may wait until February.')).toEqual([['Adelson', 'said', 'he may wait until February']]);
  });

  it('an adjective wink reads as an adverb after an article stays in the source ("a new AP poll")', () => {
    expect(triples('Clinton leads Trump by six points, according to a new AP poll.')).toEqual([['a new AP poll', 'according to', 'Clinton leads Trump by six points']]);
  });

  it('X accused Y of ...: the target is Y', () => {
    const [claim] = analyse('The union accused the company of ignoring safety rules.').claims;
    expect(claim!.act).toBe('accusation');
    expect(claim!.target?.text).toBe('the company');
  });

  it('X urged Y to ... and X called on Y to ...: demands with an addressee', () => {
    const urged = analyse('Residents urged the council to close the road.').claims[0]!;
    expect(urged.act).toBe('demand');
    expect(urged.target?.text).toBe('the council');
    const called = analyse('Residents called on the council to close the road.').claims[0]!;
    expect(called.cue?.text).toBe('called on');
    expect(called.target?.text).toBe('the council');
  });

  it('X told Y that ...: the addressee is not content', () => {
    expect(triples('The minister told Reuters that talks had stalled.')).toEqual([['The minister', 'told', 'talks had stalled']]);
  });

  it('"did not respond to" a request is an attribution with the preposition in the cue', () => {
    expect(triples('Spokesman Michael Briggs did not respond to requests to comment on the subject.')).toEqual([
      ['Spokesman Michael Briggs', 'did not respond to', 'requests to comment on the subject'],
    ]);
    expect(triples('US forces have responded to the wave of attacks with heavy strikes.')).toEqual([]);
  });

  it('"saw X as Y" and "regards X as Y" report a view of X', () => {
    const claims = analyse('The board saw Fiorina as the perfect driver. Israel regards all of Jerusalem as its capital.').claims;
    expect(claims.map((claim) => [claim.speaker?.text, claim.cue?.lemma, claim.content.text, claim.act])).toEqual([
      ['The board', 'see', 'Fiorina as the perfect driver', 'belief'],
      ['Israel', 'regard', 'all of Jerusalem as its capital', 'belief'],
    ]);
    expect(triples('He saw the game as well as the parade.')).toEqual([]);
  });

  it('content starts at the relative pronoun when the speaker opens a relative clause', () => {
    expect(triples('He wants a permanent wall, which he said the Mexican government should pay for.')).toContainEqual(['he', 'said', 'which he said the Mexican government should pay for']);
    expect(triples('She was hospitalized after what she called a “rant.”')).toContainEqual(['she', 'called', 'what she called a “rant.”']);
    expect(triples('It was a decision they say allowed terrorist activity to multiply.')).toContainEqual(['they', 'say', 'a decision they say allowed terrorist activity to multiply']);
  });

  it('an "as X said" aside vouches for the clause around it', () => {
    expect(triples('Hawaii, as one adviser pointed out, normally does not get two hurricanes.')).toEqual([
      ['one adviser', 'pointed out', 'Hawaii, as one adviser pointed out, normally does not get two hurricanes'],
    ]);
    expect(triples('Clinton is the top recipient, as The Huffington Post previously reported.')).toEqual([
      ['The Huffington Post', 'previously reported', 'Clinton is the top recipient'],
    ]);
  });

  it('a day that ends a trailing attribution is part of the cue, and so is one before forward content', () => {
    expect(triples('“We will win,” Trump said Tuesday.')[0]![1]).toBe('said Tuesday');
    expect(triples('Trump said Tuesday that he would win.')[0]![1]).toBe('said Tuesday');
  });

  it('reads a participle wink tags as a noun after a comma (", warning that ...") as a cue', () => {
    const claims = analyse('Senior lawmakers urged Mrs. Clinton to fund turnout efforts, warning that control of Congress will be crucial.').claims;
    expect(claims.map((claim) => [claim.speaker?.text, claim.cue?.text, claim.cue?.lemma, claim.content.text])).toEqual([
      ['Senior lawmakers', 'urged', 'urge', 'Mrs. Clinton to fund turnout efforts'],
      ['Senior lawmakers', 'warning', 'warn', 'control of Congress will be crucial'],
    ]);
  });

  it('a participle after a quotation that closes over its comma is a participial cue', () => {
    expect(triples('Trump delivered a defense of “New York values,” saying the city embodied the “soul of America.”')).toEqual([
      ['Trump', 'delivered a defense of', '“New York values,”'],
      ['Trump', 'saying', 'the city embodied the “soul of America.”'],
    ]);
  });

  it('a participle after archive quotation marks or after a past tense wink tags as an adjective finds its subject', () => {
    expect(triples("Mr. Trump told the hosts of ''Morning Joe,'' adding that his son is friendly with the Bushes.")).toContainEqual(['Mr. Trump', 'adding', 'his son is friendly with the Bushes']);
    expect(triples('Cruz belittled the issue of the loans, calling it a "paperwork error."')).toContainEqual(['Cruz', 'calling', 'it a "paperwork error."']);
    expect(triples('Mr. Butterfield and Mr. Clyburn cast their arguments in practical terms, saying it was in her interest.')).toContainEqual(['Mr. Butterfield and Mr. Clyburn', 'saying', 'it was in her interest']);
  });

  it('a participle after a dash or after adverbs is participial', () => {
    expect(triples('Investors see a chance that the Fed will cut again - implying that they expect a slowdown.')).toContainEqual(['Investors', 'implying', 'they expect a slowdown']);
    expect(triples('The nominee complained about his mic, even suggesting he may have been sabotaged.')).toContainEqual(['The nominee', 'even suggesting', 'he may have been sabotaged']);
  });

  it('an -ing verb after "after" or "before" takes the clause subject', () => {
    expect(triples('The candidate committed repeated gaffes after telling his aides that he planned to adopt a new tone.')).toContainEqual(['The candidate', 'telling', 'he planned to adopt a new tone']);
  });

  it('an aspectual verb before a reporting gerund joins its group ("kept asking")', () => {
    expect(triples('Sen. Ron Johnson kept asking her why the department had tied the violence to a video.')[0]!.slice(0, 2)).toEqual(['Sen. Ron Johnson', 'kept asking']);
  });

  it('an aside between commas inside the verb group keeps the group whole', () => {
    expect(triples('U.S. officials have, in fact, praised the Saudis for their help.')[0]!.slice(0, 2)).toEqual(['U.S. officials', 'have, in fact, praised']);
  });

  it('"then" right after the subject is part of the verb group', () => {
    expect(triples('Trump then accused the audience of being donors.')[0]!.slice(0, 2)).toEqual(['Trump', 'then accused']);
  });

  it('a floating quantifier after the subject belongs to the cue', () => {
    expect(triples('The lawmakers all agreed that the plan was bad.')[0]!.slice(0, 2)).toEqual(['The lawmakers', 'all agreed']);
    expect(triples('The two senators have both urged Congress to act.')[0]!.slice(0, 2)).toEqual(['The two senators', 'have both urged']);
  });

  it('a manner adverb right after the verb belongs to the cue', () => {
    expect(triples('The minority leader said flatly that it does not matter.')[0]!.slice(1)).toEqual(['said flatly', 'it does not matter']);
    expect(triples('He said relatively little about the plan.')[0]![1]).toBe('said');
  });

  it('a verb and a colon before a quotation introduce it, whatever the verb', () => {
    expect(triples('The Christie supporter retorted: “There is a special place in hell.”')).toEqual([['The Christie supporter', 'retorted:', '“There is a special place in hell.”']]);
    expect(triples('Sen. Claire McCaskill scolded him: “The scientific community is against you.”')).toEqual([['Sen. Claire McCaskill', 'scolded him:', '“The scientific community is against you.”']]);
  });

  it('denials and warnings have their acts', () => {
    expect(analyse('The company denied that it had cut wages.').claims[0]!.act).toBe('denial');
    expect(analyse('Doctors warned that the outbreak could spread.').claims[0]!.act).toBe('warning');
  });

  it('a pronoun speaker resolves to the nearest compatible entity before it', () => {
    const doc = analyse('Maria Lopez visited the plant on Monday. She said the repairs were finished.');
    const claim = doc.claims.find((c) => c.cue?.text === 'said')!;
    expect(claim.speaker?.text).toBe('She');
    expect(claim.speaker?.entity).toBe('Maria Lopez');
    expect(claim.speaker?.entityType).toBe('PERSON');
  });

  it('a conjoined speaker stays whole', () => {
    expect(triples('The governor and the mayor said the shelter would open.')[0]![0]).toBe('The governor and the mayor');
  });

  it('straight quotes and guillemets are quotations', () => {
    expect(analyse('"It works," she said.').claims[0]!.kind).toBe('direct');
    expect(analyse('«It works», she said.').claims[0]!.quotes.map((q) => q.text)).toEqual(['It works']);
  });

  it('the content of a cue inside the speaker’s description ends at the comma before the main verb', () => {
    const doc = analyse('Mr. Hill, who estimated that a third of the workers were Trump supporters, said he voted for Mr. Obama.');
    expect(doc.claims.find((claim) => claim.cue?.text === 'estimated')?.content.text).toBe('a third of the workers were Trump supporters');
    expect(doc.claims.find((claim) => claim.cue?.text === 'said')?.content.text).toBe('he voted for Mr. Obama');
  });

  it('the content of a cue in a relative clause ends at the comma before the main verb', () => {
    const doc = analyse('Clinton, who announced a $275 billion infrastructure plan on Monday, will focus on jobs.');
    expect(doc.claims.find((claim) => claim.cue?.text === 'announced')?.content.text).toBe('a $275 billion infrastructure plan on Monday');
  });

  it('a quotation after other words than the attribution does not continue the quote', () => {
    expect(triples('"Let me tell you the facts," Cruz said after a brief "I\'m sorry" to the moderator.')[0]![2]).toBe('"Let me tell you the facts,"');
    expect(triples('"We will win," he said on Tuesday, "and we will keep on."')[0]![2]).toBe('"We will win," he said on Tuesday, "and we will keep on."');
  });

  it('a quotation resumed after ", and" belongs to the same speaker', () => {
    expect(triples('"This deal must come with enforcement," she said, and "clear consequences for violations."')[0]![2]).toBe('"This deal must come with enforcement," she said, and "clear consequences for violations."');
  });

  it('a quoted title in an opening phrase is not what the speaker after it said', () => {
    expect(triples('In an interview on CBS’s “Face the Nation,” Ryan said the protests demand more listening.')).toEqual([
      ['Ryan', 'said', 'the protests demand more listening'],
    ]);
  });

  it('content that opens with "if" runs past its comma to the main clause', () => {
    // ("he would impose", a cue too weak to keep, does not end it either.)
    expect(kept('Beck said if Trump wins, he would impose a dictatorship.')[0]).toEqual(['Beck', 'said', 'if Trump wins, he would impose a dictatorship']);
  });

  it('the content stops before ", but" and a trailing participial clause', () => {
    expect(triples('Officials said the plan was sound, but critics disagreed.')[0]![2]).toBe('the plan was sound');
    expect(triples('Officials said the plan was sound, referring to the budget.')[0]![2]).toBe('the plan was sound');
  });

  it('"X, he said, Y": a parenthetical attribution keeps the whole clause as content', () => {
    expect(triples('The budget, he said, would be balanced by June.')).toEqual([['he', 'said', 'The budget, he said, would be balanced by June']]);
  });

  it('colon cues: a transcript speaker, and a named speaker before a quotation', () => {
    const transcript = analyse('The host asked about the race.\nFALLIN: Well, I think the nation needs to work together. They want safe homes.');
    const turn = transcript.claims.find((claim) => claim.cue?.text === ':')!;
    expect(turn.speaker?.text).toBe('FALLIN');
    expect(turn.content.text).toBe('Well, I think the nation needs to work together. They want safe homes');
    const named = analyse('The senators answered at once.\nMaria Lopez: “We will not back down.”').claims.find((claim) => claim.cue?.text === ':')!;
    expect(named.speaker?.entity).toBe('Maria Lopez');
    expect(named.kind).toBe('direct');
  });

  it('a dash signature after a quotation or a post names its speaker', () => {
    const doc = analyse('Letters arrived all week.\n“He represents our greatest shame.” ― Sonya Herridge\nJust another day in the campaign. — Sahil Kapur (@sahilkapur) September 1, 2016');
    expect(doc.claims.map((c) => [c.speaker?.text, c.cue?.text, c.content.text])).toEqual([
      ['Sonya Herridge', '―', '“He represents our greatest shame.”'],
      ['Sahil Kapur', '—', 'Just another day in the campaign.'],
    ]);
  });

  it('no claim comes from a section heading; a title can carry one', () => {
    const text = 'Officials Say Bridge Will Reopen\nThe bridge has been closed since March.\nMayor Says Repairs Are Done\nWork ended on Friday.';
    const doc = analyse(text);
    expect(doc.sentences.map((s) => s.kind)).toEqual(['title', 'body', 'heading', 'body']);
    expect(doc.claims.map((claim) => claim.sentence)).toEqual([0]);
  });
});

describe('claims: where content starts', () => {
  const contentOf = (text: string): string | undefined => analyse(text).claims[0]?.content.text;

  it('skips an addressee, a place or an adverb before the "that" that opens the clause', () => {
    expect(contentOf('Cruz said in Madison, Wisconsin, that he was hoping for a large turnout.')).toBe('he was hoping for a large turnout');
    expect(contentOf('She has said repeatedly that the campaign is broke.')).toBe('the campaign is broke');
  });

  it('starts at the quotation after "said of X:" or "said on Twitter,"', () => {
    expect(contentOf('He said of Congress: "They just need to get their act together."')).toBe('"They just need to get their act together."');
    expect(contentOf('She said on Twitter, “We have never expressed interest.”')).toBe('“We have never expressed interest.”');
  });

  it('skips "this week" but not a "this" that is the subject of what was said', () => {
    expect(contentOf('Republicans said this would hurt them.')).toBe('this would hurt them');
    expect(contentOf('Republicans said this week that it would hurt them.')).toBe('it would hurt them');
  });

  it('does not end a "that" clause at the comma of an aside before its verb', () => {
    expect(triples('He noted that, like him, Mrs. Clinton had been pilloried in coal country.')[0]![2]).toBe('like him, Mrs. Clinton had been pilloried in coal country');
  });

  it('starts after the "that" that follows an addressee', () => {
    expect(triples('Clinton is warning voters that a Trump victory would bring chaos.')[0]![2]).toBe('a Trump victory would bring chaos');
  });

  it('keeps a noun and its complement clause together', () => {
    expect(contentOf('The senator rejected the notion that taxes would rise.')).toBe('the notion that taxes would rise');
  });
});

describe('claims: a cue and colon that end their paragraph', () => {
  it('take the next paragraph as what was said', () => {
    const doc = analyse('The senator was blunt. Limbaugh added:\n\nAnd from a supposed front-runner, this reeks of panic. Nobody believes it.\n\nLater that day the vote was held.');
    const added = doc.claims.find((claim) => claim.cue?.text === 'added');
    expect(added?.speaker?.text).toBe('Limbaugh');
    expect(added?.content.text).toBe('And from a supposed front-runner, this reeks of panic. Nobody believes it.');
  });
});

describe('claims: verb groups and participles', () => {
  it('joins a controlling verb or "be + adjective" to the reporting verb it takes', () => {
    const continued = analyse('Trump continued to question whether the vote was rigged.').claims;
    expect(continued.map((claim) => claim.cue?.text)).toEqual(['continued to question']);
    expect(continued[0]?.speaker?.text).toBe('Trump');
    const likely = analyse('Democratic voters are slightly more likely to say that Clinton represents them.').claims;
    expect(likely.map((claim) => [claim.speaker?.text, claim.cue?.text])).toEqual([['Democratic voters', 'are slightly more likely to say']]);
  });

  it('gives an infinitive after a causative verb its object as speaker', () => {
    const claims = analyse('The shooting led law enforcement authorities to question whether this was an isolated incident.').claims;
    expect(claims.map((claim) => [claim.speaker?.text, claim.cue?.text])).toContainEqual(['law enforcement authorities', 'to question']);
  });

  it('reads a time phrase between auxiliary and verb as part of the verb group', () => {
    expect(triples('Gore’s friends have in the past said he was staying quiet.')).toEqual([['Gore’s friends', 'have in the past said', 'he was staying quiet']]);
  });

  it('does not read a bare participle that is never a past tense as a cue', () => {
    const doc = analyse('Clinton was paid $2 million, according to "Man of the World," a book written with his participation.');
    expect(doc.claims.map((claim) => claim.cue?.text)).not.toContain('written');
  });

  it('keeps an initialism in a party tag inside one sentence', () => {
    const doc = analyse('Rep. Chris Collins, R-N.Y., noted in a column that anger was growing.');
    expect(doc.sentences).toHaveLength(1);
    expect(doc.claims[0]?.speaker?.text).toBe('Rep. Chris Collins, R-N.Y.');
  });

  it('gives "saying" after a statement the subject of the clause, particle or not', () => {
    expect(triples('The campaign issued a statement saying the vote was rigged.')).toEqual([['The campaign', 'issued a statement saying', 'the vote was rigged']]);
    expect(triples('His office put out a statement saying the U.S. cannot vet every refugee.')[0]![0]).toBe('His office');
  });

  it('takes a particle before the object into the cue', () => {
    expect(triples('Trump brushed off the criticism of his plan.')).toEqual([['Trump', 'brushed off', 'the criticism of his plan']]);
  });

  it('takes a place phrase after a plural noun into the speaker', () => {
    expect(triples('Editorial pages across the country warned that the sky was falling.')[0]![0]).toBe('Editorial pages across the country');
  });
});

describe('claims: content before a trailing attribution', () => {
  it('leaves a sentence-opening conjunction or adverb to the writer', () => {
    expect(triples('But the race is far from over, he said.')).toEqual([['he', 'said', 'the race is far from over']]);
    expect(triples('Meanwhile, the Senate will vote on Friday, according to aides.')[0]![2]).toBe('the Senate will vote on Friday');
  });
});

describe('claims: a paragraph ending in a colon before a quotation', () => {
  it('attributes the quotation of the next paragraph to the subject, or to the source after "From"', () => {
    const statement = analyse('When Wallace died in 1998, President Clinton released the following statement:\n\n“Hillary and I offer our condolences. I remember working with him.”');
    expect(statement.claims.map((claim) => [claim.speaker?.text, claim.cue?.text, claim.kind])).toEqual([['President Clinton', 'released the following statement:', 'direct']]);
    const report = analyse('From the report:\n\n“All the samples include engaged individuals. The biases are large.”');
    expect(report.claims.map((claim) => [claim.speaker?.text, claim.cue?.text])).toEqual([['the report', ':']]);
  });
});

describe('claims: a headline source before a colon', () => {
  it('reads "Poll: ..." as the poll reporting the rest', () => {
    expect(triples('Poll: Trump and Clinton hold narrow leads in Pennsylvania.\n\nThree polls show a tie.')[0]).toEqual(['Poll', ':', 'Trump and Clinton hold narrow leads in Pennsylvania']);
  });
});

describe('claims: an answer as content', () => {
  it('takes "said yes" as a claim whose content is the answer', () => {
    expect(triples('Asked if the plan was legal, 46 percent of voters said yes.')).toContainEqual(['46 percent of voters', 'said', 'yes']);
  });
});

describe('claims: a trailing verb wink tags as a noun', () => {
  it('reads ", FEC records show." as a trailing attribution', () => {
    expect(triples('Trump Victory sent $38.9 million to the RNC, FEC records show.')).toEqual([['FEC records', 'show', 'Trump Victory sent $38.9 million to the RNC']]);
  });
});

describe('claims: a passive view held by no one named', () => {
  it('reads "is known for", "is widely regarded as" and "is considered" as sourceless views whose content is the subject and complement', () => {
    expect(triples('Ginsburg is known for her liberal bent.')).toEqual([[null, 'is known for', 'Ginsburg is known for her liberal bent']]);
    expect(triples('The union is widely regarded as one of the more liberal unions.')).toEqual([[null, 'is widely regarded as', 'The union is widely regarded as one of the more liberal unions']]);
    expect(triples('The base is considered a top contender.')).toEqual([[null, 'is considered', 'The base is considered a top contender']]);
  });

  it('leaves a view with its holder, and a clause after "considered", to other rules', () => {
    expect(triples('She is seen by other leaders as credible.').map((claim) => claim[1])).not.toContain('is seen');
    expect(triples('The plan was considered whether it was legal.').map((claim) => claim[1])).not.toContain('was considered');
  });
});

describe('claims: an attitude of the subject ("is critical of", "remain confident that")', () => {
  it('takes the verb group and adjective as the cue, with the preposition it governs, and what follows as the content', () => {
    expect(triples('Republicans have been critical of Clinton’s use of personal email.')).toEqual([['Republicans', 'have been critical of', 'Clinton’s use of personal email']]);
    expect(triples('Ms. Henry and other labor leaders remain confident that they can keep their members.')).toEqual([
      ['Ms. Henry and other labor leaders', 'remain confident', 'they can keep their members'],
    ]);
    expect(triples('Mr. Hurt is eager to get the book out before the election.')).toEqual([['Mr. Hurt', 'is eager', 'to get the book out before the election']]);
    expect(triples('Some Republicans are so vehemently opposed to electing Donald Trump.')).toEqual([['Some Republicans', 'are so vehemently opposed to', 'electing Donald Trump']]);
  });

  it('reads the side a person takes, named by a noun ("is a vocal advocate of", "was an early backer of")', () => {
    expect(triples('Mr. Ryan is a vocal advocate of trade deals.')).toEqual([['Mr. Ryan', 'is a vocal advocate of', 'trade deals']]);
    expect(triples('Rep. Raul Grijalva was an early backer of Bernie Sanders.')).toEqual([['Rep. Raul Grijalva', 'was an early backer of', 'Bernie Sanders']]);
    expect(triples('He is a fan.')).toEqual([]);
  });

  it('needs a copula and a word that introduces what the attitude is about', () => {
    expect(triples('The critical vote came on Tuesday.')).toEqual([]);
    expect(triples('He is confident.')).toEqual([]);
  });
});

describe('claims: hyphenated modifiers inside a source read rightwards', () => {
  it('keeps "a just-released poll" and "left-leaning economists" whole', () => {
    expect(triples('According to a just-released poll from Florida Atlantic University, Trump leads with 44 percent.')).toEqual([
      ['a just-released poll from Florida Atlantic University', 'According to', 'Trump leads with 44 percent'],
    ]);
    expect(triples('The move was hotly criticized by left-leaning economists.').map((claim) => claim[0])).toEqual(['left-leaning economists']);
  });
});

describe('claims: a sentence that opens with a poll', () => {
  it('reads the poll as the source, also when a title-case name makes wink tag "Poll" a name', () => {
    expect(triples('In a national USA TODAY/Suffolk University Poll, likely voters gave Trump a lead.')).toEqual([
      ['a national USA TODAY/Suffolk University Poll', 'In', 'likely voters gave Trump a lead'],
    ]);
  });
});

describe('claims: a vote', () => {
  it('takes the tally into the cue, and what was voted for is the content', () => {
    expect(triples('Councillors in the river town of Wexley voted 7-4 on Tuesday night to borrow 38 million pounds for a flood barrier.')).toEqual([
      ['Councillors in the river town of Wexley', 'voted 7-4', 'to borrow 38 million pounds for a flood barrier'],
    ]);
  });
});

describe('claims: a passive judgement', () => {
  it('reads "was criticized for" with no source, and takes the agent after "by" as the source, shares included', () => {
    expect(triples('Mr. Reagan was criticized for trading a guilty person for an innocent one.')).toEqual([
      [null, 'was criticized', 'Mr. Reagan was criticized for trading a guilty person for an innocent one'],
    ]);
    expect(triples('Trump has been criticized by some of his rivals for failing to spend enough.')).toEqual([
      ['some of his rivals', 'has been criticized', 'Trump has been criticized by some of his rivals for failing to spend enough'],
    ]);
    expect(triples('Migrants were blamed for the robberies.')).toEqual([[null, 'were blamed for', 'Migrants were blamed for the robberies']]);
  });
});

describe('claims: a share of a poll or a quantifier as the subject', () => {
  it('reads "Some say", "Six in 10 say" and "Most said" as attributions, though wink tags the verb a noun or the quantifier an adverb', () => {
    expect(triples('Some say the laws target Muslims.')).toEqual([['Some', 'say', 'the laws target Muslims']]);
    expect(triples('Six in 10 say he is at least somewhat decisive.')).toEqual([['Six in 10', 'say', 'he is at least somewhat decisive']]);
    expect(triples('Most said they were very worried.')).toEqual([['Most', 'said', 'they were very worried']]);
  });
});

describe('claims: "called X" with archive quotation marks', () => {
  it('reads two apostrophes as the quotation of what something was called', () => {
    const cues = triples("Ms. Acosta acknowledged that even she found the ''debt stack'' confusing and called the golf venture ''a great example'' of how things had gone wrong.").map((claim) => claim[1]);
    expect(cues).toContain('called');
  });
});

describe('claims: title-case headlines', () => {
  it('reads a listed cue that wink tags as a noun between a plural subject and its object', () => {
    expect(triples('Rose Bowl skywriters blast Trump.')).toEqual([['Rose Bowl skywriters', 'blast', 'Trump']]);
  });

  it('reads a present-tense cue that wink tags as a name', () => {
    const doc = analyse('Jeb Bush Super PAC Chief Praises Marco Rubio Donor’s Anti-Trump Skywriting Campaign.\n\nThe body starts here.');
    expect(doc.claims.map((claim) => [claim.speaker?.text, claim.cue?.text])).toEqual([['Jeb Bush Super PAC Chief', 'Praises']]);
  });
});
