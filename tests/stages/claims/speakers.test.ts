/** Speaker phrases, sourceless attributions and nested claims (second-session rules), on sentences written for them. */
import { describe, expect, it } from 'vitest';
import { analyse, kept, triples } from './helpers.js';

describe('claims: speaker phrases', () => {
  it('"But, said NAME, “...”": the inverted speaker between commas, content from the conjunction', () => {
    expect(triples('But, said Solovey, “I don’t want to drum up conflict.”')).toEqual([['Solovey', 'said', 'But, said Solovey, “I don’t want to drum up conflict.”']]);
  });

  it('a sentence opening "Said NAME, “...”" names its speaker after the cue', () => {
    expect(triples('Said Comey, “The thought that an error on our part is connected is painful.”')).toEqual([['Comey', 'Said', '“The thought that an error on our part is connected is painful.”']]);
  });

  it('a capitalised word between a closed quotation and its cue is a name, whatever its tag', () => {
    expect(triples('“People point the finger at Wall Street,” From said.')[0]!.slice(0, 2)).toEqual(['From', 'said']);
  });

  it('after a quotation that opens the sentence, the speaker runs from the name to the verb, appositives and all', () => {
    expect(triples('“It is an invasion of the state regulatory domain,” Scott Pruitt, the attorney general of Oklahoma, one of the states suing the EPA, said at an event.')).toEqual([
      ['Scott Pruitt, the attorney general of Oklahoma, one of the states suing the EPA', 'said', '“It is an invasion of the state regulatory domain,”'],
    ]);
  });

  it('an inverted speaker named Will, or with two titles joined by "and"', () => {
    expect(triples('"It is a pretty expensive model," said Will Doyle, a professor at Vanderbilt University.')[0]![0]).toBe('Will Doyle, a professor at Vanderbilt University');
    expect(triples('"That is what he did in 2008," said former Pennsylvania Gov. and Democratic National Committee Chairman Ed Rendell.')[0]![0]).toBe('former Pennsylvania Gov. and Democratic National Committee Chairman Ed Rendell');
  });

  it('takes a long appositive with nested commas, ages and places whole', () => {
    expect(triples('Geoff Garin, a pollster who works with Priorities USA, a super PAC, said the race had tightened.')).toEqual([
      ['Geoff Garin, a pollster who works with Priorities USA, a super PAC', 'said', 'the race had tightened'],
    ]);
    expect(triples('Harry Bond, 30, of Raleigh, N.C., who was among those polled, said he liked the plan.')[0]![0]).toBe('Harry Bond, 30, of Raleigh, N.C., who was among those polled');
  });

  it('leaves an aside out of the speaker', () => {
    expect(triples('Cyber security experts, however, said the attack came from abroad.')[0]![0]).toBe('Cyber security experts');
    expect(triples('Clinton, during a town hall meeting in Ohio, said she would raise wages.')[0]![0]).toBe('Clinton');
  });

  it('keeps lists, quantifiers and postmodifiers in the speaker', () => {
    expect(triples('President Obama, Hillary Clinton, and other Democrats want the law changed.')[0]![0]).toBe('President Obama, Hillary Clinton, and other Democrats');
    expect(triples('Several of them indicated that they would vote.')[0]![0]).toBe('Several of them');
    expect(triples('More than six in 10 said they would vote for him.')[0]![0]).toBe('More than six in 10');
    expect(triples('The key question is turnout, people close to the campaign say.')[0]![0]).toBe('people close to the campaign');
  });

  it('takes a possessive description into a sentence-initial "according to" source', () => {
    expect(triples("According to Lorella Praeli, Clinton's Latino vote director, the campaign has targeted Latino voters.")).toEqual([
      ["Lorella Praeli, Clinton's Latino vote director", 'According to', 'the campaign has targeted Latino voters'],
    ]);
  });

  it('looks past a bare time before the verb for the subject', () => {
    expect(triples('Priebus later Thursday told Fox News that the two would meet.')[0]![0]).toBe('Priebus');
    expect(triples('A poll from Marquette Law School released Wednesday found Clinton leading by 15 points.')[0]![0]).toBe('A poll from Marquette Law School released Wednesday');
  });

  it('joins names around a slash and keeps a dated participle in the source', () => {
    expect(triples('A Times/CBS News poll found that taxes were high.')[0]![0]).toBe('A Times/CBS News poll');
    expect(triples('Taxes were high, according to an Associated Press-GfK poll released Thursday.')[0]![0]).toBe('an Associated Press-GfK poll released Thursday');
  });

  it('keeps a clause after an aside that follows "that," inside the earlier content', () => {
    const doc = analyse('A poll found that, relative to two years earlier, many voters said the economy was better.');
    expect(doc.claims.find((claim) => claim.cue?.text === 'found')?.content.text).toBe('relative to two years earlier, many voters said the economy was better');
  });

  it('keeps a restrictive relative clause in the subject, but not an object relative', () => {
    expect(triples('Voters who had listened to his speeches said he had less magnetism.')[0]![0]).toBe('Voters who had listened to his speeches');
    expect(triples('Those who back her opponents say she lost.')[0]![0]).toBe('Those who back her opponents');
    expect(triples('The man who Trump said was a liar denied it.')[0]![0]).toBe('Trump');
    expect(triples('The groups who wrote to her say they are concerned.').find((t) => t[1] === 'say')?.[0]).toBe('The groups who wrote to her');
  });

  it('keeps ", including X", ", now a ..." and ", of Org" descriptions in the speaker; an aside stays out', () => {
    expect(triples('Several candidates, including Trump, said the law was unfair.')[0]![0]).toBe('Several candidates, including Trump');
    expect(triples('Harman, now director of the Wilson Center, urged Congress to act.')[0]![0]).toBe('Harman, now director of the Wilson Center');
    expect(triples('The fight goes on, said the Rev. Peter Wherry, of Mayfield Memorial Church.')[0]![0]).toBe('the Rev. Peter Wherry, of Mayfield Memorial Church');
    expect(triples('Clinton, during a town hall in Ohio, said the law was unfair.')[0]![0]).toBe('Clinton');
  });

  it('keeps quantifiers, shares, participles and by-agents in the subject phrase', () => {
    expect(triples('Some of her followers attacked him for it.')[0]![0]).toBe('Some of her followers');
    expect(triples('52 percent of registered voters say he won.')[0]![0]).toBe('52 percent of registered voters');
    expect(triples('A random survey conducted by the One America News Network found that he led.')[0]![0]).toBe('A random survey conducted by the One America News Network');
    expect(triples('Both lawmakers said it was bad.')[0]![0]).toBe('Both lawmakers');
    expect(triples('Both Bolton and Gorka said it was bad.')[0]![0]).toBe('Bolton and Gorka');
  });

  it('takes a lone quantifier as the speaker and "has since said" as one verb group', () => {
    expect(triples('One says China has the most, while another says the United States has twice as many.').map((t) => t[0])).toEqual(['One', 'another']);
    expect(triples('She has since said that she attended because it would be fun.')[0]!.slice(0, 2)).toEqual(['She', 'has since said']);
  });

  it('finds the subject of a coordinated cue after an opening participle phrase', () => {
    expect(triples('Walking to the next address, Ebeling reminisced about her days, and said their views were changed by the war.')).toContainEqual(['Ebeling', 'said', 'their views were changed by the war']);
  });

  it('does not take the subject of an infinitive as the clause subject of a participle', () => {
    const arguing = analyse('Sanders rips the agreement to restructure the debt, arguing that the deal favors Wall Street.').claims.find((claim) => claim.cue?.text === 'arguing');
    expect(arguing?.speaker?.text).not.toBe('the agreement');
  });

  it('skips an adverb before a bare time between subject and verb', () => {
    expect(triples('Wells Fargo just this month announced it would end the incentives.')[0]![0]).toBe('Wells Fargo');
  });

  it('reads a plural possessive and an -ing participle inside the speaker phrase', () => {
    expect(triples('The Democrats’ leading anti-establishment candidate, Vermont Sen. Bernie Sanders, also decries super PACs.')[0]![0]).toBe('The Democrats’ leading anti-establishment candidate, Vermont Sen. Bernie Sanders');
  });

  it('reads a capitalised "Will" before an inflected verb or a name as the name, not the modal', () => {
    expect(triples('Instead, Will called for Republicans to back Christie.')[0]!.slice(0, 2)).toEqual(['Will', 'called for']);
    expect(triples('Will Estrada, the chairman for the exurb, said he met Trump.')[0]![0]).toBe('Will Estrada, the chairman for the exurb');
    expect(triples('It will rain, he said.')[0]![0]).toBe('he');
  });

  it('finds an appositive speaker after a sentence-opening adverb', () => {
    expect(triples('Now Sembler, who helped lead fundraising for a super PAC, has agreed to serve as vice chairman.')[0]![0]).toBe('Sembler, who helped lead fundraising for a super PAC');
  });

  it('takes a gerund after its modifiers as the head of the subject ("national polling shows")', () => {
    expect(triples('But the same polling suggests that Mr. Trump could perform well.')[0]![0]).toBe('the same polling');
  });

  it('leaves a channel or manner phrase after "in" out of the speaker', () => {
    expect(triples('House Speaker Paul Ryan in a statement said the deal was bad.')[0]![0]).toBe('House Speaker Paul Ryan');
    expect(triples('“It is dangerous,” said campaign manager Robby Mook in a statement.')[0]![0]).toBe('campaign manager Robby Mook');
    expect(triples('Lobbyists in general prefer that the rules stay.')[0]![0]).toBe('Lobbyists');
    expect(triples('Democrats in Iowa said the debate was close.')[0]![0]).toBe('Democrats in Iowa');
  });

  it('reads an inverted attribution that interrupts its clause', () => {
    expect(triples('The contrast with Trump, said Doyle and others, would be clear since Trump has no record.')).toEqual([
      ['Doyle and others', 'said', 'The contrast with Trump, said Doyle and others, would be clear since Trump has no record'],
    ]);
  });

  it('takes the relative clause after an inverted speaker', () => {
    expect(triples('“We will win,” said Jane Roe, who is now chairman of the campaign.')[0]![0]).toBe('Jane Roe, who is now chairman of the campaign');
  });

  it('starts the speaker at its own determiner, not at a noun before it', () => {
    const doc = analyse('Those are the reasons many young voters say they will stay home.');
    expect(doc.claims.find((claim) => claim.cue?.text === 'say')?.speaker?.text).toBe('many young voters');
  });

  it('gives a coordinated cue after "but" the clause subject', () => {
    const doc = analyse('Comey called her use of email careless but said she should face no charges.');
    const said = doc.claims.find((claim) => claim.cue?.text === 'said');
    expect(said?.speaker?.text ?? null).toBe('Comey');
    expect(said?.content.text).toBe('she should face no charges');
  });

  it('does not take a time or a capitalised preposition for the speaker', () => {
    expect(triples('Mitch McConnell, who in 2010 said the goal was to win, agreed.')[0]![0]).toBe('who');
    // The opening participle's speaker is the main clause's subject, not "After" (PolNeAR marks "she").
    expect(kept('After saying her foot was swollen, she laughed.')).toEqual([['she', 'saying', 'her foot was swollen']]);
  });
});

