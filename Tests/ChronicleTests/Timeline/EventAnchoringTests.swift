import Testing
@testable import Chronicle

/// One anchoring case: in `sentence`, the expression `expression` is tied to the event word `trigger`
/// (`nil`: to none) and, besides it, to exactly `secondary`.
struct AnchorCase: Sendable, CustomTestStringConvertible {
    let sentence: String
    let expression: String
    let trigger: String?
    let secondary: [String]

    init(_ sentence: String, _ expression: String, _ trigger: String?, secondary: [String] = []) {
        self.sentence = sentence
        self.expression = expression
        self.trigger = trigger
        self.secondary = secondary
    }

    var testDescription: String { "“\(expression)” → \(trigger ?? "nil") \(secondary) in “\(sentence)”" }
}

/// The families of anchoring errors fixed on the TimeBank anchoring measure (Documentation/Evaluation.md),
/// each with its own cases. Every sentence is read against a pinned UTC dateline (FamilyCheck.timeline);
/// anchoring reads neither the clock nor the machine's locale or time zone.
@Suite("Event anchoring families")
struct EventAnchoringTests {
    typealias Case = AnchorCase

    static let cases: [Case] = [
        // The nearest strong verb of the clause, as before.
        Case("The ministers met in Geneva on Friday.", "Friday", "met"),
        // Scare quotes break no clause: "since" after them still dates the verb before them.
        Case("Britain's threat level has been set at \"substantial\" since July 2011, meaning an attack is likely.", "July 2011", "set"),
        Case("A meeting in September will settle the matter.", "September", "meeting"),
        // ... and the date right after a reporting verb dates what it reports too, within the reported clause.
        Case("The company said on Friday that it would cut jobs.", "Friday", "said", secondary: ["cut"]),
        Case("Officials said Wednesday that they had concluded the inquiry.", "Wednesday", "said", secondary: ["concluded"]),
        Case("The nation said today its troops would join the force.", "today", "said", secondary: ["join"]),
        Case("The spokesman said Monday, after a long meeting, that talks failed.", "Monday", "said"),
        Case("Officials said privately Thursday that Britain, through its embassies in the region, has been pushing hard.",
             "Thursday", "said", secondary: ["pushing"]),  // past an aside after the subject; a progressive
        // A phrase that opens the reported clause after "that" dates the reported event.
        Case("Analysts noted that over the past 20 years, the founder has built his company.", "the past 20 years", "built"),
        // A reporting verb the date follows at a distance or after "that": the date is inside the report.
        Case("The ministry said that last week a convoy crossed the border.", "last week", "crossed"),
        Case("Police said they believe the gang was behind two bombings in the port last week.", "last week", "bombings"),
        // ... and when the reported clause has no event word, the predicate of its "be".
        Case("The maker said its European business was weak during the quarter.", "the quarter", "weak"),
        Case("The makers reported their core operations were net losers in the third quarter.", "the third quarter", "losers"),
        // The date modifies what follows it: a possessive, an attributive period, an adverb before its verb.
        Case("Analysts said Friday's sale was orderly.", "Friday", "sale"),
        Case("The maker reported third-quarter net income of $5 million.", "third-quarter", "income"),
        Case("The maker reported third-quarter revenue rose 5%.", "third-quarter", "rose"),
        Case("The group now controls a fifth of the market.", "now", "controls"),
        Case("Now opponents of the law are targeting its author.", "Now", "targeting"),
        Case("Its debts currently exceed its reserves.", "currently", "exceed"),
        Case("The company, whose plan failed, now sees a way back.", "now", "sees"),
        Case("Some $9 million flowed out on March 3 alone.", "March 3", "flowed"),
        Case("The sailor was rescued on June 5 off the coast.", "June 5", "rescued"),
        Case("She was born abroad in 1984.", "1984", "born"),
        Case("Traders said Monday's profittaking was mild.", "Monday", "profittaking"),
        // A capitalised event noun inside a sentence is part of a name.
        Case("It was hot at Summit Hill on Monday.", "Monday", "hot"),
        // A sentence without an event word: the predicate after "be", or "be" before a place phrase.
        Case("Interest rates were lower than a year ago.", "a year ago", "lower"),
        Case("Her farms are worth only half that now.", "now", "worth"),
        Case("The town is still calm today.", "today", "calm"),
        Case("Ten years ago the island was still under foreign rule.", "Ten years ago", "was"),
        Case("The firm's shares were up 3 cents in London on Friday.", "Friday", "up"),
        // ... and when the noun after it is the subject of a verb, the verb is the event.
        Case("Third-quarter net income fell 22% to $182.6 million.", "Third-quarter", "fell", secondary: ["income"]),
        Case("The company's third-quarter profit jumped 16%.", "third-quarter", "jumped", secondary: ["profit"]),
        Case("On June 30, loss reserves stood at $108.3 million.", "June 30", "stood"),  // "loss" modifies the subject
        // ... and the adjective or participle predicate of its copula is dated too (not "said", which reports it).
        Case("The company said its third-quarter earnings will probably be lower.", "third-quarter", "earnings",
             secondary: ["lower"]),
        Case("Third-quarter sales haven't been very strong.", "Third-quarter", "sales", secondary: ["strong"]),
        Case("Last year's results were weak.", "Last year", "results", secondary: ["weak"]),
        // (A passive's participle is the event, its subject dated with it, as "were damaged", "were hit"; "hurt" is read as a
        // past since the fifty-eighth round.)
        Case("Last year's results were hurt by charges.", "Last year", "hurt", secondary: ["results"]),
        // An irregular form inside a hyphenated compound is an adjective's part, no event: "rebel-held", "hard-hit",
        // "low-cost", "burnt-out" (the fifty-eighth round).
        Case("Troops moved into the rebel-held town in January.", "January", "moved"),
        Case("Aid reached the hard-hit region on Tuesday.", "Tuesday", "reached"),
        Case("Rivals are now adding low-cost capacity.", "now", "adding"),
        Case("Residents returned in January to their burnt-out homes.", "January", "returned"),
        // ... and the verb past the noun's prepositional phrase is dated with it; so is a verb whose setting it is.
        Case("But they said Friday's focus on the top-tier stocks telegraphed active selling and showed its weakness.", "Friday",
             "focus", secondary: ["telegraphed", "showed"]),  // and the verb coordinated with it, past a gerund object
        Case("The offer, advertised in today's editions of the paper, expires soon.", "today", "editions", secondary: ["advertised"]),
        // ... and so when a period phrase stands between the noun and its verb.
        Case("Group profit in the second quarter climbed 9%.", "the second quarter", "climbed", secondary: ["profit"]),
        Case("Analysts said sales for the first half rose to $3 billion.", "the first half", "rose", secondary: ["sales"]),
        Case("It said its net loss for the seasonally slow third quarter narrowed.", "third quarter", "narrowed",
             secondary: ["loss"]),  // the noun the period phrase modifies stays dated
        Case("Sales in the quarter were $5 million.", "the quarter", "Sales"),
        // ... but not when the verb only says what the period's figures contained.
        Case("Net income for the quarter included a gain on a sale.", "the quarter", "income"),
        Case("A loss for the quarter showed the cost of the strike.", "the quarter", "loss"),
        Case("The year-earlier results included a $5 million charge.", "year-earlier", "results", secondary: ["included"]),
        // ... what they included is dated too.
        Case("Year-earlier results included an extraordinary gain of $1.6 million.", "Year-earlier", "results",
             secondary: ["included", "gain"]),
        Case("Last year's results reflected a one-time gain on a sale.", "Last year", "results", secondary: ["reflected"]),
        Case("The 1988 results include costs of the merger.", "1988", "results"),
        // An attributive date dates the noun it modifies, known as an event noun or not.
        Case("The chain blamed its fourth-quarter slump on costs.", "fourth-quarter", "slump"),
        Case("The firm blamed costs from its 1987 recapitalization.", "1987", "recapitalization"),
        Case("Talks resumed after the August 1988 pullout of troops.", "August 1988", "pullout"),
        Case("The board approved a 1990 strategy to cut costs.", "1990", "strategy"),
        Case("His 1998 state visit was a success.", "1998", "visit"),
        Case("The company was delaying construction because of current market conditions.", "current", "conditions"),
        Case("Investors were unhappy over the handling of its current financial difficulties.", "current", "difficulties"),
        // ... unless it is the subject of a passive ("is believed"), outside a prepositional phrase.
        Case("The maker's current share is believed to be under 40%.", "current", "believed"),
        Case("The location for Friday's ceremony was chosen by the minister.", "Friday", "ceremony"),
        Case("The alliance decided at last year's Lisbon summit to expand.", "last year", "summit", secondary: ["decided"]),
        Case("The company will not be profitable until 1994 or later.", "1994", "profitable"),  // not "or"
        // A verb after a modal and an adverb or a quote mark.
        Case("Prices would probably fall next week.", "next week", "fall"),
        Case("The trial will proceed on Monday.", "Monday", "proceed"),
        Case("The strike must not stop on Monday.", "Monday", "stop", secondary: ["strike"]),
        Case("Critics will now \"fight with every means\" against the ruling.", "now", "fight"),
        // An -ed word between a preposition and a noun is an adjective, no event.
        Case("The group booked a loss on discontinued businesses in the second quarter.", "the second quarter", "booked",
             secondary: ["loss"]),
        Case("The mill hired dozens of skilled workers last month.", "last month", "hired"),
        // "holding company", "operating profit" name kinds, not events.
        Case("The lender bought a large regional bank holding company in May.", "May", "bought"),
        Case("The mill posted lower operating profit last year.", "last year", "profit", secondary: ["posted"]),
        // A comparison is not an event: the compared figure is.
        Case("It earned $24 million, compared with a loss of $3 million last year.", "last year", "loss"),
        // A verb of intention before its infinitive: the infinitive is the event.
        Case("The new chips are expected to reach the market early next year.", "early next year", "reach"),
        // "had", "has", "went" as main verbs.
        Case("In the third quarter, the company had a loss of $5 million.", "the third quarter", "had", secondary: ["loss"]),
        Case("The bank currently has 45 branches.", "currently", "has"),
        Case("The maker has had substantial losses in the past two quarters.", "the past two quarters", "losses", secondary: ["had"]),
        // "so far" is no clause break; a ", with" clause of an -ing verb right after the trigger's clause is simultaneous.
        Case("The company has had weak results so far this year, with earnings declining 43%.", "this year", "had",
             secondary: ["results", "declining"]),
        Case("Prices fell sharply on Monday, with investors selling bank shares.", "Monday", "fell", secondary: ["selling"]),
        // A clause with no event word and no neighbour with one: the rest of the sentence.
        Case("The retailer earned $10 million, or 67 cents a share, in the year-ago quarter.", "the year-ago quarter", "earned"),
        // ... not a comparison after it.
        Case("It said it had a loss of $158,666, or 10 cents a share, in the third quarter, compared with a year-earlier loss.",
             "the third quarter", "had", secondary: ["loss"]),
        // ... but not a reporting verb after a closing quote when the quote itself has an event.
        Case("\"The convoy left the port, bound for the capital on Monday,\" said the officer.", "Monday", "left"),
        Case("On Monday, officials said the convoy had left.", "Monday", "said"),
        // "ended" names the period before it and is the event of the date after it.
        // ... and the predicate its period phrase belongs to is dated too, with its event-noun object.
        Case("For the year ended Sept. 30, the company earned $4 million.", "Sept. 30", "ended", secondary: ["earned"]),
        Case("The lender said it had a loss of $9 million, or 18 cents a share, for the quarter ended June 30.", "June 30",
             "ended", secondary: ["had", "loss"]),
        Case("The chain posted record sales in the fiscal year ended May 31.", "May 31", "ended", secondary: ["posted", "sales"]),
        Case("Net profit for the six months ended March 2 climbed 4%.", "March 2", "ended", secondary: ["climbed"]),
        Case("The brewer reported a net loss of $2 million for the quarter ended June 30.", "June 30", "ended",
             secondary: ["reported", "loss"]),
        // ... and the period before "ended" has it as a secondary trigger: the period ends then.
        Case("Sales increased in the quarter ended Sept. 30 to $747.8 million.", "the quarter", "increased",
             secondary: ["Sales", "ended"]),
        // Not past a comparison, nor a reporting verb without an event object.
        Case("Earnings rose, compared with a loss for the year ended June 30.", "June 30", "ended"),
        Case("The agency said net income for the year ended June 30 was $4 million.", "June 30", "ended"),
        // Payment dates.
        Case("The bonds, which are due Nov. 1, 2010, were sold yesterday.", "Nov. 1, 2010", "due"),
        Case("The dividend is payable Dec. 7.", "Dec. 7", "payable"),
        // "to" before a plural noun is a preposition, not an infinitive marker.
        Case("Letters were sent by the agency to residents on Monday.", "Monday", "sent"),
        Case("Sales grew from 40,000 to more than 90,000 last year.", "last year", "grew", secondary: ["Sales"]),
        // Event nouns of news and earnings reports.
        Case("There were no gains or losses in the latest period.", "the latest period", "losses", secondary: ["gains"]),
        // Nouns of change in an amount are events; one whose "in" / "of" phrase holds the trigger noun is dated too.
        Case("The carrier reported a 77% drop in third-quarter net income.", "third-quarter", "income", secondary: ["drop"]),
        Case("The fund saw little change in its sales picture this year.", "this year", "sales", secondary: ["change"]),
        Case("There was a rise in the growth of hate groups over the past year.", "the past year", "growth", secondary: ["rise"]),
        Case("The fund had an outflow of $150 million in the past two months.", "the past two months", "had", secondary: ["outflow"]),
        Case("The company hopes for a turnaround next year.", "next year", "turnaround"),
        Case("The mill plans to boost output next year.", "next year", "boost"),  // a verb after "to"
        // Coordination: the other conjuncts are dated too.
        Case("Last week, gunmen killed two guards and seriously wounded four others.", "Last week", "killed", secondary: ["wounded"]),
        Case("On Tuesday the rebels attacked, and burned the depot.", "Tuesday", "attacked", secondary: ["burned"]),
        Case("The army attacked on Monday and the rebels retreated.", "Monday", "attacked"),
        Case("Stocks fell on Friday and closed lower.", "Friday", "fell", secondary: ["closed"]),
        Case("The founder has built his company over the past 20 years and has warded off rivals.", "the past 20 years", "built",
             secondary: ["warded"]),
        Case("The army attacked on Monday and will be withdrawn soon.", "Monday", "attacked"),  // another auxiliary, another time
        // A verb and the event noun it takes as object.
        Case("The colonels staged a swift coup in May.", "May", "coup", secondary: ["staged"]),
        Case("In the third quarter, the company reported a net loss.", "the third quarter", "reported", secondary: ["loss"]),
        // ... and the event noun coordinated with that object past its amount.
        Case("In fiscal 1989, it had sales of about $40 million and an operating loss of $1.5 million.", "fiscal 1989", "had",
             secondary: ["sales", "loss"]),
        Case("In the fiscal year ended Jan. 31, the company reported sales of $59.5 million and pretax profit of $2.9 million.",
             "Jan. 31", "ended", secondary: ["reported", "sales", "profit"]),
        Case("The firm completed the sale of its unit in March.", "March", "completed", secondary: ["sale"]),
        Case("The brewer hopes to post record sales in 2025.", "2025", "sales", secondary: ["post"]),
        // ... past a hyphenated compound; an event noun after "to" is the verb.
        Case("The firm expects to release third-quarter results in mid-November.", "mid-November", "results", secondary: ["release"]),
        Case("It will mean lower-than-anticipated earnings for the last half of 1989.", "the last half of 1989", "earnings",
             secondary: ["mean"]),
        // ... or an event noun in the "to" phrase that completes the verb.
        Case("The doctor was shot to death on Friday.", "Friday", "death", secondary: ["shot"]),
        Case("The minister agreed to a meeting earlier this week.", "earlier this week", "meeting", secondary: ["agreed"]),
        // ... past a number word, and to the head of a compound of event nouns.
        Case("The ministry firmly condemned three car bomb attacks in the south on Sunday.", "Sunday", "condemned",
             secondary: ["attacks"]),
        // (A content verb's object after "the" since round 100: the verb is the event.)
        Case("The senate approved the accession treaty on Monday.", "Monday", "approved", secondary: ["treaty"]),
        Case("Rebels launched two attacks on Friday.", "Friday", "attacks", secondary: ["launched"]),
        // A participle right after an event noun modifies it: both are dated.
        Case("The comparison was enhanced by charges taken in the year-earlier period.", "the year-earlier period", "taken",
             secondary: ["charges"]),
        Case("Profit-taking was triggered by sharp advances made through this week.", "this week", "made", secondary: ["advances"]),
        Case("The issue is expected to dominate a summit set for Washington in April.", "April", "set", secondary: ["summit"]),
        // A "when" clause (or "as" with a subject pronoun) right after the trigger's clause: at the same time.
        Case("A guard was wounded on Thursday when thieves opened fire.", "Thursday", "wounded", secondary: ["opened"]),
        Case("The driver was injured on Friday as he stood by his truck.", "Friday", "injured", secondary: ["stood"]),
        Case("The firm was founded in 1990 when it bought a mill and later sold it.", "1990", "founded", secondary: ["bought"]),
        // An event noun and the verb of the relative clause right after it.
        Case("The 2004 blast that injured two workers shocked the town.", "2004", "blast", secondary: ["injured"]),
        Case("The rally that began last spring slowed.", "last spring", "began", secondary: ["rally"]),
        // ... past the noun's "of" / "on" phrase, when the relative verb takes an event as its subject (not "makes", "houses").
        Case("He was convicted of the 1988 bombing of Pan Am Flight 103 that killed 270 people.", "1988", "bombing",
             secondary: ["killed"]),
        Case("The March 4 attack on a village in the north that left 20 dead drew protests.", "March 4", "attack",
             secondary: ["left"]),
        Case("The 2012 sale of the unit that makes chips was approved.", "2012", "sale"),
        Case("The 1998 bombing of the building that housed the embassy was planned for months.", "1998", "bombing"),
        // An event noun in a prepositional phrase with the date, and the predicate that phrase belongs to.
        Case("Shares of the maker fell 50 cents in heavy trading Friday.", "Friday", "trading", secondary: ["fell"]),
        Case("In heavy trading on Friday, shares of the maker rose 40 cents.", "Friday", "trading", secondary: ["rose"]),
        Case("In a televised speech on Friday, the president praised the accord.", "Friday", "speech", secondary: ["praised"]),
        Case("In composite trading yesterday, the maker's shares closed at $18.375.", "yesterday", "trading", secondary: ["closed"]),
        // ... the predicate of "be", or an event noun, when no verb comes first.
        Case("The stock was down 25 cents in composite trading yesterday.", "yesterday", "trading", secondary: ["down"]),
        Case("It had a charge of $14.8 million in heavy trading yesterday.", "yesterday", "trading", secondary: ["charge"]),
        // ... up to 16 words before the phrase.
        Case("The chip caused a decline of 87.5 cents in the maker's stock to $32 a share yesterday in over-the-counter trading.",
             "yesterday", "trading", secondary: ["decline"]),
        Case("The stock rose $2.50 to close at $117 in composite trading yesterday.", "yesterday", "trading",
             secondary: ["rose", "close"]),
        Case("A nurse was injured in the 2004 clinic bombing.", "2004", "bombing", secondary: ["injured"]),
        // ... and, the other way round, the event noun of a setting phrase right after the trigger verb.
        Case("Ten people were killed in clashes between police and protesters in recent days.", "recent days", "killed",
             secondary: ["clashes"]),
        Case("On Friday morning, four people were killed in an explosion near the port.", "Friday morning", "killed",
             secondary: ["explosion"]),
        Case("The three countries on Friday formally joined NATO at a ceremony in Missouri.", "Friday", "joined",
             secondary: ["ceremony"]),  // past an object that is a name
        // An aspectual verb and the verb it governs.
        Case("The panel began examining the case on Thursday.", "Thursday", "began", secondary: ["examining"]),
        Case("Today, dozens of families began to arrive.", "Today", "began", secondary: ["arrive"]),
        Case("The plant will start producing chips next week.", "next week", "start", secondary: ["producing"]),
        // ... and the subject of one without a complement, the event that begins or goes on (an event noun, or a noun
        // shaped like a nominalisation); not an agent ("the company").
        Case("Bankruptcy proceedings began Tuesday in a Helsinki court.", "Tuesday", "began", secondary: ["proceedings"]),
        Case("Analysts expect the disappointing trend to continue into the fourth quarter.", "the fourth quarter", "continue",
             secondary: ["trend"]),
        Case("Construction is set to begin in early 1991.", "early 1991", "begin", secondary: ["Construction"]),
        Case("The company began in 1990.", "1990", "began"),
        // A preposition split off its clause ("since", "until" open a clause of their own) dates the clause before it.
        Case("Banks, which have been closed since March 16, are scheduled to reopen on Tuesday.", "March 16", "closed"),
        Case("The minister, who has lived in exile since 2009, returned on Friday.", "2009", "lived"),
        // A time fronted at the start of its sentence dates the main clause, past subordinate, relative and participial
        // clauses; after "will" or a modal an event noun is the verb.
        Case("On Sunday, after talks collapsed, the leaders will try again.", "Sunday", "try"),
        Case("On Monday, the bank, which has been closed for a week, will reopen.", "Monday", "reopen"),
        Case("Next Tuesday, the board, chaired by a former minister, will meet.", "Next Tuesday", "meet"),
        Case("On Thursday, speaking in Brussels, the minister announced his resignation.", "Thursday", "announced",
             secondary: ["resignation"]),
        Case("On Saturday the cabinet approved the plan and on Sunday parliament will vote.", "Sunday", "vote"),
        Case("The company expects to launch the phone in May.", "May", "launch"),
        // A list of years set off by a comma after its clause's words dates that clause's event, not the next one's.
        Case("Thatcher won three general elections, in 1979, 1983 and 1987, before her party forced her out.", "1983", "won",
             secondary: ["elections"]),
        Case("The tournament was held three times, in 1994, 1998 and 2002, and then it moved to Asia.", "1994", "held"),
        Case("The firm cut jobs twice, in 2009 and 2011, before it was sold.", "2011", "cut"),
        // An infinitive of purpose right after "DATE to" follows the verb the date belongs to, past a role phrase or an
        // object; it is dated too (not a noun after "to": "to charges it", "to bombing victims").
        Case("The founder resigned as chairman last year to seek a seat in parliament.", "last year", "resigned",
             secondary: ["seek"]),
        Case("He will travel to Washington on March 12 to submit the document.", "March 12", "travel", secondary: ["submit"]),
        Case("GM sought U.S. approval last week to purchase shares.", "last week", "sought", secondary: ["purchase"]),
        Case("Kerry flew to Cairo on Saturday to meet Egypt's new leaders.", "Saturday", "flew", secondary: ["meet"]),
        Case("Cyprus lawmakers met on Tuesday to vote on the bailout.", "Tuesday", "met", secondary: ["vote"]),
        Case("Shares of the company rose 3 percent on Friday to close at $12.40.", "Friday", "rose", secondary: ["close"]),
        Case("The central bank cut rates in March to boost lending.", "March", "cut", secondary: ["boost"]),
        Case("The unit may plead guilty this week to charges it steered money to politicians.", "this week", "plead"),
        Case("The secretary paid tribute on Tuesday to bombing victims.", "Tuesday", "paid"),
        // The event noun of a setting phrase right after the date the trigger verb governs is dated too (not a place).
        Case("Poland will officially join NATO on March 12 in a ceremony in Missouri.", "March 12", "join",
             secondary: ["ceremony"]),
        Case("The nurse was badly wounded earlier this year in the bombing of a clinic.", "earlier this year", "wounded",
             secondary: ["bombing"]),
        Case("The minister spoke on Friday at a news conference in Nicosia.", "Friday", "spoke", secondary: ["conference"]),
        Case("He was arrested on Monday in Paris.", "Monday", "arrested"),
        // ... but after a verb of intention the words before the date are the infinitive's subject.
        Case("The company expects revenue in the latest quarter to total $28 million.", "the latest quarter", "total"),
        Case("Officials said the talks failed, but agreed on Friday to meet again.", "Friday", "agreed", secondary: ["meet"]),
        // A participial clause set off by a comma after the trigger verb's clause shares its time, and so does the verb
        // before the comma of a participle that is the trigger; not a linking word or a result.
        Case("Kerry headed on Tuesday to Cairo, seeking to revive peace talks.", "Tuesday", "headed", secondary: ["seeking"]),
        Case("The senator called on Monday for an inquiry, vowing to block the nomination.", "Monday", "called",
             secondary: ["vowing"]),
        Case("The minister sought to calm markets, saying on Friday that the banks were safe.", "Friday", "saying",
             secondary: ["sought"]),
        Case("Police arrested the man on Sunday, including two others.", "Sunday", "arrested"),
        Case("The storm hit the coast on Monday, according to officials.", "Monday", "hit"),
        Case("Bank shares fell 5 percent on Friday, leaving the index lower.", "Friday", "fell"),
        // A date that writes its year between commas after a determiner modifies the noun after the second comma; a
        // past verb after that noun is its predicate, not part of the compound.
        Case("He was charged in the Dec. 21, 1988, bombing of a jet.", "Dec. 21, 1988", "charged", secondary: ["bombing"]),
        Case("The Aug. 7, 1998, bombings killed more than 200 people.", "Aug. 7, 1998", "killed", secondary: ["bombings"]),
        Case("The 1998 bombings killed more than 200 people.", "1998", "killed", secondary: ["bombings"]),
        Case("On Aug. 7, 1998, terrorists bombed two embassies.", "Aug. 7, 1998", "bombed"),
        // A verb of finding and its participle complement share the date, the date between them or not; the finding is
        // the trigger.
        Case("The stolen car was found abandoned at the airport in December.", "December", "found", secondary: ["abandoned"]),
        Case("The rifle was discovered April 8 buried near the house.", "April 8", "discovered", secondary: ["buried"]),
        Case("The boy was found clinging to an inner tube on Nov. 25.", "Nov. 25", "found", secondary: ["clinging"]),
        Case("Police found the gun on Friday.", "Friday", "found"),
        // ... and when the participle right after the date is the trigger, the verb of finding before the date is dated too.
        Case("The student was last seen on Monday leaving a bar.", "Monday", "leaving", secondary: ["seen"]),
        Case("The girl was last seen on Thursday boarding a bus.", "Thursday", "boarding", secondary: ["seen"]),
        Case("The minister spoke on Monday urging calm.", "Monday", "urging"),  // no verb of finding
        // The participle that modifies a setting noun is dated with it.
        Case("Croatia formally joined the union on Monday at a ceremony held in Zagreb.", "Monday", "joined",
             secondary: ["ceremony", "held"]),
        Case("The leaders met on Friday at a summit organized by the bank.", "Friday", "met", secondary: ["summit", "organized"]),
        Case("The envoy arrived on Friday at a ceremony to mark the anniversary.", "Friday", "arrived", secondary: ["ceremony"]),
        Case("The statement was read Wednesday night at a pro-government rally attended by thousands.", "Wednesday night", "read",
             secondary: ["rally", "attended"]),  // past a hyphenated modifier
        // A fronted date past a subject set off by commas and a prepositional aside: the main verb, not the aside's noun.
        Case("Last week, Secretary of State John Kerry, on a visit to Cairo, urged the government to hold talks.", "Last week",
             "urged", secondary: ["visit"]),  // (the aside's event noun: the sixtieth round)
        Case("On Sunday, in a televised address, the president announced new elections.", "Sunday", "announced",
             secondary: ["address", "elections"]),  // ("address", a speech, is an event noun since the sixty-ninth round)
        Case("On Tuesday, at the start of trading, shares in the bank fell 8 percent.", "Tuesday", "fell"),
        // A fronted date past a reduced relative ("a group led by …", "rebels backed by …"): the main verb after it.
        Case("Earlier this month, a group led by three directors indicated it had a 45 percent stake.", "Earlier this month", "indicated"),
        Case("In recent months a group of lenders, led by Bank of America, has extended the company credit.", "recent months", "extended"),
        Case("Last week, a coalition led by France proposed a new resolution.", "Last week", "proposed"),
        Case("On Monday, rebels backed by foreign fighters seized the airport.", "Monday", "seized"),
        Case("Earlier this year, a consortium led by Blackstone bought the hotel chain.", "Earlier this year", "bought"),
        // (forty-ninth round) A date inside a "when" clause (or "as" with a subject pronoun) dates the main clause's verb too.
        Case("A soldier was killed when a roadside bomb exploded on Sunday.", "Sunday", "exploded", secondary: ["killed"]),
        Case("Three people died when their car plunged into a river on Tuesday.", "Tuesday", "plunged", secondary: ["died"]),
        Case("Two firefighters were injured when the roof collapsed on Thursday night.", "Thursday night", "collapsed",
             secondary: ["injured"]),
        Case("The talks broke down when the delegation walked out late Friday.", "late Friday", "walked", secondary: ["broke"]),
        // ... a "when" clause the date itself opens tells what happened then, whatever the trigger.
        Case("The museum displays a campaign poster from 1989 when Solidarity won the first free elections.", "1989", "campaign",
             secondary: ["won"]),
        // ... and the marks inside the expression or a word do not end the trigger's clause before "when" / "as".
        Case("The victim was shot to death on the night of Oct. 23 as he stood in his kitchen.", "Oct. 23", "shot",
             secondary: ["stood"]),
        Case("She was working at a pro-democracy newspaper in Cairo in 2011 when the uprising began.", "2011", "working",
             secondary: ["began"]),
        Case("The mayor was stabbed on Jan. 14 as he left a concert.", "Jan. 14", "stabbed", secondary: ["left"]),
        // A participle right after the date follows the verb before it and its object: the verb is the event, the participle
        // is dated with it (not after a verb without an object: "spoke on Monday urging calm", above).
        Case("Lawyers for the family filed a brief in federal court on Monday arguing that the agency cannot return the boy.",
             "Monday", "filed", secondary: ["arguing"]),
        Case("The opposition filed a complaint with the electoral commission on Tuesday alleging widespread fraud.", "Tuesday",
             "filed", secondary: ["alleging"]),
        Case("The union sent a letter to the board Thursday demanding higher wages.", "Thursday", "sent",
             secondary: ["demanding"]),
        Case("Prosecutors released a video on Wednesday showing the suspect entering the station.", "Wednesday", "released",
             secondary: ["showing"]),
        Case("Rebels launched an offensive last week seeking to retake the city.", "last week", "offensive",
             secondary: ["launched", "seeking"]),
        // A gapped conjunct, with a subject of its own and no auxiliary, shares the date: "killed and 12 others injured".
        Case("Seven people were killed and 12 others injured in a bombing on Sunday.", "Sunday", "bombing",
             secondary: ["killed", "injured"]),
        Case("At least 20 people were killed and dozens wounded in clashes on Friday.", "Friday", "clashes",
             secondary: ["killed", "wounded"]),
        Case("Two soldiers were killed and three wounded in an ambush on Monday.", "Monday", "wounded", secondary: ["killed"]),
        // The reported clause right after "said DATE" opens with a subject that is an event noun: its verb is dated with the
        // report, and the noun is no event next to the date.
        Case("Police said Monday the attack killed four people.", "Monday", "said", secondary: ["killed"]),
        Case("The ministry said Thursday the talks had collapsed.", "Thursday", "said", secondary: ["collapsed"]),
        Case("The company said Friday its profit rose 12 percent.", "Friday", "said", secondary: ["rose"]),
        Case("Officials said on Wednesday the ceasefire was holding.", "Wednesday", "said", secondary: ["holding"]),
        // A date inside a relative clause without commas dates the relative verb, not the main verb right after the clause.
        Case("A court that convicted him in 2011 ordered his release.", "2011", "convicted"),
        Case("The man who shot the officer in 2010 was executed.", "2010", "shot"),
        Case("The company that won the contract in 2009 has gone bankrupt.", "2009", "won"),
        Case("The law that parliament passed last year takes effect.", "last year", "passed"),
        Case("The reforms that the government announced on Monday drew criticism.", "Monday", "announced"),
        // "that" right after the date opens the reported clause: the date is the report's, past the verb's object.
        Case("Prime Minister Shinzo Abe told parliament on Friday that Japan would join the talks.", "Friday", "told",
             secondary: ["join"]),
        Case("The minister told lawmakers on Wednesday that the budget would be cut.", "Wednesday", "told", secondary: ["cut"]),
        Case("The prosecutor told the court on Tuesday that the defendant had fled the country.", "Tuesday", "told",
             secondary: ["fled"]),
        // ... and past a setting or object noun that is the trigger: the reported verb too.
        Case("The ministry said in a statement on Monday that it had arrested three suspects.", "Monday", "statement",
             secondary: ["said", "arrested"]),
        Case("The senator said in an interview on Tuesday that he would vote against the bill.", "Tuesday", "interview",
             secondary: ["said", "vote"]),
        Case("The minister told a news conference on Friday that the army would withdraw.", "Friday", "conference",
             secondary: ["told", "withdraw"]),
        // A verb of taking part whose object is the noun a possessive date modifies happens then too (not a reaction).
        Case("The opposition boycotted Sunday's vote.", "Sunday", "vote", secondary: ["boycotted"]),
        Case("The president will attend next week's summit in Brussels.", "next week", "summit", secondary: ["attend"]),
        Case("The judge who issued Thursday's ruling is a former prosecutor.", "Thursday", "ruling", secondary: ["issued"]),
        Case("The party won last year's election by a wide margin.", "last year", "election", secondary: ["won"]),
        Case("Investors welcomed Monday's announcement of a rescue plan.", "Monday", "announcement"),
        // "as much", "as much as" a figure, "as planned", "as scheduled" open no clause: the date is the verb's before them
        // (were "asked", "recovering", "report", "planned", "scheduled").
        Case("The minister hinted as much on Tuesday when reporters asked about the plan.", "Tuesday", "hinted",
             secondary: ["asked"]),
        Case("Shares fell as much as 3 percent on Monday before recovering.", "Monday", "fell"),
        Case("Oil rose as much as 2 percent on Thursday after the report.", "Thursday", "rose"),
        Case("The vote went ahead as planned on Sunday despite the boycott.", "Sunday", "went"),
        Case("The talks resumed as scheduled on Tuesday in Geneva.", "Tuesday", "resumed"),
        // A date in a sentence's opening subject skips the relative clause set off after it to the main verb (were the
        // relative clause's verbs "rose", "hit").
        Case("Exports of cars in March, which rose sharply last year, slowed to 2 percent.", "March", "slowed"),
        Case("Output at the plant in January, which was hit by a strike, dropped 10 percent.", "January", "dropped"),
        Case("Imports of crude in January, which were lifted by refinery demand, climbed 6 percent.", "January", "climbed"),
        // (fifty-second round) "as soon as", "as early as" before a time open no clause: the date is the verb's before them,
        // not the reporting verb's after the comma.
        Case("The deal could be signed as soon as Tuesday, the minister said.", "Tuesday", "signed"),
        Case("Troops could begin pulling out as early as next week, a spokesman said.", "next week", "begin",
             secondary: ["pulling"]),
        Case("The vote could come as early as next month, officials said.", "next month", "come"),
        Case("The group would be ready to leave as soon as Tuesday, the president said.", "Tuesday", "leave"),
        // A participle after its noun, with the sentence's verb right after the date: a reduced relative the date dates.
        Case("The suspects arrested on Friday appeared in court.", "Friday", "arrested"),
        Case("Talks held in Geneva last week made little progress.", "last week", "held", secondary: ["Talks"]),
        Case("The troops sent to the region in March will return home.", "March", "sent"),
        Case("Figures published on Wednesday showed a sharp rise in unemployment.", "Wednesday", "published"),
        Case("Officials said talks held on Monday failed to produce an agreement.", "Monday", "held", secondary: ["talks"]),
        // A clause without event words before the attribution: its "be" (a state), not the reporting verb after the comma.
        Case("He was in Moscow on Tuesday, the Kremlin said.", "Tuesday", "was"),
        Case("The minister was in Brussels on Monday, his spokesman said.", "Monday", "was"),
        Case("Both men were in custody on Sunday, police said.", "Sunday", "were"),
        Case("The tanker was still in port on Friday, the coast guard said.", "Friday", "was"),
        // The noun a possessive date modifies after a preposition is no subject of the verb after it: the noun is the event.
        Case("The death toll from Friday's earthquake rose to 180.", "Friday", "earthquake"),
        Case("Survivors of Sunday's bombing described scenes of chaos.", "Sunday", "bombing"),
        Case("Three of the people wounded in Monday's attack died in hospital.", "Monday", "attack", secondary: ["wounded"]),
        // A noun of purpose after "DATE for" is no event of the date's: the verb before the date is.
        Case("Secretary of State John Kerry will travel to Turkey on Sunday for talks with Turkish leaders.", "Sunday", "travel"),
        Case("Merkel will travel to Washington on Friday for talks with Obama.", "Friday", "travel"),
        Case("The delegation will head to Tehran on Saturday for talks on the nuclear program.", "Saturday", "head"),
        Case("Rebel leaders will travel to Istanbul next week for meetings with Western envoys.", "next week", "travel"),
        // An infinitive inside a participle set off by commas has no conjunct in the past verb after ", and".
        Case("The opposition said it would boycott the vote, originally scheduled to begin on April 22, and called for protests.",
             "April 22", "begin"),
        Case("The union will boycott the talks, expected to resume on Monday, and staged a walkout.", "Monday", "resume"),
        // (fifty-sixth round) A reduced relative before a present verb of what figures or papers show, which the lexicon does
        // not know: the participle is the date's (were the verb of the reported clause after it).
        Case("Figures released by the Commerce Department on Friday show retail sales rose.", "Friday", "released"),
        Case("Documents obtained by the newspaper on Tuesday show the agency ignored warnings.", "Tuesday", "obtained"),
        Case("Data released by the ministry on Monday suggest exports slowed.", "Monday", "released"),
        // ... but a change in an amount after the date is the statistic's event, not the participle saying what it counts.
        Case("Prices paid by consumers in March rose 0.3 percent.", "March", "rose"),
        Case("Goods ordered by factories in February fell 2 percent.", "February", "fell"),
        Case("Exports shipped to China in February jumped 20 percent.", "February", "jumped"),
        Case("Rebels trained in Jordan last year advanced on the capital.", "last year", "trained"),
        // An "until" clause whose only event is a noun or an infinitive of purpose: the verb put off before "until".
        Case("The trial was adjourned until Tuesday for closing arguments.", "Tuesday", "adjourned"),
        Case("Parliament was adjourned until Thursday for a debate on the budget.", "Thursday", "adjourned"),
        Case("The talks were suspended until Monday to allow consultations.", "Monday", "suspended"),
        Case("The judge postponed the hearing until April 2 to give lawyers more time.", "April 2", "postponed",
             secondary: ["hearing"]),
        // (Not a deadline: "gave … until Friday to submit" dates the submission.)
        Case("The court gave the company until Friday to submit a new plan.", "Friday", "submit"),
        // A participle set off by commas after an object has no conjunct in the verb after ", and" (the sentence's verb has).
        Case("Rebels said they would respect the ceasefire, first agreed in November, and said they would hold talks.",
             "November", "agreed"),
        Case("The ministers endorsed the plan, drafted by France in January, and called for a vote.", "January", "drafted"),
        Case("Israel accepted the truce, brokered by Egypt last year, and reopened the crossing.", "last year", "brokered"),
        // A scheduling participle after an event noun and before "for DATE": the noun's event is on the date.
        Case("A rally planned for Saturday was canceled after the police withdrew permission.", "Saturday", "rally"),
        Case("The vote, scheduled for Sunday, was postponed.", "Sunday", "vote"),
        Case("Talks scheduled for next week in Geneva have been called off.", "next week", "Talks"),
        // A fronted date and a present or passive verb of intention: the infinitive is the event (not an active past one,
        // the plan: "Last April, the company planned to acquire").
        Case("On Wednesday, the team was scheduled to fly to Madrid.", "Wednesday", "fly"),
        Case("Next month, the central bank is set to raise interest rates.", "Next month", "raise"),
        Case("Last April, the company planned to acquire a stake in the rival.", "Last April", "planned"),
        // (Not after a relative clause set off after the subject: the verb there is the sentence's.)
        Case("The government, which signed the accord, first agreed in November, and said it would comply.", "November",
             "agreed", secondary: ["said"]),
    ]