describe('claims: cues without a named source, and signed quotes', () => {
  it('reads "according to" after an opening phrase as vouching for the clause around it', () => {
    expect(triples('But, according to the poll, 46 percent of Republican voters would back him.')[0]).toEqual(['the poll', 'according to', '46 percent of Republican voters would back him']);
    expect(triples('At the heart of the trouble, according to Dennis Ross, another former envoy, was the settlement issue.')[0]![0]).toBe('Dennis Ross, another former envoy');
    expect(triples('The plan will cost $1 billion, according to John Smith, a spokesman who declined to give details.')[0]).toEqual([
      'John Smith, a spokesman who declined to give details', 'according to', 'The plan will cost $1 billion',
    ]);
  });

  it('reads a sentence that opens "In a ... poll," as the poll reporting the rest', () => {
    expect(triples('In a national CNN/ORC poll released Monday, most Republicans were enthusiastic.')).toEqual([
      ['a national CNN/ORC poll released Monday', 'In', 'most Republicans were enthusiastic'],
    ]);
  });

  it('reads a passive "was asked" as a question with no speaker, subject and question as content', () => {
    expect(triples('Sanders was asked to name a decision Clinton made in the Senate.')).toEqual([
      [null, 'was asked', 'Sanders was asked to name a decision Clinton made in the Senate'],
    ]);
  });

  it('reads "seems to" and "appeared" + adjective as views with no speaker, subject included', () => {
    expect(kept('Ben Carson appears to be slipping in the polls.')).toEqual([[null, 'appears', 'Ben Carson appears to be slipping in the polls']]);
    expect(kept('The American economy seemed impervious to all but the largest shocks.')).toEqual([[null, 'seemed', 'The American economy seemed impervious to all but the largest shocks']]);
    expect(kept('Trump seemed to suggest that he had silenced his wife.')[0]!.slice(0, 2)).toEqual(['Trump', 'seemed to suggest']);
  });

  it('reads "is expected to" and "reportedly" as attributions with no speaker', () => {
    expect(triples('The Fed is not expected to change rates.')).toEqual([[null, 'is not expected', 'The Fed is not expected to change rates']]);
    expect(triples('Trump reportedly told aides that he would fire the manager.')[0]).toEqual([null, 'reportedly', 'Trump reportedly told aides that he would fire the manager']);
  });

  it('takes "said in a statement" as one cue and a hyphen signature after a quotation', () => {
    expect(triples('The ministry said in a statement that talks would resume.')).toEqual([['The ministry', 'said in a statement', 'talks would resume']]);
    expect(triples('Graham spoke.\n\n“He represents our greatest shame.” -Commissioner Mary Jones')).toEqual([
      ['Commissioner Mary Jones', '-', '“He represents our greatest shame.”'],
    ]);
  });

  it('does not make interview turn markers or credit lines speakers', () => {
    expect(kept('Q: Will you run again?\n\nA: I have not decided.')).toEqual([]);
    expect(kept('(Additional reporting by Jane Roe; Editing by John Doe)')).toEqual([]);
  });

  it('reports the noun phrase an object relative clause describes', () => {
    const doc = analyse('Mr. Yanukovych refused to sign the trade agreement, which Mr. Putin vehemently opposed.');
    const opposed = doc.claims.find((claim) => claim.cue?.text === 'vehemently opposed');
    expect(opposed?.speaker?.text).toBe('Mr. Putin');
    expect(opposed?.content.text).toBe('the trade agreement');
  });
});

describe('claims: nested attributions', () => {
  it('drops a weak cue inside another claim’s content but keeps a free relative', () => {
    expect(kept('The railway denied that it had agreed to the terms under pressure.')).toEqual([
      ['The railway', 'denied', 'it had agreed to the terms under pressure'],
    ]);
    const doc = analyse('Akram al-Kaabi also expressed strong condemnation of what he described as a coordinated effort.');
    expect(doc.claims.some((claim) => claim.cue?.text === 'described as')).toBe(true);
  });

  it('ends the content of an opening subordinate clause at its comma', () => {
    const doc = analyse('While most of his rivals called for a bigger effort, Trump kept to the plan, noting that the leadership is weak.');
    const noting = doc.claims.find((claim) => claim.cue?.text === 'noting');
    expect(noting?.speaker?.text).toBe('Trump');
    expect(doc.claims.find((claim) => claim.cue?.text === 'called for')?.content.text).toBe('a bigger effort');
  });
});