    @Test(arguments: cases)
    func anchors(_ item: Case) throws { try Self.check(item, on: FamilyDates.tuesday) }

    /// Checks `item` read against `dateline`: its trigger, its secondary triggers, and that their offsets hold their words.
    static func check(_ item: AnchorCase, on dateline: CalendarDate) throws {
        let event = try FamilyCheck.event(of: item.expression, in: item.sentence, on: dateline)
        #expect(event.trigger == item.trigger)
        #expect(event.secondaryTriggers.map(\.text) == item.secondary)
        let scalars = Array(item.sentence.unicodeScalars)
        func text(_ start: Int, _ end: Int) -> String { String(String.UnicodeScalarView(scalars[start..<end])) }
        if let start = event.triggerStart, let end = event.triggerEnd { #expect(text(start, end) == event.trigger) }
        for secondary in event.secondaryTriggers {
            #expect(text(secondary.start, secondary.end) == secondary.text)
            #expect(secondary.start != event.triggerStart)
        }
    }

    /// A fronted stretch whose own relative clause holds a verb ("In the years that followed, …") dates the main clause's
    /// event, the relative verb kept as a secondary trigger (was the relative verb alone). A length makes no timeline event,
    /// so the evaluation's annotations are read.
    static let followedStretches: [Case] = [
        Case("In the years that followed, the guerrillas waged war on the army.", "years", "waged", secondary: ["followed", "war"]),
        Case("In the months that followed, the company cut 3,000 jobs.", "months", "cut", secondary: ["followed"]),
        Case("In the weeks that followed, investigators interviewed dozens of witnesses.", "weeks", "interviewed",
             secondary: ["followed"]),
    ]

    @Test(arguments: followedStretches)
    func stretchThatFollowed(_ item: Case) throws {
        let timeline = try FamilyCheck.timeline(item.sentence, FamilyDates.tuesday)
        let range = try #require(FamilyCheck.scalarRange(of: item.expression, in: item.sentence))
        let annotation = try #require(timeline.timexAnnotations().first { $0.start == range.lowerBound })
        let word = try #require(item.trigger)
        let trigger = try #require(FamilyCheck.scalarRange(of: word, in: item.sentence))
        #expect(annotation.trigger == trigger)
        let secondary = try item.secondary.map { try #require(FamilyCheck.scalarRange(of: $0, in: item.sentence)) }
        #expect(annotation.secondaryTriggers == secondary)
    }

    @Test("secondary triggers reach the evaluation as spans, the primary trigger stays")
    func annotations() throws {
        let sentence = "Last week, gunmen killed three soldiers and seriously wounded six others."
        let timeline = try FamilyCheck.timeline(sentence, FamilyDates.tuesday)
        let annotation = try #require(timeline.timexAnnotations().first)
        let killed = try #require(FamilyCheck.scalarRange(of: "killed", in: sentence))
        let wounded = try #require(FamilyCheck.scalarRange(of: "wounded", in: sentence))
        #expect(annotation.trigger == killed)
        #expect(annotation.secondaryTriggers == [wounded])
    }

    /// The sixty-first round: a fronted date before a passive verb of intention whose infinitive is a reporting verb dates
    /// the infinitive ("On Tuesday, Apple is expected to report": was "expected"); street-protest nouns ("vigil",
    /// "walkout", a lower-case "march" after an article or a noun) are the event a scheduling participle's date names (was
    /// "planned"); a plain word the lexicon does not know, right after the comma that closes a relative clause about the
    /// sentence's subject, is its plural present verb ("Shares, which rose in March, slip on Monday": was "rose").
    static let round61: [Case] = [
        Case("On Tuesday, Apple is expected to report its quarterly results.", "Tuesday", "report", secondary: ["results"]),
        Case("Next week, the company is set to announce a new chief executive.", "Next week", "announce"),
        Case("Police blocked a march planned for Sunday.", "Sunday", "march"),
        Case("A vigil planned for Friday was called off.", "Friday", "vigil"),
        Case("Unions called off a walkout scheduled for Monday.", "Monday", "walkout"),
        Case("The protest march on Saturday drew thousands.", "Saturday", "march"),
        Case("Shares, which rose in March, slip on Monday.", "Monday", "slip"),
        Case("Rebels, who seized the town in May, retreat to the hills on Sunday.", "Sunday", "retreat"),
        // Guards: the plan of an active past verb; a noun phrase's head before "of" after the relative clause.
        Case("Last April, the company planned to acquire a stake in the rival.", "Last April", "planned"),
        Case("Mr. Smith, who joined the firm in May, chairman of the board, resigned on Monday.", "Monday", "resigned"),
    ]

    @Test(arguments: round61)
    func anchorsRound61(_ item: Case) throws { try anchors(item) }
}

/// The sixtieth round's anchoring families (Documentation/Evaluation.md), each case on a dateline of its own: a
/// prepositional aside between a fronted date and the main verb, a "while" participle, a year set off by commas after a
/// sentence-initial "The", destination nouns after "to" ("to power"), "help" and its bare verb, the next conjunct after
/// the date past a long object, and broadcast nouns. Negative near-misses keep the older reading.
@Suite("Event anchoring families, round 60")
struct FamilyNewsRound60AnchoringTests {
    struct Case: Sendable, CustomTestStringConvertible {
        let anchor: AnchorCase
        let dateline: CalendarDate

        init(_ sentence: String, _ expression: String, _ trigger: String?, secondary: [String] = [], _ dateline: CalendarDate) {
            anchor = AnchorCase(sentence, expression, trigger, secondary: secondary)
            self.dateline = dateline
        }

        var testDescription: String { anchor.testDescription }
    }

    static let cases: [Case] = [
        // A prepositional aside set off by commas between a fronted date and the main verb: its event noun is dated too.
        Case("Last week, at a meeting in Vienna, the ministers approved the plan.", "Last week", "approved",
             secondary: ["meeting"], FamilyDates.tuesday),
        Case("In 2009, at a summit in Prague, the leaders agreed to cut emissions.", "2009", "agreed", secondary: ["summit"],
             FamilyDates.friday),
        Case("Late on Friday, during talks in Doha, the rebels accepted the truce.", "Late on Friday", "accepted",
             secondary: ["talks", "truce"], FamilyDates.sunday),
        Case("Last month, the president, during a trip to Asia, announced new tariffs.", "Last month", "announced",
             secondary: ["trip"], FamilyDates.friday),
        // (Not a subordinate clause: its noun is the subject of a verb.)
        Case("On Sunday, after talks collapsed, the leaders will try again.", "Sunday", "try", FamilyDates.friday),
        // (Not a place that is no event.)
        Case("Last week, at the headquarters in Vienna, the ministers approved the plan.", "Last week", "approved",
             FamilyDates.tuesday),
        // A "while" participle after the verb's clause happens at the same time.
        Case("The boy was rescued on Nov. 25 while clinging to an inner tube.", "Nov. 25", "rescued", secondary: ["clinging"],
             FamilyDates.tuesday),
        Case("The climber died on Sunday while descending the peak.", "Sunday", "died", secondary: ["descending"],
             FamilyDates.friday),
        Case("Two soldiers were wounded last week while patrolling near the border.", "last week", "wounded",
             secondary: ["patrolling"], FamilyDates.sunday),
        // (Not "while" with a clause of its own, often a contrast.)
        Case("The senator spoke on Monday while protesters chanted outside.", "Monday", "spoke", FamilyDates.tuesday),
        // A year set off by commas after the sentence's opening "The" modifies the noun after the second comma.
        // (After another sentence: at the text's start the walk stopped at its first token before.)
        Case("Investigators reopened the case. The Aug. 7, 1998, bombings killed more than 200 people.", "Aug. 7, 1998", "killed",
             secondary: ["bombings"], FamilyDates.friday),
        Case("Police made no arrests. The March 3, 2004, attack left 20 dead.", "March 3, 2004", "left", secondary: ["attack"],
             FamilyDates.sunday),
        // (Not after a preposition: the comma closes the fronted date.)
        Case("The embassies reopened. On Aug. 7, 1998, terrorists bombed them.", "Aug. 7, 1998", "bombed", FamilyDates.tuesday),
        // A destination noun after "to" is no infinitive: the verb before it, in its relative clause, is the date's.
        Case("Thousands gathered to mark the revolution that brought the general to power 30 years ago.", "30 years ago",
             "brought", secondary: ["revolution"], FamilyDates.friday),
        Case("The coup that returned the colonel to power two years ago was condemned abroad.", "two years ago", "returned",
             secondary: ["coup"], FamilyDates.sunday),
        Case("The fugitive who was brought to justice in 2011 died in prison.", "2011", "brought", FamilyDates.tuesday),
        // (With an object it is the verb.)
        Case("The plant will be able to power 5,000 homes next year.", "next year", "power", FamilyDates.friday),
        // "help" and the bare verb it governs, either the trigger.
        Case("NATO warplanes helped end the war in Bosnia four years ago.", "four years ago", "end",
             secondary: ["helped", "war"], FamilyDates.sunday),
        Case("The new rules could help slash costs by the end of next year.", "the end of next year", "help",
             secondary: ["slash"], FamilyDates.tuesday),
        Case("Donors helped rebuild the school last year.", "last year", "helped", secondary: ["rebuild"], FamilyDates.friday),
        // (Not a plural noun.)
        Case("The charity helped farmers in 2010.", "2010", "helped", FamilyDates.sunday),
        // A verb opening the next conjunct right after the date: the verb before the date wins past a long object.
        Case("The Security Council condemned the bombing of the U.S. embassies in Kenya and Tanzania on Thursday and called "
             + "on all states to cooperate.", "Thursday", "condemned", secondary: ["bombing", "called"], FamilyDates.tuesday),
        // (As before with a shorter object.)
        Case("Police arrested two suspects in the northern suburbs of the capital late on Friday and seized a cache of weapons.",
             "late on Friday", "arrested", secondary: ["seized"], FamilyDates.sunday),
        // (A conjunct with a subject of its own is left alone.)
        Case("Protesters marched on Friday and police fired tear gas.", "Friday", "marched", FamilyDates.friday),
        // Broadcast nouns are events: the setting of the verb before them.
        Case("The senator first raised those worries during a television appearance on Sunday night.", "Sunday night",
             "appearance", secondary: ["raised"], FamilyDates.tuesday),
        Case("The prime minister made the remarks during a radio broadcast on Tuesday.", "Tuesday", "broadcast",
             secondary: ["made"], FamilyDates.friday),
        // ... but "broadcast" after "be" or "have" is the verb (was the subject "interview", "broadcast" its secondary).
        Case("The interview was broadcast on Sunday night.", "Sunday night", "broadcast", FamilyDates.tuesday),
        // An "-eed" verb ("proceed", "succeed") after a modal past an adverb or a quote mark is the verb.
        Case("The exiles will now \"proceed with every legal means\" against the ruling.", "now", "proceed", FamilyDates.sunday),
        Case("The court would then ``proceed to sentencing'' next week.", "next week", "proceed", FamilyDates.tuesday),
        // After an -ing aside set off by commas, a past verb before its preposition is the main verb, no participle; a
        // fronted date after "But" is fronted too.
        Case("Last week, the rebels, citing security concerns, withdrew from the talks.", "Last week", "withdrew",
             FamilyDates.friday),
        Case("On Sunday, the protesters, chanting slogans, marched to the palace.", "Sunday", "marched", FamilyDates.sunday),
        Case("But on April 8, investigators, wondering how the gunman had escaped, searched the woods.", "April 8", "searched",
             FamilyDates.tuesday),
        // A bare present after "I", "we" or "they", past an adverb, is the verb.
        Case("\"We now face a difficult choice this week,\" the minister said.", "this week", "face", FamilyDates.friday),
        Case("\"They still control the town this morning,\" a resident said.", "this morning", "control", FamilyDates.sunday),
        Case("\"And I also pray for peace this week,\" she said.", "this week", "pray", FamilyDates.sunday),
        // (Not a floating quantifier, nor a verb whose infinitive is the event, nor a regnal numeral.)
        Case("In 1603 James I and his court moved to London.", "1603", "moved", FamilyDates.tuesday),
        Case("\"We all know what happened last year,\" he said.", "last year", "happened", FamilyDates.tuesday),
        Case("\"They seem to doubt the plan this year,\" he said.", "this year", "doubt", FamilyDates.friday),
        // (A participle before its preposition right after the subject stays an aside.)
        Case("Last month, the board, chaired by a former minister, approved the merger.", "Last month", "approved",
             secondary: ["merger"], FamilyDates.friday),
    ]

    @Test(arguments: cases)
    func anchors(_ item: Case) throws { try EventAnchoringTests.check(item.anchor, on: item.dateline) }
}

/// The sixty-fourth round's anchoring families (Documentation/Evaluation.md), each case on a dateline of its own: a
/// prepositional aside set off by commas right after a fronted date's lower-case subject (the weekday's comma no longer
/// read as opening an appositive), an aside whose event is an infinitive or a word after an article ("in an effort to cut
/// costs", "in a bid for survival"), and an -ing participle or a reduced relative after its plural noun before a reporting
/// verb ("officials speaking on condition of anonymity said"). Negative near-misses keep the older reading.
@Suite("Event anchoring families, round 64")
struct FamilyNewsRound64AnchoringTests {
    typealias Case = FamilyNewsRound60AnchoringTests.Case

    static let cases: [Case] = [
        // A prepositional aside after a fronted weekday and a lower-case subject: the main verb, the aside's noun dated too.
        Case("On Monday, the minister, on a visit to Paris, signed the agreement.", "Monday", "signed",
             secondary: ["visit", "agreement"], FamilyDates.tuesday),
        Case("On Sunday, the general, in an interview with state television, denied the reports.", "Sunday", "denied",
             secondary: ["interview"], FamilyDates.friday),
        Case("On Friday, the mayor, on a tour of the flooded district, promised aid.", "Friday", "promised",
             secondary: ["tour"], FamilyDates.sunday),
        // An aside whose event is an infinitive or a word after an article.
        Case("In 1998, the company, in an effort to cut costs, closed three plants.", "1998", "closed", FamilyDates.tuesday),
        Case("On Tuesday, a man, on his way to work, was shot dead.", "Tuesday", "shot", FamilyDates.friday),
        Case("Last year, the carmaker, in a bid for survival, shut three plants.", "Last year", "shut", FamilyDates.sunday),
        // An -ing participle (or a reduced relative) after its plural noun: the verb after it, a reporting one too.
        Case("Last week, officials speaking on condition of anonymity said the talks had collapsed.", "Last week", "said",
             secondary: ["talks"], FamilyDates.tuesday),
        Case("On Sunday, residents living near the plant complained of the smell.", "Sunday", "complained", FamilyDates.friday),
        Case("On Tuesday, witnesses reached by telephone said the shelling continued.", "Tuesday", "said", FamilyDates.sunday),
        // (Not an appositive after a place, which still goes on to the date.)
        Case("Clashes broke out in Homs, a rebel stronghold, on Sunday.", "Sunday", "broke", FamilyDates.tuesday),
        // (Not an -ing word after a verb's object, nor after an auxiliary.)
        Case("On Monday, police caught two thieves stealing cars.", "Monday", "caught", FamilyDates.friday),
        Case("On Thursday, the sons of the founder were selling their shares.", "Thursday", "selling", FamilyDates.sunday),
        // (Not an aside without events, nor a relative clause set off.)
        Case("On Tuesday, the ministers, at the headquarters, approved the plan.", "Tuesday", "approved", FamilyDates.tuesday),
        Case("On Monday, the minister, who was on a visit to Paris, signed the agreement.", "Monday", "signed",
             secondary: ["agreement"], FamilyDates.friday),
        // (A date after the reporting verb, as before.)
        Case("Diplomats speaking on condition of anonymity said on Friday that the deal was close.", "Friday", "said",
             secondary: ["close"], FamilyDates.sunday),
    ]

    @Test(arguments: cases)
    func anchors(_ item: Case) throws { try FamilyNewsRound60AnchoringTests().anchors(item) }
}

/// The sixty-ninth round's anchoring families (Documentation/Evaluation.md), each case on a dateline of its own: an event
/// noun subject set off by commas right after a fronted date, past a participle or relative aside, yields to the main verb
/// or an appositive ("On Friday, the talks, lasting hours, ended": was "talks"); a lower-case "address" after an article or a possessive,
/// past one modifier at most, is a speech, an event noun ("In a televised address on Friday, the president urged calm":
/// was "urged"); a progressive "considering" is a verb ("The minister on Tuesday was considering a sale": was "sale"); an
/// attributive date's noun ends before "against" ("Sunday's final against Spain": was "against"); a scheduling participle
/// after an event noun's "of" or "by" phrase dates the noun ("The launch of the satellite, planned for Thursday": was
/// "planned"), and so does "expected" or "due" right before the date ("The verdict, expected next month": was "expected").
/// Negative near-misses keep the older reading.
@Suite("Event anchoring families, round 69")
struct FamilyNewsRound69AnchoringTests {
    typealias Case = FamilyNewsRound60AnchoringTests.Case

    static let cases: [Case] = [
        // An event noun subject set off by commas after a fronted date: the main verb past the aside.
        Case("On Friday, the talks, lasting hours, ended in Geneva.", "Friday", "ended", FamilyDates.tuesday),
        Case("On Saturday, the rally, attended by thousands, turned violent.", "Saturday", "turned", FamilyDates.sunday),
        Case("On Tuesday, the negotiations, lasting into the night, collapsed.", "Tuesday", "collapsed", FamilyDates.friday),
        Case("On Sunday, the protest, which drew thousands, ended peacefully.", "Sunday", "ended", FamilyDates.tuesday),
        Case("Last week, the talks, held in Vienna, stalled.", "Last week", "stalled", FamilyDates.friday),
        Case("On Monday, the vote, delayed twice, went ahead.", "Monday", "went", FamilyDates.sunday),
        // A past verb opening its clause past an appositive is the main verb too.
        Case("Last month, the summit, the first in a decade, opened in Lima.", "Last month", "opened", FamilyDates.friday),
        Case("On Sunday, the election, a test for the president, passed off calmly.", "Sunday", "passed", FamilyDates.tuesday),
        Case("Last month, the strike, now in its third week, spread to the ports.", "Last month", "spread", FamilyDates.sunday),
        // (Not a subject with a verb of its own, nor a non-event subject, nor a noun with nothing after it.)
        Case("On Friday, the talks between the rivals ended.", "Friday", "ended", FamilyDates.tuesday),
        Case("On Thursday, the meeting ended, and the delegates left.", "Thursday", "ended", FamilyDates.friday),
        Case("On Friday, the minister, lasting hours, spoke.", "Friday", "spoke", FamilyDates.sunday),
        Case("On Monday, the talks.", "Monday", "talks", FamilyDates.tuesday),
        // "address" after an article or a possessive, past one modifier: a speech.
        Case("In a televised address on Friday, the president urged calm.", "Friday", "address", secondary: ["urged"],
             FamilyDates.sunday),
        Case("The queen gave her annual address on Christmas Day.", "Christmas Day", "address", secondary: ["gave"],
             FamilyDates.tuesday),
        Case("The mayor's address on Monday drew protests.", "Monday", "address", FamilyDates.friday),
        Case("In an address to the nation on Sunday, the king promised reforms.", "Sunday", "address", secondary: ["promised"],
             FamilyDates.tuesday),
        // (Not a place's address, nor the verb.)
        Case("Police found his home address on Tuesday.", "Tuesday", "found", FamilyDates.friday),
        Case("She changed her e-mail address last week.", "last week", "changed", FamilyDates.sunday),
        Case("The address of the embassy changed in March.", "March", "changed", FamilyDates.tuesday),
        Case("The president will address the nation on Friday.", "Friday", "address", FamilyDates.tuesday),
        // A progressive "considering" is the verb.
        Case("The minister on Tuesday was considering a sale of the stake.", "Tuesday", "considering", secondary: ["sale"],
             FamilyDates.friday),
        Case("The cabinet on Monday was still considering a merger of the two agencies.", "Monday", "considering",
             secondary: ["merger"], FamilyDates.sunday),
        // (Not the preposition.)
        Case("Considering the cost, the council on Monday rejected the plan.", "Monday", "rejected", FamilyDates.tuesday),
        // The noun an attributive date modifies ends before a preposition the lexicon does not list ("against", "outside").
        Case("The striker scored twice in Sunday's final against Spain.", "Sunday", "final", secondary: ["scored"],
             FamilyDates.tuesday),
        Case("Fans celebrated after Tuesday's semifinal against Brazil.", "Tuesday", "semifinal", FamilyDates.friday),
        Case("Congress tightened the 1996 embargo against Cuba.", "1996", "embargo", FamilyDates.sunday),
        // (An event noun there, as before.)
        Case("Monday's vote against the bill surprised analysts.", "Monday", "vote", FamilyDates.tuesday),
        // A scheduling participle after an event noun's "of" or "by" phrase dates the noun.
        Case("The launch of the satellite, planned for Thursday, was delayed by bad weather.", "Thursday", "launch",
             FamilyDates.friday),
        Case("A visit by the pope scheduled for May was postponed.", "May", "visit", FamilyDates.sunday),
        Case("The meeting of ministers planned for Monday was cancelled.", "Monday", "meeting", FamilyDates.tuesday),
        // (Not a noun that is no event, nor past an auxiliary: the planning's date.)
        Case("The cost of the rally planned for Monday was high.", "Monday", "rally", FamilyDates.friday),
        Case("The meeting of the council was planned for May.", "May", "planned", FamilyDates.sunday),
        // "expected" or "due" right before the date (past a preposition) after an event noun: the noun's event.
        Case("The verdict, expected next month, could lead to sanctions.", "next month", "verdict", FamilyDates.tuesday),
        Case("A decision expected on Friday could delay the project.", "Friday", "decision", FamilyDates.sunday),
        Case("Results due on Tuesday are likely to show a loss.", "Tuesday", "Results", FamilyDates.friday),
        Case("The ruling, expected by the end of June, could reshape the market.", "the end of June", "ruling",
             FamilyDates.tuesday),
        // (Not after a subject that is no event noun, nor a payment date.)
        Case("Analysts expected on Friday that the bank would cut rates.", "Friday", "expected", FamilyDates.sunday),
        Case("The notes, due in 2020, were sold on Monday.", "2020", "due", FamilyDates.tuesday),
    ]

    @Test(arguments: cases)
    func anchors(_ item: Case) throws { try EventAnchoringTests.check(item.anchor, on: item.dateline) }
}

@Suite("Event anchoring families, round 78")
struct FamilyNewsRound78AnchoringTests {
    typealias Case = FamilyNewsRound60AnchoringTests.Case

    static let cases: [Case] = [
        // A verb's plural present the lexicon lists ("votes", "returns", "falls") after a number is a count: no event, the
        // date is the verb's.
        Case("She won by 40 votes in 2004.", "2004", "won", FamilyDates.tuesday),
        Case("He lost the runoff by 200 votes in May.", "May", "lost", secondary: ["runoff"], FamilyDates.friday),
        Case("The bill passed with 60 votes on Thursday.", "Thursday", "passed", FamilyDates.sunday),
        Case("The measure failed by three votes on Monday.", "Monday", "failed", FamilyDates.tuesday),
        Case("The motion carried 52 votes to 48 on Friday.", "Friday", "carried", FamilyDates.sunday),
        // After a determiner or a past verb, or before "of", it is the noun.
        Case("Police found the votes in a warehouse on Monday.", "Monday", "found", secondary: ["votes"], FamilyDates.friday),
        Case("Investors saw returns of 8 percent in 2012.", "2012", "saw", secondary: ["returns"], FamilyDates.tuesday),
        Case("The fund posted returns of 12 percent in 2011.", "2011", "posted", secondary: ["returns"], FamilyDates.sunday),
        Case("The survey showed falls in prices in February.", "February", "showed", secondary: ["falls"], FamilyDates.friday),
        // (Not after its subject: the verb, as before; nor the noun itself next to the date.)
        Case("Parliament votes on the budget on Thursday.", "Thursday", "votes", FamilyDates.tuesday),
        Case("The show returns on Sunday.", "Sunday", "returns", FamilyDates.friday),
        Case("The votes were counted on Monday.", "Monday", "counted", FamilyDates.sunday),
        Case("The votes on Monday were close.", "Monday", "votes", FamilyDates.tuesday),
        Case("Rates rose in March.", "March", "rose", FamilyDates.friday),
        Case("The Cubs scored five runs in the ninth on Sunday.", "Sunday", "scored", FamilyDates.tuesday),
        // An -ing noun is no gerund: "the first inning".
        Case("Runs were scored in the first inning on Sunday.", "Sunday", "scored", FamilyDates.tuesday),
        Case("The Mets rallied in the ninth inning on Monday.", "Monday", "rallied", FamilyDates.friday),
        // A present in "s" between a subject after an article and its object's determiner is the verb.
        Case("The mayor signs the budget on Friday.", "Friday", "signs", FamilyDates.tuesday),
        Case("A judge hears the case on Thursday.", "Thursday", "hears", FamilyDates.sunday),
        Case("The alliance celebrates its anniversary in April.", "April", "celebrates", FamilyDates.friday),
        // (Not a compound's plural before a verb or a noun.)
        Case("The company shares rose on Monday.", "Monday", "rose", FamilyDates.tuesday),
        Case("The tax cuts took effect in January.", "January", "took", FamilyDates.sunday),
    ]

    @Test(arguments: cases)
    func anchors(_ item: Case) throws { try EventAnchoringTests.check(item.anchor, on: item.dateline) }
}

/// Round 87 (held-out news): the event a date is tied to when a calendar date modifies an event noun before a passive, a
/// copula or a future, an irregular past after a possessive, a light verb's event-noun object, a present in "s" before a
/// plain plural object, and the charge after "DATE with" or "DATE of".
@Suite("Family news round 87: anchoring")
struct FamilyNewsRound87AnchoringTests {
    typealias Case = FamilyNewsRound60AnchoringTests.Case

    static let cases: [Case] = [
        // A calendar date before an event noun of the lexicon dates the noun, not the passive, copula or future after it.
        Case("Officials said Thursday's explosion was caused by a gas leak.", "Thursday", "explosion", FamilyDates.tuesday),
        Case("Police said Monday's attack was carried out by two men.", "Monday", "attack", FamilyDates.friday),
        Case("Sunday's vote was marred by violence.", "Sunday", "vote", FamilyDates.tuesday),
        Case("Tuesday's meeting is expected to be tense.", "Tuesday", "meeting", FamilyDates.sunday),
        Case("The 2009 summit is still remembered as a failure.", "2009", "summit", FamilyDates.friday),
        // (Not a company's figures or a hyphenated period, as before. Before an active past a possessive date names its
        // event since round 100, a year before its noun does not: "The 1998 bombings killed more than 200".)
        Case("Sunday's attack killed 12 people.", "Sunday", "attack", FamilyDates.tuesday),
        Case("The 1998 bombings killed more than 200 people.", "1998", "killed", secondary: ["bombings"], FamilyDates.friday),
        Case("Last year's results were hurt by higher costs.", "Last year", "hurt", secondary: ["results"], FamilyDates.sunday),
        Case("Third-quarter net income rose 5 percent.", "Third-quarter", "rose", secondary: ["income"], FamilyDates.tuesday),
        Case("Lawmakers said Wednesday's vote was a setback for the president.", "Wednesday", "vote", FamilyDates.friday),
        // An irregular past after a possessive (and a modifier after a verb) is a noun; the content verb whose object it is
        // takes the date after it (past a particle too).
        Case("The company trimmed its forecast on Friday.", "Friday", "trimmed", secondary: ["forecast"], FamilyDates.tuesday),
        Case("British Airways cut its profit forecast on Monday.", "Monday", "cut", secondary: ["forecast"], FamilyDates.tuesday),
        Case("The union called off its strike on Wednesday.", "Wednesday", "called", secondary: ["strike"], FamilyDates.tuesday),
        // (Not after a light verb, whose object is the event; nor the object of a preposition; nor a plural subject's verb.)
        Case("The minister gave her speech on Monday.", "Monday", "speech", secondary: ["gave"], FamilyDates.tuesday),
        Case("Shares fell after its announcement on Tuesday.", "Tuesday", "announcement", FamilyDates.tuesday),
        Case("The union and its members cut ties on Friday.", "Friday", "cut", FamilyDates.tuesday),
        Case("The agency extended its deadline until Tuesday.", "Tuesday", "deadline", secondary: ["extended"], FamilyDates.friday),
        Case("Elian's mother died when their boat sank off the coast in November.", "November", "sank", secondary: ["died"],
             FamilyDates.tuesday),
        // A light verb's event-noun object is the event, past a place phrase.
        Case("The prime minister made a visit to Kabul on Sunday.", "Sunday", "visit", secondary: ["made"], FamilyDates.tuesday),
        Case("The pope paid a visit to the refugees in May.", "May", "visit", secondary: ["paid"], FamilyDates.tuesday),
        Case("Workers staged a protest outside parliament on Tuesday.", "Tuesday", "protest", secondary: ["staged"],
             FamilyDates.tuesday),
        // (Not "had", whose object may be a figure.)
        Case("The company had a loss of $5 million in March.", "March", "had", secondary: ["loss"], FamilyDates.tuesday),
        Case("Negotiators held talks on Saturday.", "Saturday", "talks", secondary: ["held"], FamilyDates.tuesday),
        // A present in "s" after a subject with an article, before a plain plural object and a preposition, is the verb.
        Case("The club signs players in January.", "January", "signs", FamilyDates.tuesday),
        Case("The ministry hires teachers in September.", "September", "hires", FamilyDates.tuesday),
        Case("The state pays pensions on Friday.", "Friday", "pays", FamilyDates.tuesday),
        // (Not a compound's plural before the verb.)
        Case("The company shares rose on Monday.", "Monday", "rose", FamilyDates.tuesday),
        Case("The city bus drivers struck on Monday.", "Monday", "struck", FamilyDates.tuesday),
        // A plain word in "s" after a date and "and", with a present in "s" before the date, is that verb's conjunct.
        Case("The festival opens on Friday and runs until Sunday.", "Sunday", "runs", secondary: ["opens"], FamilyDates.friday),
        Case("The club signs players in January and sells them in summer.", "summer", "sells", secondary: ["signs"],
             FamilyDates.friday),
        Case("The exhibition opens in May and moves to Berlin in June.", "June", "moves", secondary: ["opens"], FamilyDates.friday),
        // (Not a plural noun after "and" with no present before the date.)
        Case("Prices rose in March and costs fell in April.", "April", "fell", FamilyDates.friday),
        Case("The company reported profits in 2012 and losses in 2013.", "2013", "losses", FamilyDates.friday),
        // The charge after "DATE with" is the object of the verb before the date.
        Case("The suspect was charged on Friday with murder.", "Friday", "charged", FamilyDates.tuesday),
        Case("The mayor was accused last week of fraud.", "last week", "accused", FamilyDates.tuesday),
        Case("The trial opened on Tuesday with testimony from the victim.", "Tuesday", "opened", secondary: ["trial"],
             FamilyDates.tuesday),
        Case("The minister met on Monday with union leaders.", "Monday", "met", FamilyDates.tuesday),
    ]

    @Test(arguments: cases)
    func anchors(_ item: Case) throws { try EventAnchoringTests.check(item.anchor, on: item.dateline) }
}

/// Round 94 (whole invented stories): the event a date is tied to when it follows a document, a set of figures or a standing
/// ("results", "report", "rating", "earnings") that a verb issues or changes: the verb is the event, the noun its object.
@Suite("Family news round 94: anchoring")
struct FamilyNewsRound94AnchoringTests {
    typealias Case = FamilyNewsRound60AnchoringTests.Case

    static let cases: [Case] = [
        // A product noun right before the date (or its "on"), as a verb's object past an article, a possessive or modifiers,
        // dates the verb that issues or changes it.
        Case("The agency will publish its annual report on Thursday.", "Thursday", "publish", FamilyDates.tuesday),
        Case("Toyota will report quarterly results on Friday.", "Friday", "report", secondary: ["results"], FamilyDates.tuesday),
        Case("Nissan reported third-quarter earnings on Tuesday.", "Tuesday", "reported", FamilyDates.friday),
        Case("Fitch downgraded the country's credit rating last week.", "last week", "downgraded", FamilyDates.sunday),
        Case("S&P cut the bank's rating on Tuesday.", "Tuesday", "cut", FamilyDates.friday),
        Case("The airline announced its earnings on Tuesday.", "Tuesday", "announced", secondary: ["earnings"],
             FamilyDates.friday),
        // Past a "for" phrase of the period the figures cover: the period stays the noun's.
        Case("The retailer reported weaker sales for the holiday season on Monday.", "Monday", "reported", secondary: ["sales"],
             FamilyDates.tuesday),
        Case("The retailer reported weaker sales for the holiday season on Monday.", "the holiday season", "sales",
             secondary: ["reported"], FamilyDates.tuesday),
        Case("The bank will report its results for the third quarter on Thursday.", "Thursday", "report",
             secondary: ["results"], FamilyDates.tuesday),
        // (Not a light verb's event object; not a verb of expecting; nor before "in", a period the figures may cover; nor a
        // subject. Another event noun after "the" is a content verb's object since round 100: the verb is the event.)
        Case("Officials attended the meeting on Monday.", "Monday", "attended", secondary: ["meeting"], FamilyDates.tuesday),
        Case("Negotiators held talks on Saturday.", "Saturday", "talks", secondary: ["held"], FamilyDates.tuesday),
        Case("Analysts expect weak results on Thursday.", "Thursday", "results", FamilyDates.tuesday),
        Case("The company posted record sales in December.", "December", "sales", secondary: ["posted"], FamilyDates.friday),
        Case("The report on Thursday showed a rise in prices.", "Thursday", "showed", secondary: ["rise"], FamilyDates.friday),
    ]

    @Test(arguments: cases)
    func anchors(_ item: Case) throws { try EventAnchoringTests.check(item.anchor, on: item.dateline) }
}

/// Round 100: which event a date is tied to when a verb's object, an "of" phrase, a "be" of scheduling or a possessive stands
/// between them: "The board approved the deal on Monday" (approved), "The signing of the treaty on Friday ended the war"
/// (signing), "The vote is set for Thursday" (vote), "Saturday's fire destroyed three homes" (fire).
@Suite("Family news round 100: anchoring")
struct FamilyNewsRound100AnchoringTests {
    typealias Case = FamilyNewsRound60AnchoringTests.Case

    static let cases: [Case] = [
        // A content verb's object after "the" (not a light verb's event noun): the verb is the event.
        Case("The board approved the deal on Monday.", "Monday", "approved", secondary: ["deal"], FamilyDates.tuesday),
        Case("Regulators cleared the merger last week.", "last week", "cleared", secondary: ["merger"], FamilyDates.friday),
        Case("The court upheld the ruling on Thursday.", "Thursday", "upheld", secondary: ["ruling"], FamilyDates.sunday),
        Case("Shareholders endorsed the merger on Monday.", "Monday", "endorsed", secondary: ["merger"], FamilyDates.tuesday),
        Case("The army repelled the attack on Wednesday.", "Wednesday", "repelled", secondary: ["attack"], FamilyDates.friday),
        Case("The minister defended the decision on Monday.", "Monday", "defended", secondary: ["decision"], FamilyDates.tuesday),
        Case("Rebels launched the offensive in January.", "January", "launched", secondary: ["offensive"], FamilyDates.sunday),
        Case("Negotiators held talks on Thursday.", "Thursday", "talks", secondary: ["held"], FamilyDates.friday),
        Case("The party held its congress in January.", "January", "held", FamilyDates.tuesday),
        Case("The president made a visit to Kabul on Friday.", "Friday", "visit", secondary: ["made"], FamilyDates.sunday),
        // An opening subject's "of" phrase holding the date: the subject's event noun (not a figure or a change in one).
        Case("The signing of the treaty on Friday ended the war.", "Friday", "signing", FamilyDates.tuesday),
        Case("The opening of the bridge in May drew crowds.", "May", "opening", FamilyDates.friday),
        Case("The collapse of the bank in 2008 shook markets.", "2008", "collapse", FamilyDates.sunday),
        Case("The death of the singer last week stunned fans.", "last week", "death", FamilyDates.tuesday),
        Case("The release of the hostages on Tuesday was welcomed.", "Tuesday", "release", FamilyDates.friday),
        Case("The closure of the plant in April cost 500 jobs.", "April", "closure", FamilyDates.sunday),
        Case("Officials said the arrest of the mayor on Monday shocked the city.", "Monday", "arrest", FamilyDates.tuesday),
        Case("The price of oil in March rose sharply.", "March", "rose", FamilyDates.friday),
        Case("Sales of new homes in February fell 4.6 percent.", "February", "fell", FamilyDates.sunday),
        Case("The head of the bank in 2008 resigned.", "2008", "resigned", FamilyDates.tuesday),
        Case("A rise of 3 percent in March surprised economists.", "March", "surprised", FamilyDates.friday),
        // "is set for", "is expected by", "is scheduled for", "is due on" (present or future "be"): the subject's event noun;
        // not a past "was planned for" (the plan is reported), an infinitive after it, nor a person "due in" a place.
        Case("The vote is set for Thursday.", "Thursday", "vote", FamilyDates.tuesday),
        Case("A ruling is expected by June.", "June", "ruling", FamilyDates.friday),
        Case("The hearing is scheduled for Monday.", "Monday", "hearing", FamilyDates.sunday),
        Case("The payment is due on Friday.", "Friday", "payment", FamilyDates.tuesday),
        Case("A decision is expected on Tuesday.", "Tuesday", "decision", FamilyDates.friday),
        Case("The election has been scheduled for November.", "November", "election", FamilyDates.sunday),
        Case("The sentencing is slated for next month.", "next month", "sentencing", FamilyDates.tuesday),
        Case("The trial is set to begin in April.", "April", "begin", secondary: ["trial"], FamilyDates.friday),
        // (The verb after "to" right before its figures since round 118; was "earnings".)
        Case("The company is expected to report earnings on Thursday.", "Thursday", "report", secondary: ["earnings"],
             FamilyDates.sunday),
        Case("The accession was planned for early March.", "early March", "planned", FamilyDates.tuesday),
        Case("The minister is due in Brussels on Monday.", "Monday", "due", FamilyDates.friday),
        // A possessive date names its event before an active past verb, news nouns and derived nouns the lexicon misses too;
        // not a company's figures, a person, a figure, nor a year before its noun.
        Case("Saturday's fire destroyed three homes.", "Saturday", "fire", FamilyDates.tuesday),
        Case("Sunday's blaze killed two people.", "Sunday", "blaze", FamilyDates.friday),
        Case("Last week's floods displaced thousands.", "Last week", "floods", FamilyDates.sunday),
        Case("Tuesday's shooting left four dead.", "Tuesday", "shooting", FamilyDates.tuesday),
        Case("Monday's earthquake damaged hundreds of buildings.", "Monday", "earthquake", FamilyDates.friday),
        Case("Last year's drought hurt farmers.", "Last year", "drought", FamilyDates.sunday),
        Case("Saturday's derailment blocked the line.", "Saturday", "derailment", FamilyDates.tuesday),
        Case("Thursday's riots left 12 dead.", "Thursday", "riots", FamilyDates.friday),
        Case("Wednesday's approval came after months of talks.", "Wednesday", "approval", FamilyDates.sunday),
        Case("Last year's results were hurt by costs.", "Last year", "hurt", secondary: ["results"], FamilyDates.tuesday),
        Case("Last year's champion won again on Sunday.", "Last year", "won", FamilyDates.friday),
        Case("Last year's average fell.", "Last year", "fell", FamilyDates.sunday),
        Case("Friday's edition carried the story.", "Friday", "carried", FamilyDates.tuesday),
        Case("The 1998 bombings killed more than 200.", "1998", "killed", secondary: ["bombings"], FamilyDates.tuesday),
        // A report's day after a "for" phrase of a period whose noun names it, past a glued name ("iPhone").
        Case("Apple reported record iPhone sales for the holiday quarter on Monday.", "Monday", "reported", FamilyDates.tuesday),
        Case("Apple reported record iPhone sales for the holiday quarter on Monday.", "the holiday quarter", "sales", FamilyDates.friday),
        // ... and a company's profit or revenue is such a figure too (the period stays the noun's; a subject keeps its verb).
        Case("The company reported higher profit for the first quarter on Thursday.", "Thursday", "reported",
             secondary: ["profit"], FamilyDates.tuesday),
        Case("The company reported higher profit for the first quarter on Thursday.", "the first quarter", "profit",
             secondary: ["reported"], FamilyDates.sunday),
        Case("The retailer posted record revenues for the holiday season on Monday.", "Monday", "posted", FamilyDates.sunday),
        Case("Profit rose on Monday.", "Monday", "rose", secondary: ["Profit"], FamilyDates.friday),
    ]

    @Test(arguments: cases)
    func anchors(_ item: Case) throws { try EventAnchoringTests.check(item.anchor, on: item.dateline) }
}

/// Round 106: a present in "s" the lexicon does not take for a verb ("runs", "lasts", "peaks", "premieres", "reopens")
/// between a subject opening with an article or a possessive and a preposition is the clause's verb (was no event, or the
/// subject); not a compound's plural with a verb after it ("The bus routes in May changed"), nor an object's plural. A noun or
/// a verb in "-ly" ("rally", "assembly", "supply") is no adverb skipped before a possessive date's head or after a modal.
@Suite("Family news round 106: intransitive presents before a preposition, nouns in -ly")
struct FamilyNewsRound106AnchoringTests {
    typealias Case = FamilyNewsRound60AnchoringTests.Case

    static let cases: [Case] = [
        // A present in "s" after an opening subject, before its preposition's date.
        Case("The exhibition runs until Jan. 15.", "Jan. 15", "runs", FamilyDates.friday),
        Case("The rainy season usually lasts until September.", "September", "lasts", FamilyDates.tuesday),
        Case("The flu season peaks in January.", "January", "peaks", FamilyDates.sunday),
        Case("The singer's tour runs through August.", "August", "runs", FamilyDates.tuesday),
        Case("The show's third season premieres in the spring.", "the spring", "premieres", FamilyDates.friday),
        Case("The contract runs through 2027.", "2027", "runs", FamilyDates.sunday),
        Case("The museum reopens in May.", "May", "reopens", FamilyDates.tuesday),
        Case("The pollen count peaks in April.", "April", "peaks", FamilyDates.friday),
        Case("The ship docks in Lisbon on Friday.", "Friday", "docks", FamilyDates.sunday),
        Case("The band's residency continues through December.", "December", "continues", FamilyDates.tuesday),
        Case("Officials said the gallery reopens in May.", "May", "reopens", FamilyDates.friday),
        Case("The drought persists into the summer.", "the summer", "persists", FamilyDates.sunday),
        Case("The series airs on Sunday.", "Sunday", "airs", FamilyDates.tuesday),
        Case("This year's festival runs until Aug. 27.", "Aug. 27", "runs", FamilyDates.sunday),
        // Near misses: a compound's plural before a verb; an object's plural; a preposition before a plain noun.
        Case("The bus routes in May changed.", "May", "changed", FamilyDates.tuesday),
        Case("The company shares on Monday fell.", "Monday", "fell", FamilyDates.friday),
        Case("The price spikes in 2008 hurt consumers.", "2008", "hurt", FamilyDates.sunday),
        Case("The economy created jobs at a fast pace in January.", "January", "created", FamilyDates.tuesday),
        Case("The agreement also provides for potential payments over the next two years.", "the next two years", "payments",
             FamilyDates.friday),
        // A noun or a verb in "-ly": the possessive date's head, the modal's verb.
        Case("Tuesday's rally drew thousands of people.", "Tuesday", "rally", FamilyDates.friday),
        Case("Last month's assembly of bishops ended on Sunday.", "Last month", "assembly", FamilyDates.friday),
        Case("The firm will supply the parts in May.", "May", "supply", FamilyDates.tuesday),
        Case("The ministry will reply to the letter next week.", "next week", "reply", FamilyDates.friday),
        // Near misses: adjectives and adverbs in "-ly" are still skipped.
        Case("Last week's deadly blasts killed 12.", "Last week", "blasts", FamilyDates.sunday),
        Case("Friday's highly publicized trial ended.", "Friday", "trial", secondary: ["publicized"], FamilyDates.sunday),
    ]

    @Test(arguments: cases)
    func anchors(_ item: Case) throws { try EventAnchoringTests.check(item.anchor, on: item.dateline) }
}

@Suite("Family news round 111: a relative clause after the date; a verb's object after 'a'/'an'")
struct FamilyNewsRound111AnchoringTests {
    typealias Case = FamilyNewsRound60AnchoringTests.Case

    static let cases: [Case] = [
        // A relative clause after the date describes the object before it: the date is the main verb's.
        Case("Researchers unveiled a quantum computer on Thursday that they say could crack codes.", "Thursday", "unveiled",
             FamilyDates.friday),
        Case("The court overturned a ruling on Monday that critics said had gagged the press.", "Monday", "overturned", secondary: ["ruling"],
             FamilyDates.tuesday),
        // Near misses: after a verb or a cleft "was", the clause is the date's.
        Case("He said on Monday that he would resign.", "Monday", "said", secondary: ["resign"], FamilyDates.tuesday),
        Case("It was in 2010 that the company first turned a profit.", "2010", "turned", secondary: ["profit"], FamilyDates.sunday),
        Case("The vote on Monday that ended the strike surprised many.", "Monday", "vote", FamilyDates.friday),
        // A content verb's event-noun object after "a"/"an": the date is the verb's.
        Case("The union called a strike on Thursday.", "Thursday", "called", secondary: ["strike"], FamilyDates.friday),
        Case("Parliament approved a referendum in May.", "May", "approved", secondary: ["referendum"], FamilyDates.sunday),
        Case("The council approved a budget increase last week.", "last week", "approved", secondary: ["increase"], FamilyDates.tuesday),
        Case("The workers called a walkout on Monday.", "Monday", "called", secondary: ["walkout"], FamilyDates.friday),
        // Near misses: a light verb's object is the event; "for" gives the noun its own period.
        Case("The club took a vote on Monday.", "Monday", "vote", secondary: ["took"], FamilyDates.friday),
        Case("The prime minister paid a visit to Kabul on Sunday.", "Sunday", "visit", secondary: ["paid"], FamilyDates.tuesday),
        Case("Analysts forecast an earnings increase for the full year.", "the full year", "increase", secondary: ["forecast"], FamilyDates.sunday),
    ]

    @Test(arguments: cases)
    func anchors(_ item: Case) throws { try EventAnchoringTests.check(item.anchor, on: item.dateline) }
}

/// Round 114: the event-noun object of an announcing verb ("announced a merger", "reported a surge in cases") or of a verb
/// after a modal ("will publish its annual report") no longer takes the date from its verb.
struct FamilyNewsRound114AnchoringTests {
    typealias Case = FamilyNewsRound60AnchoringTests.Case

    static let cases: [Case] = [
        // An announcing verb's object: the date is the announcement's.
        Case("The band announced a reunion tour on Monday.", "Monday", "announced", secondary: ["tour"], FamilyDates.tuesday),
        Case("The company announced a merger on Wednesday.", "Wednesday", "announced", secondary: ["merger"], FamilyDates.friday),
        Case("Officials confirmed an agreement on Sunday.", "Sunday", "confirmed", secondary: ["agreement"], FamilyDates.tuesday),
        Case("The club confirmed a new signing on Friday.", "Friday", "confirmed", FamilyDates.sunday),
        Case("The ministry reported a surge in cases on Tuesday.", "Tuesday", "reported", secondary: ["surge"], FamilyDates.friday),
        Case("The airline disclosed its losses on Monday.", "Monday", "disclosed", secondary: ["losses"], FamilyDates.friday),
        // A verb after a modal: its object is what it will bring out.
        Case("The firm will publish its annual report in January.", "January", "publish", FamilyDates.sunday),
        Case("The board could announce a decision on Friday.", "Friday", "announce", secondary: ["decision"], FamilyDates.tuesday),
        // Near misses: a light or opening verb's object is the event; a reported clause's subject keeps its date; "that" after
        // the date; a company's period is its figure's.
        Case("The two sides held talks on Thursday.", "Thursday", "talks", secondary: ["held"], FamilyDates.friday),
        Case("The army launched an offensive last week.", "last week", "offensive", secondary: ["launched"], FamilyDates.tuesday),
        Case("The company announced on Monday that it would close the plant.", "Monday", "announced", secondary: ["close"],
             FamilyDates.friday),
        Case("Police said the attack on Monday killed 12 people.", "Monday", "attack", FamilyDates.friday),
        Case("Officials reported the fire on Tuesday destroyed three homes.", "Tuesday", "destroyed", FamilyDates.friday),
        Case("The retailer reported a profit in the third quarter.", "the third quarter", "profit", secondary: ["reported"],
             FamilyDates.sunday),
    ]

    @Test(arguments: cases)
    func anchors(_ item: Case) throws { try EventAnchoringTests.check(item.anchor, on: item.dateline) }
}

/// Round 118: an infinitive or an announcing verb against its possessive object, a scheduled subject's head, an opening
/// subject's event noun right before its date, and a possessive date on a noun that names no event before a reporting verb.
struct FamilyNewsRound118AnchoringTests {
    typealias Case = FamilyNewsRound60AnchoringTests.Case

    static let cases: [Case] = [
        // An infinitive or an announcing verb against its possessive object: the date is the verb's.
        Case("The company plans to release its results in February.", "February", "release", secondary: ["results"],
             FamilyDates.sunday),
        Case("The ministry aims to publish its report in March.", "March", "publish", FamilyDates.friday),
        Case("The firm plans to complete its merger by December.", "December", "complete", secondary: ["merger"],
             FamilyDates.tuesday),
        Case("The bank confirmed its earnings forecast on Friday.", "Friday", "confirmed", secondary: ["earnings"],
             FamilyDates.tuesday),
        Case("The company confirmed its sales forecast on Tuesday.", "Tuesday", "confirmed", secondary: ["sales"],
             FamilyDates.sunday),
        Case("The airline reported its passenger numbers on Monday.", "Monday", "reported", FamilyDates.friday),
        Case("The group plans to publish its annual results in March.", "March", "publish", secondary: ["results"],
             FamilyDates.sunday),
        // A scheduled subject: the head before its phrase, or an event word after an article, is the event.
        Case("A vote on the bill is expected next week.", "next week", "vote", FamilyDates.tuesday),
        Case("The report is due in May.", "May", "report", FamilyDates.friday),
        Case("A decision on the merger is expected by June.", "June", "decision", FamilyDates.tuesday),
        Case("A deal on the budget is due by the end of the week.", "the end of the week", "deal", FamilyDates.sunday),
        Case("The inquiry report is expected in the autumn.", "the autumn", "report", FamilyDates.tuesday),
        Case("A ruling on the appeal is expected on Friday.", "Friday", "ruling", FamilyDates.tuesday),
        Case("The launch of the probe is scheduled for March.", "March", "launch", FamilyDates.friday),
        Case("The minister's report is due in June.", "June", "report", FamilyDates.tuesday),
        // An opening subject's event noun right before its date, past a place phrase or after a possessive.
        Case("Negotiations in Geneva on Wednesday made progress.", "Wednesday", "Negotiations", FamilyDates.friday),
        Case("Talks in Paris on Monday ended without a deal.", "Monday", "Talks", FamilyDates.tuesday),
        Case("Protests across the country on Saturday drew thousands.", "Saturday", "Protests", FamilyDates.sunday),
        Case("Elections in March gave the party a majority.", "March", "Elections", FamilyDates.friday),
        Case("Floods in the north last month displaced thousands.", "last month", "Floods", FamilyDates.tuesday),
        Case("Fighting in the east last week killed dozens.", "last week", "Fighting", FamilyDates.sunday),
        Case("The strike at the port last month cost millions.", "last month", "strike", FamilyDates.friday),
        Case("The storm's arrival on Monday forced closures.", "Monday", "arrival", FamilyDates.tuesday),
        Case("The president's visit in March angered Beijing.", "March", "visit", FamilyDates.friday),
        Case("The bank's collapse in 2008 shook markets.", "2008", "collapse", FamilyDates.sunday),
        // A possessive date on a noun that names no event, before a reporting verb: the date is the report's.
        Case("Monday's newspaper reported the deal.", "Monday", "reported", secondary: ["deal"], FamilyDates.friday),
        Case("Sunday's newspapers said the minister would resign.", "Sunday", "said", FamilyDates.tuesday),
        // A verb after "to" or a modal right before its figures; reviews and inquiries; a place phrase with "between" or "and".
        Case("The company is expected to report earnings on Tuesday.", "Tuesday", "report", secondary: ["earnings"],
             FamilyDates.friday),
        Case("The bank will report results on Thursday.", "Thursday", "report", secondary: ["results"], FamilyDates.sunday),
        Case("The review is due next year.", "next year", "review", FamilyDates.tuesday),
        Case("An inquiry into the crash is expected next year.", "next year", "inquiry", FamilyDates.friday),
        Case("Last year's review found no fault.", "Last year", "review", FamilyDates.sunday),
        Case("Talks between the two sides on Tuesday ended in deadlock.", "Tuesday", "Talks", FamilyDates.friday),
        Case("Protests in Paris and Lyon on Saturday drew thousands.", "Saturday", "Protests", FamilyDates.tuesday),
        // Near misses: a light verb's object, a clause after the object, a person or a bill that is due, a past plan, a
        // figure's change, a subject that names no event, a possessive date on an event noun or a thing.
        Case("The party hopes to hold its congress in May.", "May", "hold", FamilyDates.sunday),
        Case("The lender confirmed its profits rose in March.", "March", "rose", FamilyDates.friday),
        Case("The company released its results in February.", "February", "released", secondary: ["results"],
             FamilyDates.tuesday),
        Case("The minister is due in Brussels on Monday.", "Monday", "due", FamilyDates.friday),
        Case("The rent is due on Monday.", "Monday", "due", FamilyDates.sunday),
        Case("The accession was planned for early March.", "early March", "planned", FamilyDates.tuesday),
        Case("Prices in Germany in March rose.", "March", "rose", FamilyDates.friday),
        Case("Inflation in March rose to 5 percent.", "March", "rose", FamilyDates.sunday),
        Case("Officials in Geneva on Wednesday said talks made progress.", "Wednesday", "said", secondary: ["talks"],
             FamilyDates.tuesday),
        Case("Police in Paris on Monday arrested three men.", "Monday", "arrested", FamilyDates.friday),
        Case("Saturday's fire destroyed three homes.", "Saturday", "fire", FamilyDates.tuesday),
        Case("Tuesday's statement confirmed the merger.", "Tuesday", "statement", FamilyDates.friday),
        Case("Friday's edition carried the story.", "Friday", "carried", FamilyDates.sunday),
        Case("Prices and wages in March rose.", "March", "rose", FamilyDates.sunday),
        Case("The firm posted record sales in December.", "December", "sales", secondary: ["posted"], FamilyDates.friday),
    ]

    @Test(arguments: cases)
    func anchors(_ item: Case) throws { try EventAnchoringTests.check(item.anchor, on: item.dateline) }
}

/// Round 125: new desks (press releases, markets, schools, obituaries). A document or figure in an event noun's "of" phrase,
/// an opening subject's infinitive, a company's figure after a possessive, a possessive date's head that names no event
/// before its "of" phrase and a verb, a schedule's plural present after a plural noun, an event noun subject before its
/// verb and a bare date, and "host" as a light verb.
struct FamilyNewsRound125AnchoringTests {
    typealias Case = FamilyNewsRound60AnchoringTests.Case

    static let cases: [Case] = [
        // A document or figure in an event noun's "of" phrase: the noun is the event.
        Case("The company plans a release of its results in February.", "February", "release", FamilyDates.sunday),
        Case("The agency ordered the publication of the report in May.", "May", "publication", secondary: ["ordered"],
             FamilyDates.friday),
        // An opening subject's infinitive holding the date, before the predicate: the infinitive is the event.
        Case("The plan to release the results in February was dropped.", "February", "release", secondary: ["results"],
             FamilyDates.sunday),
        Case("The decision to close the plant next year angered workers.", "next year", "close", FamilyDates.friday),
        Case("The proposal to raise taxes in 2024 was rejected.", "2024", "raise", FamilyDates.tuesday),
        // A company's figure after a possessive modifies the object; the verb before it is the event.
        Case("The bank confirmed its profit outlook on Friday.", "Friday", "confirmed", secondary: ["profit"], FamilyDates.tuesday),
        Case("The firm raised its sales forecast on Tuesday.", "Tuesday", "raised", secondary: ["forecast"], FamilyDates.friday),
        // A possessive date's head that names no event, before its "of" phrase and a verb: the verb is the event.
        Case("Friday's edition of the paper reported the deal.", "Friday", "reported", secondary: ["deal"], FamilyDates.tuesday),
        Case("Monday's issue of the magazine carried the interview.", "Monday", "carried", secondary: ["interview"],
             FamilyDates.friday),
        Case("Saturday's edition of the newspaper carried the story.", "Saturday", "carried", FamilyDates.sunday),
        Case("Last week's issue of the journal published the study.", "Last week", "published", FamilyDates.tuesday),
        // A schedule's plural present after a plural noun is the verb.
        Case("Classes resume on Monday.", "Monday", "resume", FamilyDates.friday),
        Case("Flights resume on Monday.", "Monday", "resume", FamilyDates.tuesday),
        Case("Schools reopen next week after the holiday.", "next week", "reopen", FamilyDates.sunday),
        Case("Lawmakers reconvene on Tuesday.", "Tuesday", "reconvene", FamilyDates.friday),
        Case("The senators convene on Friday.", "Friday", "convene", FamilyDates.sunday),
        Case("Banks reopen on Wednesday.", "Wednesday", "reopen", FamilyDates.tuesday),
        Case("Trains depart every hour on Sunday.", "Sunday", "depart", FamilyDates.friday),
        Case("Talks resume in Geneva on Monday.", "Monday", "resume", secondary: ["Talks"], FamilyDates.sunday),
        // An event noun subject before its verb and a bare date: the verb is the event (the aspectual verb's subject stays a
        // secondary trigger).
        Case("Negotiations ended last week.", "last week", "ended", secondary: ["Negotiations"], FamilyDates.tuesday),
        Case("Hearings began Monday.", "Monday", "began", secondary: ["Hearings"], FamilyDates.friday),
        Case("Hearings resume next week.", "next week", "resume", secondary: ["Hearings"], FamilyDates.sunday),
        Case("The strike ended Tuesday.", "Tuesday", "ended", secondary: ["strike"], FamilyDates.friday),
        // "host" is a light verb: its event-noun object is the event, the verb a secondary trigger.
        Case("The company will host a conference call on Thursday.", "Thursday", "call", secondary: ["host"], FamilyDates.tuesday),
        Case("The firm will host its annual meeting in May.", "May", "meeting", secondary: ["host"], FamilyDates.friday),
        Case("The network hosted the debate last week.", "last week", "debate", secondary: ["hosted"], FamilyDates.sunday),
        // Near misses: an event noun's own "of" phrase, an infinitive after a verb, a singular modifier, a possessive date on
        // an event noun, "resume" as a noun, a light verb's object, obituaries and markets.
        Case("Investors await the publication of the minutes on Wednesday.", "Wednesday", "publication", FamilyDates.tuesday),
        Case("The company plans to cut jobs next year.", "next year", "cut", FamilyDates.friday),
        Case("The retailer raised its profit forecast on Thursday.", "Thursday", "raised", secondary: ["forecast"],
             FamilyDates.tuesday),
        Case("The insurer cut its earnings guidance on Monday.", "Monday", "cut", secondary: ["earnings"], FamilyDates.friday),
        Case("Sunday's bombing of the embassy killed 12 people.", "Sunday", "bombing", FamilyDates.tuesday),
        Case("Tuesday's meeting of the board approved the deal.", "Tuesday", "meeting", FamilyDates.friday),
        Case("Sunday's broadcast of the show drew 10 million viewers.", "Sunday", "broadcast", FamilyDates.sunday),
        Case("The resume was updated in March.", "March", "updated", FamilyDates.sunday),
        Case("His resume lists a job in 2010.", "2010", nil, FamilyDates.friday),
        Case("The contracts expire in June.", "June", "expire", FamilyDates.tuesday),
        Case("Voting began Sunday.", "Sunday", "began", FamilyDates.tuesday),
        Case("The company held talks Friday.", "Friday", "talks", secondary: ["held"], FamilyDates.friday),
        Case("The actor died on Tuesday at 87.", "Tuesday", "died", FamilyDates.friday),
        Case("She retired in 2010.", "2010", "retired", FamilyDates.sunday),
        Case("Shares closed up 2% on Friday.", "Friday", "closed", FamilyDates.tuesday),
        Case("The museum reopens in May.", "May", "reopens", FamilyDates.friday),
        Case("The president hosted a dinner for the visitors on Friday.", "Friday", "hosted", FamilyDates.tuesday),
    ]

    @Test(arguments: cases)
    func anchors(_ item: Case) throws { try EventAnchoringTests.check(item.anchor, on: item.dateline) }
}

/// Round 131: round 125's leftovers and a sweep of sports, weather, courts, science, elections and transport copy — a perception
/// verb's bare verb, a verb before its object's "unchanged", a clock time after a day's "at", a present in "s" before "a", a
/// team's plural verb between two names after "the".
struct FamilyNewsRound131AnchoringTests {
    typealias Case = FamilyNewsRound60AnchoringTests.Case

    static let cases: [Case] = [
        // A perception verb's object does what the date dates: the bare verb after the object is the event.
        Case("She saw her rival lose on Friday.", "Friday", "lose", FamilyDates.tuesday),
        Case("Fans watched their team fall on Sunday.", "Sunday", "fall", secondary: ["watched"], FamilyDates.friday),
        Case("Crowds watched the runners cross the line on Saturday.", "Saturday", "cross", FamilyDates.sunday),
        Case("He watched his horse beat the favourite on Tuesday.", "Tuesday", "beat", secondary: ["watched"], FamilyDates.friday),
        Case("The coach saw his side lead the league last season.", "last season", "lead", FamilyDates.tuesday),
        Case("Fans watched Real Madrid win on Sunday.", "Sunday", "win", FamilyDates.sunday),
        Case("She saw him win the title last year.", "last year", "win", FamilyDates.friday),
        Case("The company saw its profits rise last year.", "last year", "rise", secondary: ["saw"], FamilyDates.tuesday),
        // An adjective of no change is no event: the verb before the object is.
        Case("The central bank left rates unchanged on Wednesday.", "Wednesday", "left", FamilyDates.friday),
        Case("The committee left its forecast unchanged on Tuesday.", "Tuesday", "left", secondary: ["forecast"],
             FamilyDates.sunday),
        Case("The Fed held rates unchanged on Wednesday.", "Wednesday", "held", FamilyDates.tuesday),
        Case("Prices remained unchanged in March.", "March", "remained", FamilyDates.friday),
        // A clock time after a day's "at" dates what the day dates.
        Case("The company will host a conference call on Thursday at 10 a.m.", "10 a.m.", "call", secondary: ["host"],
             FamilyDates.tuesday),
        Case("The team will play a home game on Friday at 7 p.m.", "7 p.m.", "game", secondary: ["play"], FamilyDates.sunday),
        // A present in "s" after an article's subject, before "a" and a phrase that reaches a day's "on", is the verb.
        Case("The city hosts a marathon on Sunday.", "Sunday", "hosts", FamilyDates.friday),
        Case("The club hosts a fundraiser on Saturday.", "Saturday", "hosts", FamilyDates.tuesday),
        Case("The band plays a free concert in the park on Friday.", "Friday", "plays", secondary: ["concert"],
             FamilyDates.sunday),
        // A team's plural verb between "the" and a name on both sides is the verb.
        Case("The Lakers face the Celtics on Saturday.", "Saturday", "face", FamilyDates.tuesday),
        Case("The Heat host the Knicks on Sunday.", "Sunday", "host", FamilyDates.friday),
        Case("The Yankees play the Red Sox on Friday.", "Friday", "play", FamilyDates.sunday),
        // Near misses: no verb after the perception verb's object, a copula's "unchanged", other clock times, a year after
        // "a" and its noun.
        Case("She saw the film on Friday.", "Friday", "saw", FamilyDates.tuesday),
        Case("He watched the game in Paris on Sunday.", "Sunday", "watched", secondary: ["game"], FamilyDates.friday),
        Case("She saw her on Friday.", "Friday", "saw", FamilyDates.sunday),
        Case("Witnesses saw the team bus on Monday.", "Monday", "saw", FamilyDates.tuesday),
        Case("Neighbours heard a loud bang on Thursday.", "Thursday", "heard", FamilyDates.friday),
        Case("Rates were unchanged on Wednesday.", "Wednesday", "unchanged", FamilyDates.sunday),
        Case("The company unveiled a new phone on Monday.", "Monday", "unveiled", FamilyDates.tuesday),
        Case("The museum displays a campaign poster from 1989.", "1989", "campaign", FamilyDates.friday),
        Case("The board will hold a meeting on Monday at 9 a.m.", "9 a.m.", "meeting", secondary: ["hold"], FamilyDates.sunday),
        Case("Police arrested the man on March 3 at 3 p.m.", "3 p.m.", "arrested", FamilyDates.tuesday),
        Case("The leaders met on Tuesday at noon.", "noon", "met", FamilyDates.friday),
        Case("The mayor opens a new library on Monday.", "Monday", "opens", FamilyDates.sunday),
        Case("The Warriors meet the Suns on Tuesday.", "Tuesday", "meet", FamilyDates.friday),
        Case("The Times reported the story on Monday.", "Monday", "reported", FamilyDates.tuesday),
    ]

    @Test(arguments: cases)
    func anchors(_ item: Case) throws { try EventAnchoringTests.check(item.anchor, on: item.dateline) }
}

/// Round 135: round 131's leftovers, then sports fixtures, weather, courts, science and transport. A plural present that is a
/// noun too ("play", "travel", "fly", "face") after a plural noun and before what opens its predicate, and a present in "s"
/// after a subject that is a holiday's first word ("The president leads"), are the verb; sports, weather, courts and launch
/// nouns ("kickoff", "landfall", "sentencing", "snowfall", "touchdown") are event nouns; an event noun after a possessive or
/// "the" and two modifiers is the object of the verb before it, whose date it is.
struct FamilyNewsRound135AnchoringTests {
    typealias Case = FamilyNewsRound60AnchoringTests.Case

    static let cases: [Case] = [
        // A plural present that is a noun too, after a plural noun and before an adverb, a particle, an article or a
        // preposition; a present in "s" after a holiday's first word ("president").
        Case("The two sides play again on Thursday.", "Thursday", "play", FamilyDates.tuesday),
        Case("The players travel to Madrid on Wednesday.", "Wednesday", "travel", FamilyDates.friday),
        Case("The astronauts fly back to Earth on Tuesday.", "Tuesday", "fly", FamilyDates.sunday),
        Case("The two teams face each other on Sunday.", "Sunday", "face", FamilyDates.tuesday),
        Case("The president leads a delegation to China on Monday.", "Monday", "leads", FamilyDates.friday),
        // Sports, weather, courts and launch nouns are events: after a light verb, as a subject before its date or "is".
        Case("The hurricane made landfall on Tuesday.", "Tuesday", "landfall", secondary: ["made"], FamilyDates.sunday),
        Case("Hurricane Ida made landfall in Louisiana on Thursday.", "Thursday", "landfall", secondary: ["made"],
             FamilyDates.tuesday),
        Case("The storm is expected to make landfall on Wednesday.", "Wednesday", "landfall", secondary: ["make"],
             FamilyDates.friday),
        Case("Kickoff is at 8 p.m.", "8 p.m.", "Kickoff", FamilyDates.sunday),
        Case("The kickoff is at 3 p.m. on Saturday.", "Saturday", "kickoff", FamilyDates.tuesday),
        Case("The judge set sentencing for May 2.", "May 2", "sentencing", secondary: ["set"], FamilyDates.friday),
        Case("His sentencing on Thursday drew a crowd.", "Thursday", "sentencing", FamilyDates.sunday),
        Case("Sentencing is set for June 5.", "June 5", "Sentencing", FamilyDates.tuesday),
        Case("The cyclone's landfall on Saturday flattened villages.", "Saturday", "landfall", FamilyDates.friday),
        Case("Heavy snowfall on Monday closed schools.", "Monday", "snowfall", FamilyDates.sunday),
        Case("Record rainfall on Sunday flooded streets.", "Sunday", "rainfall", FamilyDates.tuesday),
        Case("A heatwave in July killed hundreds.", "July", "heatwave", FamilyDates.friday),
        Case("The rover's touchdown on Monday was flawless.", "Monday", "touchdown", FamilyDates.sunday),
        // An event noun after a possessive or "the" and two modifiers is the verb's object: the verb is the event.
        Case("The team lost its third straight game on Wednesday.", "Wednesday", "lost", secondary: ["game"], FamilyDates.tuesday),
        Case("The team won its fifth straight match on Saturday.", "Saturday", "won", secondary: ["match"], FamilyDates.friday),
        Case("The team lost the third straight game on Wednesday.", "Wednesday", "lost", secondary: ["game"], FamilyDates.sunday),
        Case("The team lost its big final game on Wednesday.", "Wednesday", "lost", secondary: ["game"], FamilyDates.tuesday),
        // Near misses: "close to", a plural noun's compound, verbs the lexicon knew, schedule predicates of nouns it does not
        // know, a light verb's object, "a" and two modifiers, a particle among the modifiers, a motion verb.
        Case("Homes close to the river flooded on Monday.", "Monday", "flooded", FamilyDates.friday),
        Case("Their travel plans changed on Monday.", "Monday", "changed", FamilyDates.sunday),
        Case("The two clubs meet again on Saturday.", "Saturday", "meet", FamilyDates.tuesday),
        Case("The delegates vote again on Friday.", "Friday", "vote", FamilyDates.friday),
        Case("The president visits the troops on Friday.", "Friday", "visits", FamilyDates.sunday),
        Case("The play opens on Thursday.", "Thursday", "opens", FamilyDates.tuesday),
        Case("Graduation is scheduled for May 20.", "May 20", "scheduled", FamilyDates.friday),
        Case("His arraignment is set for Tuesday.", "Tuesday", "arraignment", FamilyDates.sunday),
        Case("Trial is set for June 5.", "June 5", "Trial", FamilyDates.tuesday),
        Case("The party held its annual congress in May.", "May", "held", FamilyDates.friday),
        Case("Steel markets will exhibit a further moderate decline in the fourth quarter.", "the fourth quarter", "decline",
             secondary: ["exhibit"], FamilyDates.sunday),
        Case("The company lost its third major contract on Wednesday.", "Wednesday", "lost", FamilyDates.tuesday),
        Case("The team lost its first home game on Wednesday.", "Wednesday", "game", secondary: ["lost"], FamilyDates.friday),
        Case("The announcement came on Monday.", "Monday", "came", secondary: ["announcement"], FamilyDates.sunday),
    ]

    @Test(arguments: cases)
    func anchors(_ item: Case) throws { try EventAnchoringTests.check(item.anchor, on: item.dateline) }
}

/// Round 139: a hyphenated event noun ("Tip-off", "sell-off", "walk-out") is one event word, spanning both parts, where it
/// was two words ("is", the verb after its date); "appear" before a court is the event, no copula.
struct FamilyNewsRound139AnchoringTests {
    typealias Case = FamilyNewsRound60AnchoringTests.Case

    static let cases: [Case] = [
        // A hyphenated event noun as a subject before "is", its date, a place phrase or a scheduling participle.
        Case("Tip-off is at 7:30 p.m.", "7:30 p.m.", "Tip-off", FamilyDates.tuesday),
        Case("Lift-off is at 9:15 a.m. on Thursday.", "Thursday", "Lift-off", FamilyDates.sunday),
        Case("The run-off is on Sunday.", "Sunday", "run-off", FamilyDates.friday),
        Case("A sell-off on Monday wiped $1 trillion from markets.", "Monday", "sell-off", FamilyDates.tuesday),
        Case("Kick-off is at 3 p.m. on Saturday.", "Saturday", "Kick-off", FamilyDates.friday),
        Case("The walk-out on Monday halted production.", "Monday", "walk-out", FamilyDates.sunday),
        Case("The sit-in on Thursday drew hundreds of students.", "Thursday", "sit-in", FamilyDates.tuesday),
        Case("A shoot-out on Sunday left two dead.", "Sunday", "shoot-out", FamilyDates.friday),
        Case("The break-in on Tuesday night was reported to police.", "Tuesday night", "break-in", FamilyDates.sunday),
        Case("The follow-up on Friday answered few questions.", "Friday", "follow-up", FamilyDates.tuesday),
        Case("The hand-over is scheduled for July 1.", "July 1", "hand-over", FamilyDates.friday),
        Case("The play-off is set for May 3.", "May 3", "play-off", FamilyDates.sunday),
        Case("The take-over is expected in June.", "June", "take-over", FamilyDates.tuesday),
        Case("The write-off in the third quarter cut profit.", "the third quarter", "write-off", FamilyDates.friday),
        Case("Turn-out on Sunday was low.", "Sunday", "Turn-out", FamilyDates.sunday),
        Case("The check-in on Monday took hours.", "Monday", "check-in", FamilyDates.tuesday),
        Case("The shake-up on Wednesday surprised investors.", "Wednesday", "shake-up", FamilyDates.friday),
        Case("A lock-out in March closed the plant.", "March", "lock-out", FamilyDates.sunday),
        Case("The stand-off in the capital on Friday ended peacefully.", "Friday", "stand-off", FamilyDates.tuesday),
        // "appear" before a court: the appearance is the event.
        Case("The suspect appears in court on Thursday.", "Thursday", "appears", FamilyDates.tuesday),
        Case("The two men appear in court on Monday.", "Monday", "appear", FamilyDates.friday),
        Case("The rapper appears in federal court next week.", "next week", "appears", FamilyDates.sunday),
        // Near misses: a hyphenated modifier, a compound before its noun, an aspectual verb after the compound, "appear" as
        // a raising verb or before no court, a verb's prefix.
        Case("A well-known writer died on Monday.", "Monday", "died", FamilyDates.tuesday),
        Case("The company signed a long-term deal on Friday.", "Friday", "deal", secondary: ["signed"], FamilyDates.sunday),
        Case("Follow-up questions were sent on Tuesday.", "Tuesday", "sent", FamilyDates.friday),
        Case("A follow-up meeting is set for March 3.", "March 3", "meeting", FamilyDates.tuesday),
        Case("The play-offs begin in April.", "April", "begin", FamilyDates.friday),
        Case("The lock-out ended on Friday.", "Friday", "ended", FamilyDates.sunday),
        Case("It appears the talks ended on Friday.", "Friday", "ended", secondary: ["talks"], FamilyDates.tuesday),
        Case("The deal appears to have collapsed on Monday.", "Monday", "collapsed", FamilyDates.friday),
        Case("He is due to appear in court on Friday.", "Friday", "appear", FamilyDates.sunday),
        Case("The two men appeared in court on Monday.", "Monday", "appeared", FamilyDates.tuesday),
        Case("The co-founder resigned on Monday.", "Monday", "resigned", FamilyDates.friday),
        Case("A run-down hotel burned on Sunday.", "Sunday", "burned", FamilyDates.sunday),
    ]

    @Test(arguments: cases)
    func anchors(_ item: Case) throws { try EventAnchoringTests.check(item.anchor, on: item.dateline) }
}

/// Round 144: an opening subject's event noun after a noun modifying it ("A cabinet shake-up on Wednesday") or before its
/// agent's "by" phrase ("A strike by teachers on Monday") owns the date right after it, not the verb of what the event did;
/// a present in "s" after "the" and two words ("The heat wave reaches its peak") is the verb before its object, as after one.
struct FamilyNewsRound144AnchoringTests {
    typealias Case = FamilyNewsRound60AnchoringTests.Case

    static let cases: [Case] = [
        // The subject's event noun after a modifying noun, or before an agent's "by" phrase.
        Case("A cabinet shake-up on Wednesday removed three ministers.", "Wednesday", "shake-up", FamilyDates.friday),
        Case("The product launch in March lifted sales.", "March", "launch", FamilyDates.tuesday),
        Case("A strike by teachers on Monday closed schools.", "Monday", "strike", FamilyDates.sunday),
        Case("A walkout by nurses on Tuesday forced hospitals to cancel surgeries.", "Tuesday", "walkout", FamilyDates.friday),
        Case("An attack by rebels on Sunday killed 12 soldiers.", "Sunday", "attack", FamilyDates.tuesday),
        Case("A visit by the pope in May drew huge crowds.", "May", "visit", FamilyDates.sunday),
        Case("The strike by rail workers on Thursday halted trains.", "Thursday", "strike", FamilyDates.friday),
        // A present in "s" after "the" and two words, before its object.
        Case("The heat wave reaches its peak on Thursday.", "Thursday", "reaches", FamilyDates.tuesday),
        Case("The city council approves the budget on Tuesday.", "Tuesday", "approves", FamilyDates.sunday),
        Case("The state legislature passes the bill next week.", "next week", "passes", FamilyDates.friday),
        Case("The space agency launches the probe on Friday.", "Friday", "launches", FamilyDates.tuesday),
        Case("The film studio releases the sequel in June.", "June", "releases", FamilyDates.sunday),
        Case("The city council hosts a forum on Monday.", "Monday", "hosts", FamilyDates.tuesday),
        // Near misses: a figure or a document before "by", a person before "for", a place phrase before a reporting verb, a
        // compound's plural before its verb.
        Case("Sales by the unit in March rose 5 percent.", "March", "rose", FamilyDates.sunday),
        Case("A spokesman for the company on Monday denied the report.", "Monday", "denied", FamilyDates.friday),
        Case("A report by the ministry on Friday showed growth slowed.", "Friday", "showed", secondary: ["growth"], FamilyDates.tuesday),
        Case("Officials in Geneva on Wednesday said the talks had failed.", "Wednesday", "said", secondary: ["talks"],
             FamilyDates.sunday),
        Case("The company shares rose on Monday.", "Monday", "rose", FamilyDates.friday),
        Case("The city bus drivers struck on Monday.", "Monday", "struck", FamilyDates.tuesday),
        Case("The tax cuts in March were popular.", "March", "popular", FamilyDates.sunday),
        Case("The mayor signs the budget on Friday.", "Friday", "signs", FamilyDates.friday),
    ]

    @Test(arguments: cases)
    func anchors(_ item: Case) throws { try EventAnchoringTests.check(item.anchor, on: item.dateline) }
}

/// Round 149: round 144's leftovers. A present in "s" after a name opening its sentence, before a "the" or possessive
/// object, with the period of a possessive's change noun its own; presents with a particle; event nouns the linker did not
/// know, and a subject's event noun past two phrases.
@Suite("Family news round 149 anchoring")
struct FamilyNewsRound149AnchoringTests {
    typealias Case = FamilyNewsRound60AnchoringTests.Case

    static let cases: [Case] = [
        // A present in "s" after a name opening its sentence, before its object.
        Case("Apple unveils its new iPhone on September 12.", "September 12", "unveils", FamilyDates.friday),
        Case("Netflix releases the series on Friday.", "Friday", "releases", FamilyDates.tuesday),
        Case("Parliament approves the budget on Tuesday.", "Tuesday", "approves", FamilyDates.sunday),
        Case("Tesla unveils the new model on Thursday.", "Thursday", "unveils", FamilyDates.friday),
        // A possessive's change noun before its "in" phrase: the change's own period.
        Case("The city owes its rapid growth in recent years to tourism.", "recent years", "growth", secondary: ["owes"],
             FamilyDates.tuesday),
        // A present with a particle.
        Case("The carmaker lays off 500 workers next week.", "next week", "lays", FamilyDates.sunday),
        Case("The bank rolls out the card in March.", "March", "rolls", FamilyDates.friday),
        Case("Nurses walk out on Tuesday.", "Tuesday", "walk", FamilyDates.sunday),
        Case("Dock workers walk off the job on Monday.", "Monday", "walk", FamilyDates.tuesday),
        Case("The site goes offline on Friday.", "Friday", "goes", FamilyDates.tuesday),
        Case("The chief executive steps down on Friday.", "Friday", "steps", FamilyDates.sunday),
        Case("The plant shuts down in July.", "July", "shuts", FamilyDates.friday),
        // Event nouns, and a subject's event noun past two phrases.
        Case("The border clash on Friday killed two soldiers.", "Friday", "clash", FamilyDates.tuesday),
        Case("A blackout on Monday left thousands without power.", "Monday", "blackout", FamilyDates.friday),
        Case("The missile test on Wednesday alarmed neighbours.", "Wednesday", "test", FamilyDates.sunday),
        Case("A protest by farmers in Brussels on Monday blocked traffic.", "Monday", "protest", FamilyDates.tuesday),
        Case("An attack by rebels near the border on Sunday killed 12 soldiers.", "Sunday", "attack", FamilyDates.friday),
        // Near misses: a subject that names no event past two phrases, a change noun without a possessive or as a subject, a
        // compound's plural after a name, a particle's noun after an article.
        Case("Officials from the ministry in Paris on Friday said the talks had failed.", "Friday", "said",
             secondary: ["talks"], FamilyDates.sunday),
        Case("Farmers in Brussels on Monday blocked traffic.", "Monday", "blocked", FamilyDates.friday),
        Case("The firm will post a further decline in the fourth quarter.", "the fourth quarter", "post",
             secondary: ["decline"], FamilyDates.tuesday),
        Case("Growth in March slowed sharply.", "March", "Growth", FamilyDates.sunday),
        Case("Apple shares rose on Monday.", "Monday", "rose", FamilyDates.friday),
        Case("The walk out on Tuesday closed schools.", "Tuesday", "closed", FamilyDates.tuesday),
    ]

    @Test(arguments: cases)
    func anchors(_ item: Case) throws { try EventAnchoringTests.check(item.anchor, on: item.dateline) }
}

/// Round 152: round 149's leftovers. The object of "on" after a phrasal verb's particle, the verb's; a subject's event noun
/// past a "through" phrase.
@Suite("Family news round 152 anchoring")
struct FamilyNewsRound152AnchoringTests {
    typealias Case = FamilyNewsRound60AnchoringTests.Case

    static let cases: [Case] = [
        // A phrasal verb's "on" object before the date.
        Case("The minister signs off on the deal on Monday.", "Monday", "signs", FamilyDates.friday),
        Case("The board signed off on the merger on Friday.", "Friday", "signed", FamilyDates.sunday),
        Case("The regulator will sign off on the takeover next week.", "next week", "sign", FamilyDates.tuesday),
        Case("Police cracked down on the protest on Sunday.", "Sunday", "cracked", FamilyDates.tuesday),
        Case("The union backed down on the strike on Tuesday.", "Tuesday", "backed", FamilyDates.friday),
        // A subject's event noun past a "through" phrase.
        Case("A march by students through Paris on Saturday drew thousands.", "Saturday", "march", FamilyDates.tuesday),
        Case("A parade through the city centre on Sunday attracted crowds.", "Sunday", "parade", FamilyDates.friday),
        // Near misses: a figure or a noun that names no event through a phrase, a bare phrasal verb, a particle's noun.
        Case("Sales through March rose 5 percent.", "March", "rose", secondary: ["Sales"], FamilyDates.sunday),
        Case("Traffic through the tunnel on Monday was heavy.", "Monday", "heavy", FamilyDates.friday),
        Case("The minister signs off on Monday.", "Monday", "signs", FamilyDates.tuesday),
        Case("The walk out on Tuesday closed schools.", "Tuesday", "closed", FamilyDates.sunday),
    ]

    @Test(arguments: cases)
    func anchors(_ item: Case) throws { try EventAnchoringTests.check(item.anchor, on: item.dateline) }
}

/// Round 155: rounds 144, 149 and 152's leftovers. A subject's event noun past a place phrase with its own "of" phrase; a
/// verb that takes "on" before its object's date; a subject's event noun past its "on" phrase's event noun; the verb that
/// issues a product whose "of" phrase names an event before a day's "on".
@Suite("Family news round 155 anchoring")
struct FamilyNewsRound155AnchoringTests {
    typealias Case = FamilyNewsRound60AnchoringTests.Case

    static let cases: [Case] = [
        // A place phrase with an "of" phrase of its own.
        Case("A rally through the streets of Lagos on Friday turned violent.", "Friday", "rally", FamilyDates.sunday),
        Case("A march across the centre of Paris on Saturday drew thousands.", "Saturday", "march", FamilyDates.tuesday),
        Case("A protest through the heart of the city on Sunday turned violent.", "Sunday", "protest", FamilyDates.tuesday),
        Case("A parade along the banks of the river on Sunday drew crowds.", "Sunday", "parade", FamilyDates.friday),
        // A verb that takes "on", its object before the date.
        Case("The minister agrees on the deal on Monday.", "Monday", "agrees", FamilyDates.friday),
        Case("The minister agreed on the deal on Monday.", "Monday", "agreed", FamilyDates.friday),
        Case("The judges rule on the appeal on Tuesday.", "Tuesday", "rule", FamilyDates.sunday),
        Case("The governor appears on television on Sunday.", "Sunday", "appears", FamilyDates.friday),
        Case("The panel decides on the merger on Friday.", "Friday", "decides", FamilyDates.tuesday),
        Case("Negotiators agree on the ceasefire on Wednesday.", "Wednesday", "agree", FamilyDates.sunday),
        Case("The central bank decides on rates on Thursday.", "Thursday", "decides", FamilyDates.tuesday),
        Case("Doctors agree on the treatment in June.", "June", "agree", FamilyDates.friday),
        Case("The band appears on stage on Saturday night.", "Saturday night", "appears", FamilyDates.tuesday),
        // A subject's event noun past its "on" phrase.
        Case("Talks on the deal on Monday ended without agreement.", "Monday", "Talks", FamilyDates.friday),
        Case("A vote on the budget on Tuesday passed easily.", "Tuesday", "vote", FamilyDates.sunday),
        Case("A debate on the reform on Wednesday drew crowds.", "Wednesday", "debate", FamilyDates.friday),
        Case("A hearing on the case on Thursday was postponed.", "Thursday", "hearing", FamilyDates.sunday),
        Case("The ruling on the appeal on Friday surprised lawyers.", "Friday", "ruling", FamilyDates.sunday),
        // An event noun in a product noun's "of" phrase before a day's "on": the verb that issues the product.
        Case("Researchers published the results of the trial on Wednesday.", "Wednesday", "published", secondary: ["results"],
             FamilyDates.friday),
        Case("Officials announced the results of the election on Sunday.", "Sunday", "announced", secondary: ["results"],
             FamilyDates.tuesday),
        Case("The Fed released the minutes of the meeting on Wednesday.", "Wednesday", "released", FamilyDates.friday),
        // Near misses: a figure past such phrases, a plural noun before "on", nouns that name no event, a product noun's
        // "of" event in a subject or before "in".
        Case("The results of the vote on Sunday surprised analysts.", "Sunday", "vote", secondary: ["results"],
             FamilyDates.tuesday),
        Case("He discussed the results of the election in March.", "March", "election", secondary: ["results"],
             FamilyDates.friday),
        Case("Prices across the north of England in March rose.", "March", "rose", FamilyDates.friday),
        Case("The new rules on emissions take effect on Monday.", "Monday", "take", FamilyDates.friday),
        Case("Markets on the continent on Friday fell.", "Friday", "fell", FamilyDates.sunday),
        Case("Workers on the site on Monday found a bomb.", "Monday", "found", FamilyDates.friday),
    ]

    @Test(arguments: cases)
    func anchors(_ item: Case) throws { try EventAnchoringTests.check(item.anchor, on: item.dateline) }
}

/// Round 163: a past right before "on" after its subject, news event nouns the lexicon lacked, and a listing's present before
/// a name.
@Suite("Family news round 163 anchoring")
struct FamilyNewsRound163AnchoringTests {
    typealias Case = FamilyNewsRound60AnchoringTests.Case

    static let cases: [Case] = [
        // A past in "-ed" right before "on", after its subject: the verb, its object the event noun before the date.
        Case("He relied on the deal in March.", "March", "relied", FamilyDates.friday),
        Case("The company relied on the merger last year.", "last year", "relied", FamilyDates.tuesday),
        Case("She worked on the campaign in 2010.", "2010", "worked", FamilyDates.sunday),
        Case("Investors gambled on the takeover last week.", "last week", "gambled", FamilyDates.friday),
        Case("Troops fired on the protest on Sunday.", "Sunday", "fired", FamilyDates.tuesday),
        Case("The senator reflected on the election on Tuesday.", "Tuesday", "reflected", FamilyDates.friday),
        // News event nouns: bans, unrest, crime, courts, listings.
        Case("A ban on protests on Monday angered students.", "Monday", "ban", FamilyDates.friday),
        Case("The curfew in the capital on Friday emptied the streets.", "Friday", "curfew", FamilyDates.sunday),
        Case("The lockdown in Shanghai in April hit factories.", "April", "lockdown", FamilyDates.friday),
        Case("The robbery at the bank on Tuesday shocked the town.", "Tuesday", "robbery", FamilyDates.friday),
        Case("The concert in the park on Saturday drew thousands.", "Saturday", "concert", FamilyDates.tuesday),
        Case("The recount in Florida in November took weeks.", "November", "recount", FamilyDates.friday),
        Case("The acquittal of the officer on Friday sparked protests.", "Friday", "acquittal", FamilyDates.sunday),
        // A listing's present in "s" before a name that reaches the date.
        Case("The orchestra performs Mahler's Fifth Symphony on Saturday.", "Saturday", "performs", FamilyDates.tuesday),
        Case("The theatre stages Hamlet in May.", "May", "stages", FamilyDates.friday),
        Case("The band plays Wembley on Friday.", "Friday", "plays", FamilyDates.tuesday),
        Case("The museum hosts Picasso in June.", "June", "hosts", FamilyDates.friday),
        // Near misses: a change in an amount "on" its cause, a present, a copula, a noun's "on", a verb after a name, an
        // event noun as an object.
        Case("Stocks fell on the announcement on Monday.", "Monday", "announcement", FamilyDates.friday),
        Case("The plan depends on the vote on Monday.", "Monday", "vote", FamilyDates.friday),
        Case("He was on the deal in March.", "March", "deal", FamilyDates.friday),
        Case("The focus on the deal in March was clear.", "March", "deal", FamilyDates.friday),
        Case("The new rules Brussels proposed in March angered farmers.", "March", "proposed", FamilyDates.friday),
        Case("An outage at the plant on Monday halted trains.", "Monday", "outage", FamilyDates.friday),
        Case("Officials lifted the ban on Monday.", "Monday", "lifted", secondary: ["ban"], FamilyDates.friday),
    ]

    @Test(arguments: cases)
    func anchors(_ item: Case) throws { try EventAnchoringTests.check(item.anchor, on: item.dateline) }
}

/// Round 167: "go on" and an event noun, an event noun's "of" phrase after "after" or "since", a quantity's events, and a
/// party's preposition in an opening subject's "of" phrase.
@Suite("Family news round 167 anchoring")
struct FamilyNewsRound167AnchoringTests {
    typealias Case = FamilyNewsRound60AnchoringTests.Case

    static let cases: [Case] = [
        // A form of "go" before "on" and an event noun: the verb is the event.
        Case("Tickets go on sale on Monday.", "Monday", "go", FamilyDates.friday),
        Case("The new phone goes on sale in September.", "September", "goes", FamilyDates.tuesday),
        Case("Teachers will go on strike on Thursday.", "Thursday", "go", FamilyDates.sunday),
        Case("The band goes on tour in June.", "June", "goes", FamilyDates.friday),
        Case("The rebel leader will go on trial next month.", "next month", "go", FamilyDates.tuesday),
        // An event noun after "after", "following" or "since", its "of" phrase right before the date.
        Case("The government banned imports after an outbreak of bird flu in January.", "January", "outbreak",
             FamilyDates.friday),
        Case("Schools closed after the outbreak of cholera last month.", "last month", "outbreak", FamilyDates.tuesday),
        Case("Flights resumed after a blackout of the airport on Sunday.", "Sunday", "blackout", FamilyDates.tuesday),
        Case("Prices soared following a drought of historic proportions last summer.", "last summer", "drought",
             FamilyDates.friday),
        // A quantity's events in an opening subject.
        Case("A wave of strikes in March paralysed the country.", "March", "strikes", FamilyDates.friday),
        Case("A string of bombings in 2012 killed dozens.", "2012", "bombings", FamilyDates.sunday),
        // A party's preposition in an opening subject's "of" phrase.
        Case("The sale of the building to a Chinese investor in 2014 angered tenants.", "2014", "sale", FamilyDates.friday),
        Case("The release of the hostages by rebels on Tuesday was welcomed.", "Tuesday", "release", FamilyDates.sunday),
        Case("The signing of the treaty with Iran in 2015 divided Congress.", "2015", "signing", FamilyDates.friday),
        // Near misses: "went" already the verb, a noun after a copula or as a subject, a place after "after", a quantity
        // of things, a quantity after its verb (TimeBank's "suffered from a rash of kidnappings"), a figure's "of" phrase.
        Case("Workers went on strike last week.", "last week", "went", FamilyDates.friday),
        Case("He was on trial in March.", "March", "trial", FamilyDates.friday),
        Case("The sale on Monday raised money.", "Monday", "sale", FamilyDates.friday),
        Case("She arrived after the capital of France on Monday.", "Monday", "arrived", FamilyDates.friday),
        Case("A series of photos on Monday showed the damage.", "Monday", "showed", FamilyDates.friday),
        Case("The city has suffered a rash of kidnappings in recent years.", "recent years", "suffered", FamilyDates.friday),
        Case("The price of oil from Russia in March rose.", "March", "rose", FamilyDates.friday),
    ]

    @Test(arguments: cases)
    func anchors(_ item: Case) throws { try EventAnchoringTests.check(item.anchor, on: item.dateline) }
}
