import Testing
@testable import Chronicle

/// One description case: in `sentence`, the event of `expression` reads `description` in the timeline.
struct DescriptionCase: Sendable, CustomTestStringConvertible {
    let sentence: String
    let expression: String
    let description: String

    init(_ sentence: String, _ expression: String, _ description: String) {
        self.sentence = sentence
        self.expression = expression
        self.description = description
    }

    var testDescription: String { "“\(expression)” → “\(description)” in “\(sentence)”" }
}

/// The clause a timeline shows for each event (`EventLinker.description`): a clause that opens with its verb takes
/// the subject the sentence opened with, a preposition or connective split off its clause goes back to it, quotations
/// and brackets stay whole. Every sentence is read against a pinned UTC dateline.
@Suite("Event descriptions")
struct EventDescriptionTests {
    typealias Case = DescriptionCase

    static let cases: [Case] = [
        // A relative clause or a clause that opens with its verb takes the subject the sentence opened with.
        Case("The strike, which began on Monday, ended on Wednesday.", "Monday", "The strike began on Monday"),
        Case("The strike, which began on Monday, ended on Wednesday.", "Wednesday", "The strike ended on Wednesday"),
        Case("Mr. Smith, who was elected in 2019, resigned on Friday.", "2019", "Mr. Smith was elected in 2019"),
        Case("Mr. Smith, who was elected in 2019, resigned on Friday.", "Friday", "Mr. Smith resigned on Friday"),
        Case("The company, based in Ohio, said on Tuesday that profit fell.", "Tuesday", "The company said on Tuesday that profit fell"),
        Case("Republicans, who will take control in January, had pushed to delay the bill until next year.", "next year",
             "Republicans had pushed to delay the bill until next year"),
        // A clause opening with "and" or "but" and its verb takes the words before the sentence's first verb.
        Case("Hungary had threatened to block it, but dropped its objections on Wednesday.", "Wednesday",
             "Hungary dropped its objections on Wednesday"),
        Case("The company had planned to cut 500 jobs in the region over the next year, but reversed the decision on Friday.",
             "Friday", "The company reversed the decision on Friday"),
        Case("Officials said the talks failed, but agreed on Friday to meet again.", "Friday", "Officials agreed on Friday to meet again"),
        // A relative pronoun after a name stands for that name; "where" and "when" do not open a description.
        Case("The package includes $45 billion for Ukraine, which has been fighting Russia since February.", "February",
             "Ukraine has been fighting Russia since February"),
        Case("It funds relief for Florida, where Hurricane Ian struck in late September.", "late September",
             "Hurricane Ian struck in late September"),
        // A relative pronoun after a noun phrase that opens with an article or determiner stands for it (kept without a
        // comma); after "a nurse" beside a name, for the name; not after "and", nor after a preposition and a comma.
        Case("Analysts said the brewing giant, which last year accounted for 41% of sales, will grow.", "last year",
             "The brewing giant last year accounted for 41% of sales"),
        Case("Cubans paid tribute to the men who launched the revolution more than four decades ago in a rally.",
             "more than four decades ago", "The men who launched the revolution more than four decades ago in a rally"),
        Case("The tip came from a jogger who spotted the car at 6 a.m. near the house, officials said.", "6 a.m.",
             "A jogger who spotted the car at 6 a.m. near the house"),
        Case("Emily Lyons, a nurse who was badly wounded earlier this year, spoke to reporters.", "earlier this year",
             "Emily Lyons was badly wounded earlier this year"),
        Case("They await a ruling on the case, which is expected next month.", "next month",
             "A ruling on the case, which is expected next month"),
        // A date in parentheses between the subject and the verb keeps its commas.
        Case("The previous strike, on Feb. 1, coincided with walkouts by teachers.", "Feb. 1",
             "The previous strike, on Feb. 1, coincided with walkouts by teachers"),
        // A relative clause without a comma defines its noun and keeps its pronoun.
        Case("People who remain in junk funds now could get hit again.", "now", "People who remain in junk funds now could get hit again"),
        // A sentence adverb is no subject; "due", "payable" describe a payment.
        Case("Separately, for the fourth quarter ended Aug. 26, the company earned $2 million.", "Aug. 26",
             "For the fourth quarter ended Aug. 26"),
        Case("Meanwhile, reported net income rose in the third quarter.", "the third quarter",
             "Reported net income rose in the third quarter"),
        // A clause with a subject of its own, or a sentence opening with a preposition, is left as it is.
        Case("On Friday, Beijing released a plan.", "Friday", "On Friday, Beijing released a plan"),
        Case("In Paris, police said on Monday that they had arrested two men.", "Monday",
             "Police said on Monday that they had arrested two men"),
        // "since", "until" split off the clause they belong to.
        Case("\"We have been negotiating since last summer,\" the union's leader told reporters.", "last summer",
             "We have been negotiating since last summer"),
        Case("The rebels have held the city since 2019.", "2019", "The rebels have held the city since 2019"),
        // A verbless clause a connective split off right after a word goes back to the clause with the verb; not when a
        // preposition follows the connective (the clause after the comma is the one).
        Case("The two bombs exploded miles apart but just minutes apart on Friday, witnesses said.", "Friday",
             "The two bombs exploded miles apart but just minutes apart on Friday"),
        Case("The group would be ready to leave for the United States as soon as Tuesday, Castro said.", "Tuesday",
             "The group would be ready to leave for the United States as soon as Tuesday"),
        Case("Relations deteriorated until in March 1980, Iran downgraded its ties.", "March 1980",
             "Until in March 1980, Iran downgraded its ties"),
        // "as of", "because of", "as a" open a phrase, not a clause: kept at the start, joined to the words before.
        Case("As of Sept. 30, the bank had assets of $511 million.", "Sept. 30", "As of Sept. 30, the bank had assets of $511 million"),
        Case("Assets as of Sept. 30 fell to $2.46 billion.", "Sept. 30", "Assets as of Sept. 30 fell to $2.46 billion"),
        Case("The market remains nervous because of the wild swings seen last week.", "last week",
             "The market remains nervous because of the wild swings seen last week"),
        // A quotation inside the clause is part of it, on both sides; its own comma goes, its closing mark stays.
        Case("In June 1949, the government declared a \"closure\" of all ports.", "June 1949",
             "In June 1949, the government declared a \"closure\" of all ports"),
        Case("The company expects sales that are \"slightly above\" last year's level.", "last year",
             "The company expects sales that are \"slightly above\" last year's level"),
        Case("The spokesman said the operation had been \"very successful\" on Monday.", "Monday",
             "The spokesman said the operation had been \"very successful\" on Monday"),
        // Scare quotes (one to four words) are words of their clause: the preposition after them stays in it.
        Case("Britain's threat level has been set at \"substantial\" since July 2011, meaning an attack is likely.", "July 2011",
             "Britain's threat level has been set at \"substantial\" since July 2011"),
        Case("The minister called the plan a “disaster” on Monday, and the markets fell.", "Monday",
             "The minister called the plan a “disaster” on Monday"),
        Case("Last year the chairman called market conditions \"highly competitive,\" but profit rose.", "Last year",
             "Last year the chairman called market conditions \"highly competitive\""),
        Case("On Sunday, police said they had made ``extraordinary discoveries.''", "Sunday",
             "On Sunday, police said they had made ``extraordinary discoveries.''"),
        // A closing bracket whose opening is in the description stays, and so does an abbreviation's period.
        Case("The city fell to the army in the second siege (March 1943).", "March 1943",
             "The city fell to the army in the second siege (March 1943)"),
        Case("Net income rose to $12 million in the third quarter (up 8%).", "the third quarter",
             "Net income rose to $12 million in the third quarter (up 8%)"),
        Case("The talks resumed on Friday at the embassy of the U.S.", "Friday", "The talks resumed on Friday at the embassy of the U.S."),
        Case("For the week, the index dropped 3.8%.", "the week", "For the week, the index dropped 3.8%"),
        // A date that writes its year between commas modifies the words after it, not a verb after it.
        Case("The shares were bought under an Aug. 10, 1988, stock purchase agreement.", "Aug. 10, 1988",
             "The shares were bought under an Aug. 10, 1988, stock purchase agreement"),
        Case("The notes, which will be due on Nov. 1, 2004, will be used to reduce debt.", "Nov. 1, 2004",
             "The notes will be due on Nov. 1, 2004"),
        // A bracket or quotation cut by a comma stays whole: the description goes on to its closing mark, or back to its
        // opening one (the words it follows, or the mark); with the expression inside, a bracket is the description; a
        // quotation opened too far back opens with its mark and an ellipsis.
        Case("On June 22, the army launched an offensive in Belarus (known as \"Operation Bagration\") that destroyed the group.",
             "June 22", "On June 22, the army launched an offensive in Belarus (known as \"Operation Bagration\")"),
        Case("It continued to give military aid (money, weapons, and some advisors) to the White armies during 1919.", "1919",
             "It continued to give military aid (money, weapons, and some advisors) to the White armies during 1919"),
        Case("The king planned to burn towns along the coast (as Arnold did to New London, Connecticut in 1781), and to attack "
             + "the settlements.", "1781", "Arnold did to New London, Connecticut in 1781"),
        Case("By 1 April the \"column of tears\" was annihilated.", "1 April", "By 1 April the \"column of tears\" was annihilated"),
        Case("On Sunday, police said they had made ``extraordinary discoveries,'' having found the bomb's parts.", "Sunday",
             "On Sunday, police said they had made ``extraordinary discoveries''"),
        Case("``This little boy, who has been through so much, belongs with his father,'' Meissner said Wednesday.", "Wednesday",
             "``This little boy, who has been through so much, belongs with his father,'' Meissner said Wednesday"),
        Case("``To the embassy staff in Nairobi and Dar es Salaam, I will bring a message of solidarity in their sorrow and in "
             + "their grief, admiration for their courage,'' Albright said Monday.", "Monday",
             "``…admiration for their courage,'' Albright said Monday"),
        Case("Milton Roy recently fended off overtures from Thermo Electron Corp.", "recently",
             "Milton Roy recently fended off overtures from Thermo Electron Corp."),
        // A clock time's colon is no clause mark: the day after it keeps the whole clause.
        Case("At 18:00 GMT on Sunday the eurogroup will meet again.", "Sunday", "At 18:00 GMT on Sunday the eurogroup will meet again"),
        // "The Fed" is a name, not a past form: the clause after its relative clause takes it as subject.
        Case("The Fed, which met last week, will meet again in April.", "April", "The Fed will meet again in April"),
        // A number or a time word joined by a hyphen in a modifier before the head is the subject's ("The two-day summit").
        Case("The two-day summit, which began on Thursday, was dominated by Cyprus.", "Thursday",
             "The two-day summit began on Thursday"),
        Case("The 10-year note, which fell on Monday, recovered later.", "Monday", "The 10-year note fell on Monday"),
        Case("The three-month strike, which began in January, ended on Tuesday.", "Tuesday", "The three-month strike ended on Tuesday"),
        Case("A 25-year-old man, who was arrested on Sunday, appeared in court.", "Sunday", "A 25-year-old man was arrested on Sunday"),
        // A time fronted at the start of its sentence: the description goes on to the main clause.
        Case("On Sunday, after talks collapsed, the leaders will try again.", "Sunday",
             "On Sunday, after talks collapsed, the leaders will try again"),
        Case("On Monday, the bank, which has been closed for a week, will reopen.", "Monday",
             "On Monday, the bank, which has been closed for a week, will reopen"),
        // (forty-ninth round) ... and so does a fronted setting phrase whose only event is a noun: the event is the main
        // clause's ("In a speech on Thursday" alone tells a reader nothing).
        Case("In a speech on Thursday, Obama urged Congress to act.", "Thursday",
             "In a speech on Thursday, Obama urged Congress to act"),
        Case("During talks on Monday, the two sides agreed to a ceasefire.", "Monday",
             "During talks on Monday, the two sides agreed to a ceasefire"),
        Case("At a news conference on Tuesday, the minister, who took office last month, announced new elections.", "Tuesday",
             "At a news conference on Tuesday, the minister, who took office last month, announced new elections"),
        Case("After the vote on Sunday, the party claimed victory.", "Sunday", "After the vote on Sunday, the party claimed victory"),
        // (forty-ninth round) Verbs that share their subject share the later conjunct's date: the description keeps both,
        // unless the earlier conjunct has a time of its own (above: "has cut 2,000 jobs since January and plans to close").
        Case("Protesters blocked roads and burned tires in the capital on Tuesday.", "Tuesday",
             "Protesters blocked roads and burned tires in the capital on Tuesday"),
        // (fifty-second round) A later conjunct with a subject and a verb of its own is described by itself, after a verb
        // ("were arrested and police were forced") or a noun with its article ("seized the town and the army launched").
        Case("Dozens of people were arrested and police were forced to use tear gas on Sunday.", "Sunday",
             "Police were forced to use tear gas on Sunday"),
        Case("The rebels seized the town and the army launched a counteroffensive on Thursday.", "Thursday",
             "The army launched a counteroffensive on Thursday"),
        Case("Two soldiers were wounded and a civilian was killed in the attack on Monday.", "Monday",
             "A civilian was killed in the attack on Monday"),
        Case("The company cut the jobs and the union called a strike on Thursday.", "Thursday",
             "The union called a strike on Thursday"),
        Case("The dead and injured were taken to hospital on Monday.", "Monday", "The dead and injured were taken to hospital on Monday"),
        // A relative clause with a subject of its own takes its noun as its verb's object; one after a noun opening its
        // sentence without an article keeps its pronoun.
        Case("The government defended the reforms, which parliament approved last year.", "last year",
             "Parliament approved the reforms last year"),
        Case("Opposition leaders rejected the plan, which the president announced on Monday.", "Monday",
             "The president announced the plan on Monday"),
        Case("The army retook Qusair, which rebels seized in March.", "March", "Rebels seized Qusair in March"),
        Case("The deal, which the two sides signed on Friday, ends the dispute.", "Friday", "The two sides signed the deal on Friday"),
        Case("Parliamentary elections, which a court suspended earlier this month, will be held in the autumn.", "earlier this month",
             "Parliamentary elections, which a court suspended earlier this month"),
        Case("No date was set for parliamentary elections, which a court suspended earlier this month.", "earlier this month",
             "Parliamentary elections, which a court suspended earlier this month"),
        // ... past a stranded preposition, which takes the noun.
        Case("The deal, which Netanyahu agreed to during a phone call with Erdogan on Friday, ends years of tension.", "Friday",
             "Netanyahu agreed to the deal during a phone call with Erdogan on Friday"),
        Case("Lawmakers debated the bill, which the senator voted against on Tuesday.", "Tuesday",
             "The senator voted against the bill on Tuesday"),
        // An -ing participle set off after the name or noun phrase opening the sentence keeps it.
        Case("Obama, speaking at a news conference in Jerusalem on Thursday, said the apology was a first step.", "Thursday",
             "Obama, speaking at a news conference in Jerusalem on Thursday"),
        Case("The minister, addressing parliament on Tuesday, rejected calls to resign.", "Tuesday",
             "The minister, addressing parliament on Tuesday"),
        // A participle set off after an object keeps that noun and its comma.
        Case("The opposition said it would boycott the vote, originally scheduled to begin on April 22, and called for protests.",
             "April 22", "The vote, originally scheduled to begin on April 22"),
        Case("The rebels rejected the truce, announced by the army on Sunday.", "Sunday", "The truce, announced by the army on Sunday"),
        Case("The family said it would appeal the decision, announced Wednesday by the immigration service.", "Wednesday",
             "The decision, announced Wednesday by the immigration service"),
        Case("The central bank cut its main rate and pledged to buy bonds on Thursday.", "Thursday",
             "The central bank cut its main rate and pledged to buy bonds on Thursday"),
        Case("Rebels shelled government positions and seized two villages on Sunday.", "Sunday",
             "Rebels shelled government positions and seized two villages on Sunday"),
        Case("Police fired tear gas and arrested dozens of protesters on Friday.", "Friday",
             "Police fired tear gas and arrested dozens of protesters on Friday"),
        Case("The company has cut 2,000 jobs since January and plans to close three plants by June.", "June",
             "The company plans to close three plants by June"),
        // A "when" clause right after its main clause, without a comma, is described with it.
        Case("A soldier was killed when a roadside bomb exploded on Sunday.", "Sunday",
             "A soldier was killed when a roadside bomb exploded on Sunday"),
        Case("Three people died when their car plunged into a river on Tuesday.", "Tuesday",
             "Three people died when their car plunged into a river on Tuesday"),
        Case("The talks broke down when the delegation walked out late Friday.", "late Friday",
             "The talks broke down when the delegation walked out late Friday"),
        // "St.", "Ste.", "Ft." opening a place's name after a lowercase word do not end the sentence; after a
        // capitalised word they close a street's name and may.
        Case("Her funeral will take place at St. Paul's Cathedral next Wednesday.", "next Wednesday",
             "Her funeral will take place at St. Paul's Cathedral next Wednesday"),
        Case("He flew to St. Louis on Friday.", "Friday", "He flew to St. Louis on Friday"),
        Case("The race at St. Andrews began on Thursday.", "Thursday", "The race at St. Andrews began on Thursday"),
        Case("He moved to Ft. Worth on Monday.", "Monday", "He moved to Ft. Worth on Monday"),
        Case("He lives on Main St. The rally began on Friday.", "Friday", "The rally began on Friday"),
        // A U.S. state or a country set off by commas after its city stays in its clause when a preposition follows.
        Case("He was captured in Santa Monica, Calif., in June 2011.", "June 2011", "He was captured in Santa Monica, Calif., in June 2011"),
        Case("She grew up in Dayton, Ohio, until 1990.", "1990", "She grew up in Dayton, Ohio, until 1990"),
        Case("The plant in Mobile, Ala., closed on Tuesday.", "Tuesday", "The plant in Mobile, Ala., closed on Tuesday"),
        Case("After he moved to Dayton, Ohio, the company collapsed in 1990.", "1990", "The company collapsed in 1990"),
        Case("He was arrested in Lagos, Nigeria, on Sunday.", "Sunday", "He was arrested in Lagos, Nigeria, on Sunday"),
        Case("He was killed in Aleppo, Syria, on Tuesday.", "Tuesday", "He was killed in Aleppo, Syria, on Tuesday"),
        // Two-word countries and states, and a time that follows the comma without a preposition.
        Case("Police arrested two men in Jiddah, Saudi Arabia, on Monday.", "Monday", "Police arrested two men in Jiddah, Saudi Arabia, on Monday"),
        Case("The suspects had fled to Cape Town, South Africa, in February.", "February", "The suspects had fled to Cape Town, South Africa, in February"),
        Case("A third man was detained in Seoul, South Korea, on Tuesday.", "Tuesday", "A third man was detained in Seoul, South Korea, on Tuesday"),
        Case("The company opened an office in Auckland, New Zealand, in 2010.", "2010", "The company opened an office in Auckland, New Zealand, in 2010"),
        Case("The jury convened in Raleigh, North Carolina, on Wednesday.", "Wednesday", "The jury convened in Raleigh, North Carolina, on Wednesday"),
        Case("Officials met in Colombo, Sri Lanka, last week.", "last week", "Officials met in Colombo, Sri Lanka, last week"),
        Case("Son will travel to Kansas City, Missouri, next week to meet employees.", "next week",
             "Son will travel to Kansas City, Missouri, next week to meet employees"),
        Case("The plant in Flint, Michigan, closed on Tuesday.", "Tuesday", "The plant in Flint, Michigan, closed on Tuesday"),
        Case("The storm struck Moore, Okla., Monday.", "Monday", "The storm struck Moore, Okla., Monday"),
        Case("After he moved to Albany, New York, the company collapsed in 1990.", "1990", "The company collapsed in 1990"),
        // A region of direction and place after the city ("southeast London", "central Syria").
        Case("The soldier was killed in Woolwich, southeast London, on Wednesday afternoon.", "Wednesday afternoon",
             "The soldier was killed in Woolwich, southeast London, on Wednesday afternoon"),
        Case("Shells hit a market in Homs, central Syria, on Monday.", "Monday", "Shells hit a market in Homs, central Syria, on Monday"),
        Case("Rebels seized a base near Aleppo, northern Syria, last week.", "last week",
             "Rebels seized a base near Aleppo, northern Syria, last week"),
        // A list of years, its commas included, is one phrase of the clause it is set off from.
        Case("Thatcher won three general elections, in 1979, 1983 and 1987, before her party forced her out.", "1979",
             "Thatcher won three general elections, in 1979, 1983 and 1987"),
        Case("The tournament was held three times, in 1994, 1998 and 2002.", "1998", "The tournament was held three times, in 1994, 1998 and 2002"),
        Case("The firm cut jobs twice, in 2009 and 2011, and then it was sold.", "2011", "The firm cut jobs twice, in 2009 and 2011"),
        // "So far" opens a phrase, and a sentence's own "That" or a contracted "That's" is its subject: no connective to
        // drop ("Far this year, …", "S the second-highest pace …", "May not happen …").
        Case("So far this year, the S&P 500 has gained 9.2 percent.", "this year", "So far this year, the S&P 500 has gained 9.2 percent"),
        Case("So far in 2013, more than 40 companies have gone public.", "2013", "So far in 2013, more than 40 companies have gone public"),
        Case("That's the second-highest pace since November 2009.", "November 2009", "That's the second-highest pace since November 2009"),
        Case("That\u{2019}s up from 3 percent in January.", "January", "That\u{2019}s up from 3 percent in January"),
        Case("Hiring slowed. That may not happen until late 2015.", "late 2015", "That may not happen until late 2015"),
        Case("That deal is expected to close in June.", "June", "That deal is expected to close in June"),
        // Initials before a capitalised name end no sentence ("H.J. Heinz", "J.P. Morgan").
        Case("Berkshire said on Thursday it would buy H.J. Heinz Co for $23 billion.", "Thursday",
             "Berkshire said on Thursday it would buy H.J. Heinz Co for $23 billion"),
        Case("Shares of J.P. Morgan fell on Friday.", "Friday", "Shares of J.P. Morgan fell on Friday"),
        Case("He joined J.C. Penney in 2011 from Apple.", "2011", "He joined J.C. Penney in 2011 from Apple"),
        // A clause-opening word in a hyphenated compound opens no clause ("so-called", "after-hours", "when-issued"), and a
        // hyphen inside scare quotes keeps them words of their clause ("a "go-shop" period").
        Case("Nike shares rose 6 percent in after-hours trading on Thursday.", "Thursday",
             "Nike shares rose 6 percent in after-hours trading on Thursday"),
        Case("The so-called deal was signed on Friday.", "Friday", "The so-called deal was signed on Friday"),
        Case("When-issued trading in the notes began on Friday.", "Friday", "When-issued trading in the notes began on Friday"),
        Case("The 45-day \"go-shop\" period expired on Friday.", "Friday", "The 45-day \"go-shop\" period expired on Friday"),
        // A name with "of" before a relative pronoun is the whole name.
        Case("The Bank of Japan, which met last week, said it expected inflation to rise.", "last week", "The Bank of Japan met last week"),
        Case("Analysts said the Bank of England, which meets on Thursday, would hold rates.", "Thursday",
             "Bank of England meets on Thursday"),
        Case("Sentiment rose, the University of Michigan, which released its survey on Friday, said.", "Friday",
             "University of Michigan released its survey on Friday"),
        // An appositive of a place or a name after a preposition, set off by commas before a preposition or a time, stays in
        // its clause, as a city's state does.
        Case("Police clashed with protesters in Kisumu, Odinga's stronghold, on Friday night.", "Friday night",
             "Police clashed with protesters in Kisumu, Odinga's stronghold, on Friday night"),
        Case("Fighting broke out in Homs, a rebel stronghold, on Sunday.", "Sunday",
             "Fighting broke out in Homs, a rebel stronghold, on Sunday"),
        Case("He was born in Lagos, Nigeria's largest city, in 1960.", "1960", "He was born in Lagos, Nigeria's largest city, in 1960"),
        Case("The minister met rebels in Goma, the provincial capital, last week.", "last week",
             "The minister met rebels in Goma, the provincial capital, last week"),
        // A word of capitals and its period end the sentence before a capitalised word (ICU's rule for initials does not
        // break there): a time zone, an acronym.
        Case("The launch took place at 1:28 p.m. EST. The probe is due to arrive on Sept. 21.", "Sept. 21",
             "The probe is due to arrive on Sept. 21"),
        Case("Trading ended at 5 p.m. GMT. Shares rose on Monday.", "Monday", "Shares rose on Monday"),
        Case("The loan came from the IMF. The fund said on Monday it would help.", "Monday", "The fund said on Monday it would help"),
        // ... and one of a verb's object.
        Case("Rebels seized Goma, a city of 1 million people, in November.", "November",
             "Rebels seized Goma, a city of 1 million people, in November"),
        Case("The court convicted Bulger, the former mob boss, last week.", "last week",
             "The court convicted Bulger, the former mob boss, last week"),
        Case("Voters chose Maduro, Chavez's successor, on Sunday.", "Sunday", "Voters chose Maduro, Chavez's successor, on Sunday"),
        // A participle set off after the subject keeps it past an adverb, as it does without one.
        Case("The deal, first announced in October, was approved on Tuesday.", "October", "The deal, first announced in October"),
        Case("The bank, originally set up in 2008, collapsed last year.", "2008", "The bank, originally set up in 2008"),
        Case("The plan, initially unveiled in January, was dropped.", "January", "The plan, initially unveiled in January"),
        // "as much", "as planned" open no clause: the description keeps the verb before them (were "Much in a report on
        // Wednesday", "Planned on Sunday despite the boycott", "Scheduled on Tuesday in Geneva").
        Case("The central bank admitted as much in a report on Wednesday.", "Wednesday",
             "The central bank admitted as much in a report on Wednesday"),
        Case("The vote went ahead as planned on Sunday despite the boycott.", "Sunday",
             "The vote went ahead as planned on Sunday despite the boycott"),
        Case("The talks resumed as scheduled on Tuesday in Geneva.", "Tuesday", "The talks resumed as scheduled on Tuesday in Geneva"),
        // A verbless subject opening the sentence before a relative clause set off by commas reaches its main verb (was the
        // subject alone: "Sales of new homes in February").
        Case("Sales of new homes in February, which were boosted by mild weather, fell 4.6 percent.", "February",
             "Sales of new homes in February, which were boosted by mild weather, fell 4.6 percent"),
        Case("Spending on equipment in the fourth quarter, which had been held back by the fiscal cliff, rose 8 percent.",
             "the fourth quarter",
             "Spending on equipment in the fourth quarter, which had been held back by the fiscal cliff, rose 8 percent"),
        Case("Spending on travel in January, which included the holiday week, slipped 1 percent.", "January",
             "Spending on travel in January, which included the holiday week, slipped 1 percent"),
        // A "where" clause right after a conjunct's verbless subject keeps that subject (was "Voters were still queuing …").
        Case("Voting ended at 5 p.m. on Monday, but polling stations where voters were still queuing at 7 p.m. stayed open.",
             "7 p.m.", "Polling stations where voters were still queuing at 7 p.m. stayed open"),
        Case("The army sealed the area, but villages where rebels had fought on Sunday remained cut off.", "Sunday",
             "Villages where rebels had fought on Sunday remained cut off"),
        Case("The hotel where he stayed on Monday was evacuated.", "Monday", "The hotel where he stayed on Monday was evacuated"),
        Case("Schools where classes resumed on Monday reported low attendance.", "Monday",
             "Schools where classes resumed on Monday reported low attendance"),
        // (Not after a clause with a verb of its own: the "where" clause is described by itself.)
        Case("He was taken to a hospital where he died on Sunday.", "Sunday", "He died on Sunday"),
        // A superlative appositive set off by a comma goes back to the clause with the verb whose figure it ranks (was the
        // appositive alone: "The highest since independence in 1963").
        Case("Turnout was 86 percent, the highest since independence in 1963.", "1963",
             "Turnout was 86 percent, the highest since independence in 1963"),
        Case("Home prices were up 8 percent, the biggest gain since 2006.", "2006",
             "Home prices were up 8 percent, the biggest gain since 2006"),
        Case("The deficit was 4 percent of output, its lowest level since 2008.", "2008",
             "The deficit was 4 percent of output, its lowest level since 2008"),
        // "and" before a present verb of intention and its object is a conjunct of its own (was the whole sentence).
        Case("The company cut its forecast on Tuesday and expects a decision by June.", "June",
             "The company expects a decision by June"),
        Case("The regulator opened an inquiry in January and expects a ruling by June.", "June",
             "The regulator expects a ruling by June"),
        Case("The ministry approved the plan last week and expects a vote in parliament by April.", "April",
             "The ministry expects a vote in parliament by April"),
        Case("The club sacked its coach on Monday and hopes for a new appointment by Friday.", "Friday",
             "The club hopes for a new appointment by Friday"),
        Case("The party lost the vote on Sunday and calls for new elections by June.", "June",
             "The party calls for new elections by June"),
        // A plural present that is an event noun too ("drop", "vote", "strike", "rally"), right after the comma closing a
        // relative clause about the sentence's subject, is the main verb: it keeps the subject (the fifty-eighth round).
        Case("Arsenal, who led the table, drop to second on Sunday.", "Sunday", "Arsenal drop to second on Sunday"),
        Case("Lawmakers, who returned from recess, vote on the budget on Tuesday.", "Tuesday",
             "Lawmakers vote on the budget on Tuesday"),
        Case("Workers, who have not been paid since January, strike on Monday.", "Monday", "Workers strike on Monday"),
        Case("Shares, which rose in February, fall on Monday.", "Monday", "Shares fall on Monday"),
        Case("Supporters, who gathered outside the court, rally behind the president on Sunday.", "Sunday",
             "Supporters rally behind the president on Sunday"),
    ]

    @Test(arguments: cases)
    func description(_ item: Case) throws { try FamilyCheck.check(item, on: CalendarDate(year: 2023, month: 3, day: 3)) }
}

/// The sixtieth round's descriptions: a fronted date followed by a prepositional aside set off by commas, whose only
/// event words are nouns, goes on to the main clause (was the aside: "In 2009, at a summit in Prague").
@Suite("Event descriptions, round 60")
struct FamilyNewsRound60DescriptionTests {
    static let cases: [DescriptionCase] = [
        DescriptionCase("In 2009, at a summit in Prague, the leaders agreed to cut emissions.", "2009",
                        "In 2009, at a summit in Prague, the leaders agreed to cut emissions"),
        DescriptionCase("Last week, at a meeting in Vienna, the ministers approved the plan.", "Last week",
                        "Last week, at a meeting in Vienna, the ministers approved the plan"),
        DescriptionCase("Late on Friday, during talks in Doha, the rebels accepted the truce.", "Late on Friday",
                        "Late on Friday, during talks in Doha, the rebels accepted the truce"),
        // (As before: an aside without event words, and a setting phrase that opens the sentence.)
        DescriptionCase("Last week, at the headquarters in Vienna, the ministers approved the plan.", "Last week",
                        "Last week, at the headquarters in Vienna, the ministers approved the plan"),
        DescriptionCase("In a speech on Thursday, the president urged Congress to act.", "Thursday",
                        "In a speech on Thursday, the president urged Congress to act"),
    ]

    @Test(arguments: cases)
    func description(_ item: DescriptionCase) throws { try FamilyCheck.check(item, on: FamilyDates.sunday) }
}

/// The sixty-fourth round's descriptions: a fronted weekday's lower-case subject set off by commas, and an aside whose
/// event is an infinitive, go on to the main clause (were "On Monday, the minister, on a visit to Paris", "In 1998, the
/// company, in an effort to cut costs").
@Suite("Event descriptions, round 64")
struct FamilyNewsRound64DescriptionTests {
    static let cases: [DescriptionCase] = [
        DescriptionCase("On Monday, the minister, on a visit to Paris, signed the agreement.", "Monday",
                        "On Monday, the minister, on a visit to Paris, signed the agreement"),
        DescriptionCase("In 1998, the company, in an effort to cut costs, closed three plants.", "1998",
                        "In 1998, the company, in an effort to cut costs, closed three plants"),
        DescriptionCase("On Tuesday, a man, on his way to work, was shot dead.", "Tuesday",
                        "On Tuesday, a man, on his way to work, was shot dead"),
        // (As before: a subordinate clause, and an appositive after a place.)
        DescriptionCase("On Sunday, after talks collapsed, the leaders will try again.", "Sunday",
                        "On Sunday, after talks collapsed, the leaders will try again"),
        DescriptionCase("Clashes broke out in Homs, a rebel stronghold, on Sunday.", "Sunday",
                        "Clashes broke out in Homs, a rebel stronghold, on Sunday"),
    ]

    @Test(arguments: cases)
    func description(_ item: DescriptionCase) throws { try FamilyCheck.check(item, on: FamilyDates.sunday) }
}

/// The sixty-fifth round's descriptions: a clause that "after", "before", "since" or "until" opens with a subject that
/// a phrase modifies ("a string of tornadoes", "the boy's relatives in Miami", "the Office for National Statistics")
/// and a verb of its own loses its connective, as one with a short subject did (was "After a string of tornadoes
/// killed …"); a relative pronoun set off after plain nouns that follow a preposition keeps them ("Health insurance
/// subsidies, which expire at the end of the year", was "Expire at the end of the year"); a noun phrase "until" split
/// off goes back to its verb's clause before a comma and over a verbless "as" or "from" phrase.
@Suite("Event descriptions, round 65")
struct FamilyNewsRound65DescriptionTests {
    static let cases: [DescriptionCase] = [
        DescriptionCase("The outbreak comes a year after a string of tornadoes killed 24 people in Kentucky in May 2022.",
                        "May 2022", "A string of tornadoes killed 24 people in Kentucky in May 2022"),
        DescriptionCase("The announcement came a day after the Office for National Statistics published figures on Tuesday.",
                        "Tuesday", "The Office for National Statistics published figures on Tuesday"),
        DescriptionCase("The family left the house after the boy's relatives in Miami said on Wednesday that they would appeal.",
                        "Wednesday", "The boy's relatives in Miami said on Wednesday that they would appeal"),
        DescriptionCase("The discovery comes 30 years after the first planet around a sun-like star was found in October 1995.",
                        "October 1995", "The first planet around a sun-like star was found in October 1995"),
        DescriptionCase("Lawyers filed a new motion after a federal appeals court Thursday refused to order a hearing.",
                        "Thursday", "A federal appeals court Thursday refused to order a hearing"),
        DescriptionCase("The council met again before the leader of the opposition resigned in January.", "January",
                        "The leader of the opposition resigned in January"),
        DescriptionCase("The siege went on until the capture of the fortress in 1863 ended the campaign.", "1863",
                        "The capture of the fortress in 1863 ended the campaign"),
        // (As before: a noun phrase with no verb of its own, a participle before "by", a relative clause in the subject,
        // a date inside an unmodified subject.)
        DescriptionCase("Police arrived shortly after the end of the concert on Saturday.", "Saturday",
                        "After the end of the concert on Saturday"),
        DescriptionCase("Prices fell until the arrival in July 1780 of a large force of soldiers led by the count.", "July 1780",
                        "Until the arrival in July 1780 of a large force of soldiers led by the count"),
        DescriptionCase("The mayor spoke before the panel that issued Thursday's ruling.", "Thursday",
                        "Before the panel that issued Thursday's ruling"),
        DescriptionCase("Profit rose 4 percent after a flat second quarter tied largely to lower earnings.", "second quarter",
                        "After a flat second quarter tied largely to lower earnings"),
        // A relative pronoun set off after plain nouns that follow a preposition keeps them, as one after an article's
        // noun phrase does (was the clause without its subject: "Expire at the end of the year").
        DescriptionCase("Democrats would not back another extension without a deal on health insurance subsidies, which expire at the end of the year.",
                        "the end of the year", "Health insurance subsidies, which expire at the end of the year"),
        DescriptionCase("The minister held talks with opposition leaders, who walked out of parliament on Tuesday.", "Tuesday",
                        "Opposition leaders, who walked out of parliament on Tuesday"),
        DescriptionCase("Investors worried about rising bond yields, which hit a record in March.", "March",
                        "Rising bond yields, which hit a record in March"),
        DescriptionCase("The bank failed to sell the shares to pension funds, who were wary of the gains made this week.", "this week",
                        "Pension funds, who were wary of the gains made this week"),
        // (As before: an article's noun phrase, a name, a relative clause with a subject of its own, no comma.)
        DescriptionCase("They await a ruling on the case, which is expected next month.", "next month",
                        "A ruling on the case, which is expected next month"),
        DescriptionCase("The package includes money for Ukraine, which has been fighting Russia since February.", "February",
                        "Ukraine has been fighting Russia since February"),
        DescriptionCase("The court ruled on tax cuts, which parliament approved last year.", "last year",
                        "Tax cuts, which parliament approved last year"),
        DescriptionCase("The company invested in new factories, which opened last year.", "last year",
                        "The company invested in new factories, which opened last year"),
        // A noun phrase that "until" split off goes back to the clause with its verb before a comma too, and over a
        // verbless "as" or "from" phrase (was "Until her resignation in March 2022").
        DescriptionCase("The senator, who held the seat until his death in 2009, was widely admired.", "2009",
                        "The senator held the seat until his death in 2009"),
        DescriptionCase("Carrasco, who served as treasurer from 2013 until her resignation in March 2022, did not react.",
                        "March 2022", "Carrasco served as treasurer from 2013 until her resignation in March 2022"),
        DescriptionCase("The islands remained under occupation until their treaty with the republic in 1925, when troops withdrew.",
                        "1925", "The islands remained under occupation until their treaty with the republic in 1925"),
        DescriptionCase("Detectives have been looking for the driver since shortly after the Oct. 23 crash.", "Oct. 23",
                        "Detectives have been looking for the driver since shortly after the Oct. 23 crash"),
        // (As before: "until" and a preposition before a comma and a clause of its own.)
        DescriptionCase("Relations deteriorated until in March 1980, Iran downgraded its ties.", "March 1980",
                        "Until in March 1980, Iran downgraded its ties"),
    ]

    @Test(arguments: cases)
    func description(_ item: DescriptionCase) throws { try FamilyCheck.check(item, on: FamilyDates.sunday) }
}

/// The sixty-sixth round's descriptions: "since" and its expression right after a word, with a verb straight after
/// them, modify the noun before them and belong to its clause (was "Since early last year could slow warnings",
/// "Since January have hurt shoppers").
@Suite("Event descriptions, round 66")
struct FamilyNewsRound66DescriptionTests {
    static let cases: [DescriptionCase] = [
        DescriptionCase("Officials have warned that cuts to the weather service's staff since early last year could slow warnings.",
                        "early last year", "Officials have warned that cuts to the weather service's staff since early last year could slow warnings"),
        DescriptionCase("Rising prices since January have hurt shoppers across the region.", "January",
                        "Rising prices since January have hurt shoppers across the region"),
        DescriptionCase("Analysts said the layoffs since March would weigh on consumer spending.", "March",
                        "Analysts said the layoffs since March would weigh on consumer spending"),
        DescriptionCase("The measures taken since last spring will expire next month.", "last spring",
                        "The measures taken since last spring will expire next month"),
        // (As before: "since" after its verb, opening the sentence, before a subject, or before a conjunct; "until".)
        DescriptionCase("Prices have risen since January, the agency said.", "January", "Prices have risen since January"),
        DescriptionCase("He has lived in Paris since 2015.", "2015", "He has lived in Paris since 2015"),
        DescriptionCase("Since 2010 prices have doubled in the capital.", "2010", "Since 2010 prices have doubled in the capital"),
        DescriptionCase("The team has won every game since October and leads the league.", "October",
                        "The team has won every game since October and leads the league"),
        DescriptionCase("The ceasefire until Friday was broken within hours, officials said.", "Friday",
                        "The ceasefire until Friday was broken within hours"),
    ]

    @Test(arguments: cases)
    func description(_ item: DescriptionCase) throws { try FamilyCheck.check(item, on: FamilyDates.sunday) }
}

/// Round 70: a title the sentence breaker split off the name that opens the next sentence ("Gov. | Ana Ruiz declared
/// …") goes back on it in the description, with a rank before it ("Lt. Gen."); not after a capitalised word, where the
/// abbreviation may close a street's name, nor when the description opens elsewhere. A later conjunct of a sentence
/// opening with a pronoun takes the pronoun ("They opened a bakery two years later", was "Opened a bakery …"); one
/// opening with a modal after a reported clause with a modal takes that clause's subject ("The winds could gust …", was
/// "Forecasters could gust …").
@Suite("Event descriptions, round 70")
struct FamilyNewsRound70DescriptionTests {
    static let cases: [DescriptionCase] = [
        DescriptionCase("Gov. Ana Ruiz declared a state of emergency on Saturday afternoon.", "Saturday afternoon",
                        "Gov. Ana Ruiz declared a state of emergency on Saturday afternoon"),
        DescriptionCase("It was dry. Dr. Kevin Moss said on Friday that the brush was the driest in a decade.", "Friday",
                        "Dr. Kevin Moss said on Friday that the brush was the driest in a decade"),
        DescriptionCase("Lt. Gen. Richard Hale retired from the army in 2019.", "2019", "Lt. Gen. Richard Hale retired from the army in 2019"),
        DescriptionCase("The bill was praised by teachers, and Gov. Bill Lee signed it on Tuesday.", "Tuesday",
                        "Gov. Bill Lee signed it on Tuesday"),
        DescriptionCase("Maj. Gen. George Meade took command of the army in June 1863.", "June 1863",
                        "Maj. Gen. George Meade took command of the army in June 1863"),
        DescriptionCase("Sen. Laura Quinn campaigned in Ohio last week.", "last week", "Sen. Laura Quinn campaigned in Ohio last week"),
        // A later conjunct, after "and" or "but", of a sentence that opens with a pronoun and its verb takes the pronoun.
        DescriptionCase("She studied chemistry at Manchester, graduating in 1953, and earned her doctorate there four years later.",
                        "four years later", "She earned her doctorate there four years later"),
        DescriptionCase("They moved to Ohio in 2010, and opened a bakery two years later.", "two years later",
                        "They opened a bakery two years later"),
        DescriptionCase("He was detained on Tuesday, but was released without charge on Thursday.", "Thursday",
                        "He was released without charge on Thursday"),
        DescriptionCase("We finished the regular season strongly, and won the title in May.", "May", "We won the title in May"),
        // A later conjunct opening with a modal after a reported clause with a modal takes that clause's subject.
        DescriptionCase("Forecasters said the winds would return on Wednesday and could gust to 50 miles an hour through Thursday night.",
                        "Thursday night", "The winds could gust to 50 miles an hour through Thursday night"),
        DescriptionCase("The ministry said that the new rules would take effect in March, and could be extended until the end of the year.",
                        "the end of the year", "The new rules could be extended until the end of the year"),
        DescriptionCase("Analysts said the central bank would cut rates in June and might cut again in September.", "September",
                        "The central bank might cut again in September"),
        // (As before: titles the breaker keeps, an abbreviation after a capitalised word, a description opening elsewhere;
        // a conjunct with a subject of its own, one with no comma before it; a conjunct of "said" itself, a pronoun
        // reported.)
        DescriptionCase("Officials said the fire was contained on Monday and lifted the evacuation orders on Tuesday.", "Tuesday",
                        "Officials lifted the evacuation orders on Tuesday"),
        DescriptionCase("The company said it would close the plant in May and would cut 300 jobs by July.", "July",
                        "The company said it would close the plant in May and would cut 300 jobs by July"),
        DescriptionCase("They moved to Ohio in 2010, and the bakery opened two years later.", "two years later",
                        "The bakery opened two years later"),
        DescriptionCase("He was arrested in May and pleaded guilty in June.", "June", "He was arrested in May and pleaded guilty in June"),
        DescriptionCase("Mr. James Fenwick resigned on Thursday.", "Thursday", "Mr. James Fenwick resigned on Thursday"),
        DescriptionCase("Capt. Ellen Ross landed the plane safely on Friday.", "Friday", "Capt. Ellen Ross landed the plane safely on Friday"),
        DescriptionCase("The fire started on Elm Dr. Smith said it spread on Wednesday.", "Wednesday", "Smith said it spread on Wednesday"),
        DescriptionCase("Dr. Kevin Moss said the fire, which started on Saturday, was the largest in years.", "Saturday",
                        "The fire started on Saturday"),
    ]

    @Test(arguments: cases)
    func description(_ item: DescriptionCase) throws { try FamilyCheck.check(item, on: FamilyDates.sunday) }
}

/// Round 74: participle phrases without a subject of their own, and a sentence-opening phrase whose only verb is a
/// relative clause's, take in the clause they belong to (a main clause read after an opening phrase, the clause before
/// a trailing participle). Against Sun 2021-06-13 (UTC).
@Suite("Family news round 74 descriptions")
struct FamilyNewsRound74DescriptionTests {
    static let cases: [DescriptionCase] = [
        // A participle phrase opening the sentence, set off by a comma, takes in its main clause.
        DescriptionCase("Ending a strike that began in October, dock workers returned to the ports on Wednesday.", "October",
                        "Ending a strike that began in October, dock workers returned to the ports on Wednesday"),
        DescriptionCase("Becoming the first woman to run the agency in 2011, Ms. Park was sworn in on Tuesday.", "2011",
                        "Becoming the first woman to run the agency in 2011, Ms. Park was sworn in on Tuesday"),
        DescriptionCase("Joining the orchestra in 1987 as a violinist, Carla Nunes became its conductor a decade later.", "1987",
                        "Joining the orchestra in 1987 as a violinist, Carla Nunes became its conductor a decade later"),
        DescriptionCase("Born in Lagos in 1949, Mr. Adeyemi studied law in London.", "1949",
                        "Born in Lagos in 1949, Mr. Adeyemi studied law in London"),
        DescriptionCase("Having won the title in 2010, the club fell apart a year later.", "2010",
                        "Having won the title in 2010, the club fell apart a year later"),
        DescriptionCase("Starting with the payment due on April 15, borrowers will pay less each month.", "April 15",
                        "Starting with the payment due on April 15, borrowers will pay less each month"),
        // A participle set off by a comma after a clause with a verb goes back to that clause.
        DescriptionCase("The judge set a hearing for Aug. 14, raising the prospect of a second trial next year.", "next year",
                        "The judge set a hearing for Aug. 14, raising the prospect of a second trial next year"),
        DescriptionCase("In the fourth quarter, the chain cut prices on 200 products, sending its shares up 6 percent on Tuesday.",
                        "Tuesday", "The chain cut prices on 200 products, sending its shares up 6 percent on Tuesday"),
        DescriptionCase("He led a team that exposed a bribery scheme, winning a Pulitzer Prize the next year.", "the next year",
                        "He led a team that exposed a bribery scheme, winning a Pulitzer Prize the next year"),
        DescriptionCase("Rebels seized the airport near the capital, starting a siege of the city in June.", "June",
                        "Rebels seized the airport near the capital, starting a siege of the city in June"),
        // An opening phrase whose only verb is a relative clause's is the setting of the main clause.
        DescriptionCase("In the three months that ended June 30, the bank earned $2.1 billion.", "June 30",
                        "In the three months that ended June 30, the bank earned $2.1 billion"),
        DescriptionCase("In the week that followed the vote on Friday, markets fell sharply.", "Friday",
                        "In the week that followed the vote on Friday, markets fell sharply"),
        // A clause ending with its verb, cut before a "before" or "after" and a noun phrase, takes that phrase in.
        DescriptionCase("In 2008, Mrs. Hollis testified before a committee of the Senate.", "2008",
                        "In 2008, Mrs. Hollis testified before a committee of the Senate"),
        DescriptionCase("On Friday, the senator appeared before reporters in Boston.", "Friday",
                        "On Friday, the senator appeared before reporters in Boston"),
        DescriptionCase("In 2016, the former treasurer testified before a grand jury that had met in secret.", "2016",
                        "In 2016, the former treasurer testified before a grand jury"),
        DescriptionCase("Last week, the two leaders spoke after a summit dinner.", "Last week",
                        "Last week, the two leaders spoke after a summit dinner"),
        // (As before: the date after the verb; a "before" clause with a verb of its own.)
        DescriptionCase("He resigned in 2010 after a scandal over his expenses.", "2010", "He resigned in 2010"),
        DescriptionCase("In 2011, the senator voted against the tax increase before a recall campaign cost him his seat.", "2011",
                        "In 2011, the senator voted against the tax increase"),
        DescriptionCase("On Sunday, voters waited before results were announced.", "Sunday", "On Sunday, voters waited"),
        // (As before: a gerund subject, with or without a comma after its clause; "according to", "including", "adding";
        // an inverted participle before its verb; a participle after a verbless phrase; "that" as a determiner; a
        // short opening participle that already took its main clause in.)
        DescriptionCase("Eliminating the deficit by 2015 will be hard.", "2015", "Eliminating the deficit by 2015 will be hard"),
        DescriptionCase("Smoking in bars was banned in 2007, officials said.", "2007", "Smoking in bars was banned in 2007"),
        DescriptionCase("Prices rose 4 percent in February, according to a report released on Monday.", "Monday",
                        "According to a report released on Monday"),
        DescriptionCase("Ten people died in the floods, including three children on Sunday.", "Sunday",
                        "Ten people died in the floods, including three children on Sunday"),
        DescriptionCase("Officials confirmed the closure on Monday, adding that it would last until May.", "May",
                        "Adding that it would last until May"),
        DescriptionCase("Leading the gains in the latest quarter was its paper unit.", "the latest quarter",
                        "Leading the gains in the latest quarter was its paper unit"),
        DescriptionCase("In that year, the company expanded into Asia.", "that year", "In that year, the company expanded into Asia"),
        DescriptionCase("Founded in 1902, the company makes pumps and valves.", "1902", "Founded in 1902, the company makes pumps and valves"),
        DescriptionCase("The storm hit the coast on Monday, sending thousands of people to shelters.", "Monday",
                        "The storm hit the coast on Monday"),
    ]

    @Test(arguments: cases)
    func description(_ item: DescriptionCase) throws { try FamilyCheck.check(item, on: FamilyDates.sunday) }
}

/// Round 86: "a.m." or "p.m." before a zone's abbreviation in capitals ends no sentence ("is set for 9:15 p.m. EDT (0115
/// GMT Tuesday)", "opened at 10 a.m. CET on Monday"): the day after the zone dates the whole clause, not "EDT (0115 GMT
/// Tuesday)" alone. A zone with its period before a capitalised word still ends its sentence.
@Suite("Event descriptions, round 86")
struct FamilyNewsRound86DescriptionTests {
    static let cases: [DescriptionCase] = [
        DescriptionCase("The launch is set for 9:15 p.m. EDT (0115 GMT Tuesday).", "Tuesday",
                        "The launch is set for 9:15 p.m. EDT (0115 GMT Tuesday)"),
        DescriptionCase("The talks opened at 10 a.m. CET on Monday.", "Monday", "The talks opened at 10 a.m. CET on Monday"),
        DescriptionCase("Voting will end at 8 p.m. BST on Thursday.", "Thursday", "Voting will end at 8 p.m. BST on Thursday"),
        DescriptionCase("The rocket lifted off at 11:02 p.m. MSK on Sunday.", "Sunday",
                        "The rocket lifted off at 11:02 p.m. MSK on Sunday"),
        // (As before: the zone and its period close the sentence.)
        DescriptionCase("The market closed at 4 p.m. EST. Maven is due to report on Friday.", "Friday",
                        "Maven is due to report on Friday"),
        DescriptionCase("He left at 5 p.m. NASA said on Monday the crew was safe.", "Monday", "NASA said on Monday the crew was safe"),
    ]

    @Test(arguments: cases)
    func description(_ item: DescriptionCase) throws { try FamilyCheck.check(item) }
}

/// Round 89: a trailing attribution that holds the date ("…, the army said on Tuesday") takes in the report it follows,
/// cut before its comma when long; a partitive relative clause ("the last of which", "one of whom") keeps the clause of
/// the noun it is about.
@Suite("Family news round 89 descriptions")
struct FamilyNewsRound89DescriptionTests {
    static let cases: [DescriptionCase] = [
        // A trailing attribution with the date takes in the report before its comma.
        DescriptionCase("Rebels seized the northern town of Kalo, the army said on Tuesday.", "Tuesday",
                        "Rebels seized the northern town of Kalo, the army said on Tuesday"),
        DescriptionCase("A daily pill cut the risk of heart attack by a third, researchers reported on Monday.", "Monday",
                        "A daily pill cut the risk of heart attack by a third, researchers reported on Monday"),
        DescriptionCase("But talks with the union have resumed, a company spokeswoman said Friday.", "Friday",
                        "Talks with the union have resumed, a company spokeswoman said Friday"),
        DescriptionCase("The death toll, initially 10, has risen to 14, hospital officials said Wednesday.", "Wednesday",
                        "The death toll, initially 10, has risen to 14, hospital officials said Wednesday"),
        DescriptionCase("Prices rose sharply in March, the statistics office announced Thursday.", "Thursday",
                        "Prices rose sharply in March, the statistics office announced Thursday"),
        DescriptionCase("NAIROBI _ Police arrested three men in the port city, a government spokesman said Saturday.", "Saturday",
                        "Police arrested three men in the port city, a government spokesman said Saturday"),
        // (A long report is cut before its comma; the attribution stays.)
        DescriptionCase("The regional water authority has ordered farmers in four northern districts to stop drawing water from the river "
                        + "and its tributaries until the reservoirs that supply the capital recover from the longest drought on record, "
                        + "an official said Friday.", "Friday",
                        "The regional water authority has ordered farmers in four northern districts to stop drawing water from the river "
                        + "and its tributaries until the reservoirs that…, an official said Friday"),
        DescriptionCase("Rebels took the town, the army said Tuesday, and fighting continued.", "Tuesday",
                        "Rebels took the town, the army said Tuesday"),
        // (As before: a quotation, a phrase with no verb, no comma before the speaker, a date in the report.)
        DescriptionCase("\"We will not give up,\" the mayor said Monday.", "Monday", "The mayor said Monday"),
        DescriptionCase("In the capital, officials said Tuesday.", "Tuesday", "In the capital, officials said Tuesday"),
        DescriptionCase("Officials said on Tuesday that the road would reopen.", "Tuesday",
                        "Officials said on Tuesday that the road would reopen"),
        DescriptionCase("Smoking in bars was banned in 2007, officials said.", "2007", "Smoking in bars was banned in 2007"),
        DescriptionCase("The regional water authority has ordered farmers in four northern districts to stop drawing water from the river "
                        + "from Tuesday until the reservoirs that supply the capital recover from the longest drought on record, "
                        + "an official said Friday.", "Friday", "An official said Friday"),
        // A partitive relative clause keeps the clause of the noun it is about.
        DescriptionCase("She wrote three books, the last of which appeared in 2015.", "2015",
                        "She wrote three books, the last of which appeared in 2015"),
        DescriptionCase("The company sold four plants, two of which closed in 2019.", "2019",
                        "The company sold four plants, two of which closed in 2019"),
        DescriptionCase("He had five children, one of whom died in 1990.", "1990", "He had five children, one of whom died in 1990"),
        DescriptionCase("The city owns 40 buses, none of which will run on Monday.", "Monday",
                        "The city owns 40 buses, none of which will run on Monday"),
        DescriptionCase("The reports, all of which were published in 2010, found no fraud.", "2010",
                        "The reports, all of which were published in 2010"),
    ]

    @Test(arguments: cases)
    func description(_ item: DescriptionCase) throws { try FamilyCheck.check(item, on: FamilyDates.sunday) }
}

/// Round 101: a later conjunct with a speaker of its own ("… and Jones said he would stay") is cut off the first
/// speaker's row, a title the sentence splitter left on its name keeps the one before it ("Lt. Col. Ivan Petrenko"),
/// and any capitalised "-ed" participle before a preposition opening the sentence takes in its main clause ("Signed
/// from Monaco in 2018, he …"), and a later conjunct's bare verb keeps the modal of the subject it shares ("The tour
/// will close …"). Against Fri 2022-09-16 (UTC).
@Suite("Family news round 101 descriptions")
struct FamilyNewsRound101DescriptionTests {
    static let cases: [DescriptionCase] = [
        // A name and a reporting verb after "and" open a conjunct of their own, after a modal's verb too.
        DescriptionCase("Smith said on Monday that he would resign and Jones said he would stay.", "Monday",
                        "Smith said on Monday that he would resign"),
        DescriptionCase("Mr. Orban said on Friday that he had received guarantees and Mrs. Meloni said that Italy backed the deal.",
                        "Friday", "Mr. Orban said on Friday that he had received guarantees"),
        DescriptionCase("The mayor announced on Tuesday that the park would close and Councilwoman Diaz told reporters it would not.",
                        "Tuesday", "The mayor announced on Tuesday that the park would close"),
        DescriptionCase("The coach said on Wednesday that the team would rest its players and Ramos said he would play.", "Wednesday",
                        "The coach said on Wednesday that the team would rest its players"),
        DescriptionCase("The minister said the talks would resume in May and Brussels said they would not.", "May",
                        "The minister said the talks would resume in May"),
        // (As before: names joined by "and", a name that no reporting verb follows, a later speaker with a comma.)
        DescriptionCase("The Immigration and Naturalization Service said on Monday that it would appeal.", "Monday",
                        "The Immigration and Naturalization Service said on Monday that it would appeal"),
        DescriptionCase("Smith and Jones said on Monday that they would appeal.", "Monday",
                        "Smith and Jones said on Monday that they would appeal"),
        DescriptionCase("Officials in Kenya and Tanzania said on Monday that the border would reopen.", "Monday",
                        "Officials in Kenya and Tanzania said on Monday that the border would reopen"),
        DescriptionCase("Police arrested Smith and Jones on Monday, officials said.", "Monday", "Police arrested Smith and Jones on Monday"),
        DescriptionCase("The minister said on Monday that prices would rise, and Jones said on Tuesday that they would not.", "Tuesday",
                        "Jones said on Tuesday that they would not"),
        // A title the splitter kept on its name keeps the title before it.
        DescriptionCase("Lt. Col. Ivan Petrenko told reporters on Wednesday that troops had repelled 20 attacks.", "Wednesday",
                        "Lt. Col. Ivan Petrenko told reporters on Wednesday that troops had repelled 20 attacks"),
        DescriptionCase("Lt. Col. Anna Berg said on Monday that the unit would leave in May.", "Monday",
                        "Lt. Col. Anna Berg said on Monday that the unit would leave in May"),
        // (As before: titles the splitter split off, each.)
        DescriptionCase("Lt. Gen. Sarah Hale said on Monday that the base would close.", "Monday",
                        "Lt. Gen. Sarah Hale said on Monday that the base would close"),
        DescriptionCase("Gov. Laura Pike said on Friday that she would appoint a successor.", "Friday",
                        "Gov. Laura Pike said on Friday that she would appoint a successor"),
        // A capitalised "-ed" participle before a preposition opening the sentence takes in its main clause.
        DescriptionCase("Signed from Monaco in 2018, he has scored 200 goals for the club.", "2018",
                        "Signed from Monaco in 2018, he has scored 200 goals for the club"),
        DescriptionCase("Asked about the vote on Monday, Smith said he had no regrets.", "Monday",
                        "Asked about the vote on Monday, Smith said he had no regrets"),
        DescriptionCase("Arrested in Paris in 2015, the suspect was extradited a year later.", "2015",
                        "Arrested in Paris in 2015, the suspect was extradited a year later"),
        DescriptionCase("Released from prison in 2011, he founded a charity.", "2011", "Released from prison in 2011, he founded a charity"),
        // (As before: a participle with a verb of its own, a name in "-ed", no comma.)
        DescriptionCase("Reported on Monday, the figures showed a sharp rise.", "Monday",
                        "Reported on Monday, the figures showed a sharp rise"),
        DescriptionCase("United in 2010 beat Chelsea twice.", "2010", "United in 2010 beat Chelsea twice"),
        DescriptionCase("Armed with rifles on Monday the men stormed the bank.", "Monday",
                        "Armed with rifles on Monday the men stormed the bank"),
        // A later conjunct's bare verb takes the modal after the subject it shares.
        DescriptionCase("The tour will open in St. Louis on July 4 and close in Los Angeles in September.", "September",
                        "The tour will close in Los Angeles in September"),
        DescriptionCase("The festival will open in Austin on March 1 and close in Dallas in April.", "April",
                        "The festival will close in Dallas in April"),
        // (As before: a conjunct with a verb of its own tense, or after an auxiliary that is no modal.)
        DescriptionCase("The company has cut 2,000 jobs since January and plans to close three plants by June.", "June",
                        "The company plans to close three plants by June"),
        DescriptionCase("Hungary had threatened to block it, but dropped its objections on Wednesday.", "Wednesday",
                        "Hungary dropped its objections on Wednesday"),
    ]

    @Test(arguments: cases)
    func description(_ item: DescriptionCase) throws { try FamilyCheck.check(item) }
}

/// Round 105: a relative clause after a date stands for the noun phrase before the date; a name after a preposition
/// stands for the noun phrase before it when the clause takes it as its object or that phrase opens the sentence; a year
/// between a determiner and its noun stays in the subject; "No." split off its number goes back on it.
@Suite("Family news round 105 descriptions")
struct FamilyNewsRound105DescriptionTests {
    static let cases: [DescriptionCase] = [
        // A relative pronoun after a date stands for the noun phrase before that date.
        DescriptionCase("Rebels attacked the dam on Wednesday, which was built in 1960.", "1960", "The dam was built in 1960"),
        DescriptionCase("Police detained the singer on Monday, who was born in 1950.", "1950", "The singer was born in 1950"),
        DescriptionCase("The council closed the library on Tuesday, which had opened in 1902.", "1902", "The library had opened in 1902"),
        DescriptionCase("The army recaptured the bridge on Friday, which rebels had seized in 2014.", "2014",
                        "Rebels had seized the bridge in 2014"),
        DescriptionCase("The company bought the plant in 2005, which it closed in 2012.", "2012", "It closed the plant in 2012"),
        DescriptionCase("Voters elected Mr. Smith in 2010, who resigned in 2012.", "2012", "Mr. Smith resigned in 2012"),
        // A name after a preposition stands for the noun phrase before it as an object, or when that phrase opens the sentence.
        DescriptionCase("The EU approved a package for Ukraine, which Hungary had blocked in May.", "May",
                        "Hungary had blocked a package for Ukraine in May"),
        DescriptionCase("Officials unveiled a plan for Gaza on Monday, which Israel had rejected in April.", "April",
                        "Israel had rejected a plan for Gaza in April"),
        DescriptionCase("The talks with Russia, which began in May, collapsed on Friday.", "May", "The talks with Russia began in May"),
        // (As before: a name a clause with its verb follows, mid-sentence; a time word before the pronoun that no
        // preposition opens.)
        DescriptionCase("Kyiv received aid from Germany, which has pledged more by June.", "June", "Germany has pledged more by June"),
        DescriptionCase("The deal includes aid for Kenya, which the IMF had blocked in May.", "May", "The IMF had blocked Kenya in May"),
        DescriptionCase("Revenue for the fourth quarter, which ended on Dec. 31, fell 3 percent.", "Dec. 31",
                        "Revenue for the fourth quarter ended on Dec. 31"),
        DescriptionCase("The company bought the plant in 2005, which it closed in 2012.", "2005", "The company bought the plant in 2005"),
        // A year between a determiner or a possessive and its noun stays in the subject.
        DescriptionCase("Her 1996 album, which sold 10 million copies, was reissued last week.", "last week",
                        "Her 1996 album was reissued last week"),
        DescriptionCase("The club's 2002 Champions League trophy, which was stolen in 2011, was found on Monday.", "2011",
                        "The club's 2002 Champions League trophy was stolen in 2011"),
        DescriptionCase("The 2008 crisis, which began in September, hit banks hard in 2009.", "September",
                        "The 2008 crisis began in September"),
        // (As before: the date in the subject keeps its sentence.)
        DescriptionCase("The 2008 crisis, which began in September, hit banks hard in 2009.", "2008",
                        "The 2008 crisis, which began in September, hit banks hard in 2009"),
        // "No." split off its number goes back on it.
        DescriptionCase("No. 10 Downing Street said on Monday that the talks would continue.", "Monday",
                        "No. 10 Downing Street said on Monday that the talks would continue"),
        // (As before: "No." the splitter kept on its number.)
        DescriptionCase("No. 2 seed Smith lost on Tuesday.", "Tuesday", "No. 2 seed Smith lost on Tuesday"),
    ]

    @Test(arguments: cases)
    func description(_ item: DescriptionCase) throws { try FamilyCheck.check(item) }
}

/// A live blog's time stamp on a line of its own heads the entry on the next line: its row tells that entry, past a
/// "Key event" or "Breaking" line, with the stamp's own value (`EventLinker.stampEntry`).
@Suite("Family news round 108 descriptions")
struct FamilyNewsRound108DescriptionTests {
    static let cases: [DescriptionCase] = [
        DescriptionCase("The session opened.\n09:15 BST\nTrains were cancelled across the north.", "09:15 BST",
                        "Trains were cancelled across the north"),
        DescriptionCase("Polls opened.\n2:05 p.m. ET\nThe governor will speak at the Capitol.", "2:05 p.m. ET",
                        "The governor will speak at the Capitol"),
        DescriptionCase("Counting began.\n9.58pm\nExit poll due in two minutes.", "9.58pm", "Exit poll due in two minutes"),
        DescriptionCase("Live coverage.\n14:05\nKey event\nThe central bank holds rates steady.", "14:05",
                        "The central bank holds rates steady"),
        DescriptionCase("Live coverage.\n10.15pm\nBreaking\nThe first result is declared in Newcastle.", "10.15pm",
                        "The first result is declared in Newcastle"),
        DescriptionCase("Storm updates.\nUpdated 20 minutes ago\nRail services resume on most lines.", "20 minutes ago",
                        "Rail services resume on most lines"),
        DescriptionCase("Storm updates.\n45 minutes ago\nThe tsunami warning was lifted.", "45 minutes ago",
                        "The tsunami warning was lifted"),
        DescriptionCase("Markets live.\n4:10 PM ET\n“We are cautious about the outlook,” a strategist said.", "4:10 PM ET",
                        "“We are cautious about the outlook,” a strategist said"),
        // (As before: a key-date line, a clock time in prose, a stamp on the text's last line, a stamp before another.)
        DescriptionCase("Key dates\nJan. 6: Congress certifies the result.", "Jan. 6", "Jan. 6: Congress certifies the result"),
        DescriptionCase("The session opened at 1 p.m.\nIt lasted until midnight.", "1 p.m.", "The session opened at 1 p.m."),
        DescriptionCase("Powell spoke on Wednesday.\n14:05 GMT", "14:05 GMT", "14:05 GMT"),
        DescriptionCase("Strike day.\n06:00\n06:30\nPickets gathered outside the depot.", "06:00", "06:00"),
    ]

    @Test(arguments: cases)
    func description(_ item: DescriptionCase) throws { try FamilyCheck.check(item) }
}

/// Round 120: a noun phrase with a prepositional phrase opening the sentence before a relative clause set off by commas
/// is what the pronoun stands for; a main clause after such a relative clause has the sentence's subject, without the
/// relative clause, whatever its verb; a subject after an opening quotation mark is found past the mark.
@Suite("Family news round 120 descriptions")
struct FamilyNewsRound120DescriptionTests {
    static let cases: [DescriptionCase] = [
        // A noun phrase and its prepositional phrase opening the sentence before the pronoun.
        DescriptionCase("Talks with Moscow, which began in October, have stalled.", "October", "Talks with Moscow began in October"),
        DescriptionCase("Shares of Brightwell, which have doubled since January, rose 4 percent on Friday.", "January",
                        "Shares of Brightwell have doubled since January"),
        DescriptionCase("Drowning deaths in the county, which fell every year from 2010 to 2018, have risen since 2019.", "2010 to 2018",
                        "Drowning deaths in the county fell every year from 2010 to 2018"),
        DescriptionCase("The famous pastry shop in Belem, which has baked custard tarts since 1837, still sells them warm.", "1837",
                        "The famous pastry shop in Belem has baked custard tarts since 1837"),
        DescriptionCase("Exports to China, which slumped in March, recovered in June.", "March", "Exports to China slumped in March"),
        // (As before: a time word in the phrase, a name after a preposition mid-sentence, a prepositional phrase opening
        // the sentence.)
        DescriptionCase("Sales in the third quarter, which ended on Sept. 30, rose 5 percent.", "Sept. 30",
                        "Sales in the third quarter ended on Sept. 30"),
        DescriptionCase("The bank lent money to Greece, which repaid it in 2017.", "2017", "Greece repaid it in 2017"),
        DescriptionCase("In Paris, which hosted the Games in 2024, hotels were full.", "2024", "Paris hosted the Games in 2024"),
        DescriptionCase("Hotel bookings for the Dragon Boat Festival, which falls on June 12 this year, have risen.", "June 12 this year",
                        "Dragon Boat Festival falls on June 12 this year"),
        // A main clause after a relative clause set off after the sentence's subject: the subject, without the clause.
        DescriptionCase("Vaccines, which became available in September, are free until the end of March.", "the end of March",
                        "Vaccines are free until the end of March"),
        DescriptionCase("The museum, which opened in 1992, expects 40,000 visitors this weekend.", "this weekend",
                        "The museum expects 40,000 visitors this weekend"),
        DescriptionCase("The stadium, which opened in 2004, remains closed until April.", "April", "The stadium remains closed until April"),
        DescriptionCase("The plan, which critics attacked in May, goes to a vote on Friday.", "Friday", "The plan goes to a vote on Friday"),
        // So is one after the object of a clause opening the sentence, when that clause resumes after it with a preposition.
        DescriptionCase("The council postponed the vote, which was set for Monday, until June.", "June",
                        "The council postponed the vote until June"),
        DescriptionCase("The board also delayed a new curriculum, which was due in January, until the autumn.", "the autumn",
                        "The board also delayed a new curriculum until the autumn"),
        DescriptionCase("Officials moved the summit, which had been planned for March, to Geneva in May.", "May",
                        "Officials moved the summit to Geneva in May"),
        // (As before: the relative clause's own row; a relative clause after an object, with a verbless phrase after it.)
        DescriptionCase("The museum, which opened in 1992, expects 40,000 visitors this weekend.", "1992", "The museum opened in 1992"),
        DescriptionCase("The plan aims at doubling the trade turnover, which fell to $14 billion last year, down $2 billion from 2019.",
                        "2019", "The trade turnover fell to $14 billion last year, down $2 billion from 2019"),
        // After a label and its colon, the same.
        DescriptionCase("Practical notes: the new metro line, which was due to open in 2023, is now expected in 2026.", "2026",
                        "The new metro line is now expected in 2026"),
        DescriptionCase("Update: the bridge, which closed in May, reopens on Monday.", "Monday", "The bridge reopens on Monday"),
        DescriptionCase("Editor's note: the mayor, who took office in 2021, resigned on Friday.", "Friday", "The mayor resigned on Friday"),
        DescriptionCase("Note: Smith, who joined in 2015, left on Monday.", "Monday", "Smith left on Monday"),
        // (As before: a clock's colon, a label before a clause with no relative clause.)
        DescriptionCase("At 10:30 the bridge, which closed in May, reopened.", "10:30", "At 10:30 the bridge, which closed in May, reopened"),
        DescriptionCase("Update: the bridge reopens on Monday.", "Monday", "The bridge reopens on Monday"),
        // A subject after an opening quotation mark.
        DescriptionCase("\"Buyers who waited on the sidelines since 2022 are coming back,\" said Tom Reyes.", "2022",
                        "Buyers who waited on the sidelines since 2022 are coming back"),
        DescriptionCase("“Tenants who left the city in 2020 have returned,” she said.", "2020", "Tenants who left the city in 2020 have returned"),
        // (As before: a quotation whose subject has its verb.)
        DescriptionCase("\"Prices rose in May,\" she said on Monday.", "May", "Prices rose in May"),
    ]

    @Test(arguments: cases)
    func description(_ item: DescriptionCase) throws { try FamilyCheck.check(item) }
}

/// Round 132: a "whose" clause set off after the noun phrase opening the sentence (also one without an article or with a
/// possessive) keeps that phrase, and a main clause after it has that phrase for its subject, without the clause (so does
/// one after any relative clause set off after a subject opening a clause after a comma and "and" or "but"); a
/// "whose" clause without a comma keeps the noun it defines; a date and its preposition set off by commas right after
/// the noun phrase opening the sentence are an aside of that subject, which the main clause completes.
@Suite("Family news round 132 descriptions")
struct FamilyNewsRound132DescriptionTests {
    static let cases: [DescriptionCase] = [
        // A main clause after a "whose" clause set off after the sentence's subject: the subject, without the clause.
        DescriptionCase("Regional fares, whose prices are set by the states, rise in January.", "January",
                        "Regional fares rise in January"),
        DescriptionCase("The premier, whose party won a majority in 2018, trails the Liberals in a poll released on Tuesday.", "Tuesday",
                        "The premier trails the Liberals in a poll released on Tuesday"),
        // So is a subject opening a clause after a comma and "and" or "but" (a "whose", "which" or "who" clause after it).
        DescriptionCase("Power came back on Wednesday, but the grid operator, whose lines were cut, said some towns could stay dark until next week.",
                        "next week", "The grid operator said some towns could stay dark until next week"),
        DescriptionCase("Prices fell, and the central bank, which meets monthly, will cut rates on Thursday.", "Thursday",
                        "The central bank will cut rates on Thursday"),
        DescriptionCase("Talks resumed, but the union's leader, who was ill, missed the meeting on Monday.", "Monday",
                        "The union's leader missed the meeting on Monday"),
        DescriptionCase("The storm passed, and officials, who had warned of floods, said on Tuesday that schools would reopen.", "Tuesday",
                        "Officials said on Tuesday that schools would reopen"),
        DescriptionCase("Sales rose, and profits, which fell in 2019, doubled on Friday.", "Friday", "Profits doubled on Friday"),
        // The owner of a "whose" clause opening the sentence, with a possessive or a count.
        DescriptionCase("The exhibition's curator, whose book on Neel appeared in 2017, will give a talk.", "2017",
                        "The exhibition's curator, whose book on Neel appeared in 2017"),
        DescriptionCase("Stuttgart's new station, whose cost has doubled since 2010, is due to open in 2025.", "2010",
                        "Stuttgart's new station, whose cost has doubled since 2010"),
        DescriptionCase("Two former colleagues, whose cases were separated in 2016, were acquitted.", "2016",
                        "Two former colleagues, whose cases were separated in 2016"),
        // A "whose" clause without a comma keeps the noun it defines.
        DescriptionCase("A man whose house was a bomb factory was arrested on Friday.", "Friday",
                        "A man whose house was a bomb factory was arrested on Friday"),
        DescriptionCase("Last year, doctors whose names appeared on the list were killed on March 3.", "March 3",
                        "Doctors whose names appeared on the list were killed on March 3"),
        DescriptionCase("It honoured the 6-year-old boy whose rescue two months ago set off a legal fight.", "two months ago",
                        "The 6-year-old boy whose rescue two months ago set off a legal fight"),
        DescriptionCase("Farmers whose crops failed in 2022 will get aid.", "2022", "Farmers whose crops failed in 2022 will get aid"),
        // A date set off by commas after the sentence's subject: the main clause completes it.
        DescriptionCase("The last election, in 2018, drew a turnout of 58 percent.", "2018",
                        "The last election, in 2018, drew a turnout of 58 percent"),
        DescriptionCase("The club's last title, in 1998, came under a different owner.", "1998",
                        "The club's last title, in 1998, came under a different owner"),
        DescriptionCase("The company, in 2019, moved to Austin.", "2019", "The company, in 2019, moved to Austin"),
        // (As before: a "whose" clause holding the expression after a plain subject, a main clause after one whose
        // verb or auxiliary took the subject in already, a date aside after a subject with an event word of its own, a "whose" opening the
        // sentence.)
        DescriptionCase("The union, whose members voted to strike, will meet the company on Monday.", "Monday",
                        "The union will meet the company on Monday"),
        DescriptionCase("Stuttgart's new station, whose cost has doubled since 2010, is due to open in 2025.", "2025",
                        "Stuttgart's new station is due to open in 2025"),
        DescriptionCase("The minister, whose term ends in May, said on Tuesday that she would not run again.", "May",
                        "The minister, whose term ends in May"),
        DescriptionCase("The first vote, in March 2019, ended in a tie.", "March 2019", "The first vote, in March 2019, ended in a tie"),
        DescriptionCase("Prices and wages, which rose in May, fell on Friday.", "Friday", "Prices and wages fell on Friday"),
        DescriptionCase("Whose fault it was in 2019 remains unclear.", "2019", "Whose fault it was in 2019 remains unclear"),
        DescriptionCase("The previous strike, on Feb. 1, coincided with a holiday.", "Feb. 1",
                        "The previous strike, on Feb. 1, coincided with a holiday"),
    ]

    @Test(arguments: cases)
    func description(_ item: DescriptionCase) throws { try FamilyCheck.check(item) }
}

/// Round 137: a relative clause set off after the subject opening a clause after a comma and "and" or "but" is about
/// that subject ("…, and profits, which fell in 2019, …" → "Profits fell in 2019", was "Fell in 2019"); a relative
/// clause opening with a preposition ("at which", "during which", "with whom") keeps the noun phrase it is about, as
/// written, and one set off after the sentence's subject holding the expression is described with its main verb (was
/// "The 2019 election, in").
@Suite("Family news round 137 descriptions")
struct FamilyNewsRound137DescriptionTests {
    static let cases: [DescriptionCase] = [
        // A relative clause after a subject opening a clause after ", and" or ", but": that subject.
        DescriptionCase("Sales rose, and profits, which fell in 2019, doubled on Friday.", "2019", "Profits fell in 2019"),
        DescriptionCase("Talks resumed, and the union, which struck in 2021, met the company on Monday.", "2021",
                        "The union struck in 2021"),
        DescriptionCase("The vote passed, but the senator's allies, who lost seats in 2018, stayed silent.", "2018",
                        "The senator's allies lost seats in 2018"),
        DescriptionCase("Exports slowed, and the central bank, which meets on Thursday, is expected to cut rates.", "Thursday",
                        "The central bank meets on Thursday"),
        // A relative clause opening with a preposition: the noun phrase it is about, its comma, the clause as written.
        DescriptionCase("The summit, at which leaders agreed in May to cut emissions, ended early.", "May",
                        "The summit, at which leaders agreed in May to cut emissions"),
        DescriptionCase("The war, during which 2 million people fled in 1994, ended in 1995.", "1994",
                        "The war, during which 2 million people fled in 1994"),
        DescriptionCase("The meeting, at which the board voted on Tuesday to sell the unit, lasted four hours.", "Tuesday",
                        "The meeting, at which the board voted on Tuesday to sell the unit"),
        DescriptionCase("The flood, in which 40 people died in 2010, destroyed the bridge.", "2010",
                        "The flood, in which 40 people died in 2010"),
        DescriptionCase("The envoy, with whom the king met on Monday, left Amman.", "Monday",
                        "The envoy, with whom the king met on Monday"),
        // The sentence's subject holding the expression, before such a clause: on to its main verb.
        DescriptionCase("The 2019 election, in which turnout fell, was the last.", "2019",
                        "The 2019 election, in which turnout fell, was the last"),
        DescriptionCase("The 2016 referendum, in which Britain voted to leave, split the party.", "2016",
                        "The 2016 referendum, in which Britain voted to leave, split the party"),
        // (As before: a name, or a noun phrase after ", but"; a relative clause after the sentence's subject; the main
        // clause after one; a preposition's object after ", and"; "by which time"; a date before such a clause; an object
        // relative clause.)
        DescriptionCase("Sales rose, and Apple, which reported earnings on Tuesday, gained 3 percent.", "Tuesday",
                        "Apple reported earnings on Tuesday"),
        DescriptionCase("Rain fell overnight, but the river, which peaked on Tuesday, stayed below its banks.", "Tuesday",
                        "The river peaked on Tuesday"),
        DescriptionCase("Profits, which fell in 2019, doubled on Friday.", "2019", "Profits fell in 2019"),
        DescriptionCase("Sales rose, and profits, which fell in 2019, doubled on Friday.", "Friday", "Profits doubled on Friday"),
        DescriptionCase("Prices fell, and in the capital, which voted in May, rents dropped.", "May", "The capital, which voted in May"),
        DescriptionCase("The war, during which 2 million people fled in 1994, ended in 1995.", "1995", "The war ended in 1995"),
        DescriptionCase("The talks ended on Monday, by which time the deadline had passed.", "Monday", "The talks ended on Monday"),
        DescriptionCase("Turnout fell in the 2019 election, in which the party lost 40 seats in May.", "2019",
                        "Turnout fell in the 2019 election"),
        DescriptionCase("The reforms, which parliament approved last year, take effect in June.", "last year",
                        "Parliament approved the reforms last year"),
        DescriptionCase("The victims, among whom were three children, were buried on Sunday.", "Sunday",
                        "The victims were buried on Sunday"),
        DescriptionCase("The 2019 election, which turnout decided, was the last.", "2019",
                        "The 2019 election, which turnout decided, was the last"),
    ]

    @Test(arguments: cases)
    func description(_ item: DescriptionCase) throws { try FamilyCheck.check(item) }
}

/// Round 146: rows cut at "because of" before the main verb, an appositive before an intention or an infinitive,
/// "in which" without a comma, "at which point", "by which time", and an expression opening an appositive ("The storm,
/// now a Category 2") (see Documentation/Evaluation.md, round 146).
@Suite("Family news round 146 descriptions")
struct FamilyNewsRound146DescriptionTests {
    static let cases: [DescriptionCase] = [
        // A "because of" phrase closing a relative clause set off after the subject: on to the main verb, with that subject.
        DescriptionCase("Planting, which started late in April because of cold rain, was 95 percent complete by May 28.", "May 28",
                        "Planting was 95 percent complete by May 28"),
        DescriptionCase("Sales, which slowed in April because of the strike, were 10 percent higher by June 2.", "June 2",
                        "Sales were 10 percent higher by June 2"),
        DescriptionCase("Preorders, which opened at 8 a.m. because of strong demand, were sold out by noon.", "noon",
                        "Preorders were sold out by noon"),
        DescriptionCase("Turnout, which fell in 2009 because of the rain, was 60 percent in 2013.", "2013",
                        "Turnout was 60 percent in 2013"),
        DescriptionCase("The factory, which shut in May because of a fire, was back at full output by July.", "July",
                        "The factory was back at full output by July"),
        // (As before: a "because of" phrase opening the sentence, or after its verb; a main clause with an event word.)
        DescriptionCase("Because of cold rain, the new bridge was 95 percent complete on Friday.", "Friday",
                        "Because of cold rain, the new bridge was 95 percent complete on Friday"),
        DescriptionCase("Flights were delayed because of fog on Sunday.", "Sunday",
                        "Flights were delayed because of fog on Sunday"),
        DescriptionCase("The festival, which was cancelled last year because of the pandemic, returns on Saturday.", "Saturday",
                        "The festival returns on Saturday"),
        // An appositive between the subject and an intention ("plans", "hopes", "expects"), or between an object and its
        // infinitive: the subject, or the clause and its object.
        DescriptionCase("The company, a maker of chips, plans to open a plant in March.", "March",
                        "The company plans to open a plant in March"),
        DescriptionCase("The union, the largest in the country, intends to strike on Thursday.", "Thursday",
                        "The union intends to strike on Thursday"),
        DescriptionCase("The band, formed in 1998, hopes to tour in 2014.", "2014", "The band hopes to tour in 2014"),
        DescriptionCase("The cartel, led by Saudi Arabia, expects demand to recover in the second half of the year.",
                        "the second half of the year",
                        "The cartel expects demand to recover in the second half of the year"),
        DescriptionCase("Analysts expect the company, now the largest in Asia, to raise prices in July.", "July",
                        "Analysts expect the company to raise prices in July"),
        DescriptionCase("Commanders expect the brigade, now at full strength, to reach the front by next week.", "next week",
                        "Commanders expect the brigade to reach the front by next week"),
        // (As before: no appositive; a relative clause; an appositive without "now".)
        DescriptionCase("The storm is expected to strengthen over the weekend.", "the weekend",
                        "The storm is expected to strengthen over the weekend"),
        DescriptionCase("The mayor, who took office last year, plans to run again in 2015.", "2015",
                        "The mayor plans to run again in 2015"),
        DescriptionCase("Officials want the union, the largest in the state, to end the strike by Friday.", "Friday",
                        "Officials want the union to end the strike by Friday"),
        // "in which" without a comma: the noun phrase before it, as written; "at which point", "by which time": the clause
        // after them.
        DescriptionCase("It was the election in which turnout fell in 2009.", "2009",
                        "The election in which turnout fell in 2009"),
        DescriptionCase("The court ruled in the case in which the bank was fined in 2008.", "2008",
                        "The case in which the bank was fined in 2008"),
        DescriptionCase("Trading halted at noon, at which point shares fell 5 percent on Monday.", "Monday",
                        "Shares fell 5 percent on Monday"),
        DescriptionCase("Prices peaked in May, at which point buyers pulled back in June.", "June",
                        "Buyers pulled back in June"),
        DescriptionCase("The match ended in a draw, by which time fans had left on Saturday.", "Saturday",
                        "Fans had left on Saturday"),
        // (As before: the expression in the main clause after such a clause; the expression before "at which point".)
        DescriptionCase("The film in which she starred opened on Friday.", "Friday",
                        "The film in which she starred opened on Friday"),
        DescriptionCase("The war in which 2 million people fled began in 1994.", "1994",
                        "The war in which 2 million people fled began in 1994"),
        DescriptionCase("Trading halted at noon, at which point shares fell 5 percent on Monday.", "noon",
                        "Trading halted at noon, at which point shares fell 5 percent on Monday"),
        // An expression opening an appositive set off by commas: the noun it stands beside and the appositive, as written.
        DescriptionCase("The storm, now a Category 2, is expected to strengthen over the weekend.", "now", "The storm, now a Category 2"),
        DescriptionCase("Mr. Smith, now 74, said he would retire.", "now", "Mr. Smith, now 74"),
        DescriptionCase("The company, now the largest in Asia, plans to raise prices.", "now",
                        "The company, now the largest in Asia"),
        DescriptionCase("The brigade, now at full strength, will reach the front soon.", "now",
                        "The brigade, now at full strength"),
        DescriptionCase("Forecasters expect the storm, now a Category 2, to strengthen over the weekend.", "now",
                        "The storm, now a Category 2"),
        DescriptionCase("Shares, now up 40 percent this year, fell on Monday.", "now",
                        "Shares, now up 40 percent this year"),
        // (As before: an expression alone between commas; one later in the appositive; "now" in a clause.)
        DescriptionCase("The company, last year, posted a loss.", "last year", "The company, last year, posted a loss"),
        DescriptionCase("Shares, now up 40 percent this year, fell on Monday.", "Monday", "Shares fell on Monday"),
        DescriptionCase("The senator is now the longest-serving member, aides said.", "now",
                        "The senator is now the longest-serving member"),
    ]

    @Test(arguments: cases)
    func description(_ item: DescriptionCase) throws { try FamilyCheck.check(item) }
}

/// Round 151: the description families round 146 left: a subject whose prepositional phrase holds an "-ing" modifier
/// ("Sales of existing homes, which fell …"), a conjunct's or the sentence's subject set off by a verbless appositive (a
/// participle's, or one holding an expression: "…, and the device, priced at $3,499, will …", "The patch, the third this
/// month, fixes …"), and a time word that modifies the noun after its article ("a second storm").
@Suite("Family news round 151 descriptions")
struct FamilyNewsRound151DescriptionTests {
    static let cases: [DescriptionCase] = [
        // An "-ing" modifier in the subject's prepositional phrase: the whole phrase, before the relative clause and after it.
        DescriptionCase("Sales of existing homes, which fell in March because of storms, were 2 percent higher in April.", "April",
                        "Sales of existing homes were 2 percent higher in April"),
        DescriptionCase("Sales of existing homes, which fell in March because of storms, were 2 percent higher in April.", "March",
                        "Sales of existing homes fell in March"),
        DescriptionCase("Prices of rising stocks, which slipped in May because of the strike, were up 4 percent by July.", "July",
                        "Prices of rising stocks were up 4 percent by July"),
        DescriptionCase("The number of visiting tourists, which dropped in 2020 because of the pandemic, was back to normal in 2023.",
                        "2023", "The number of visiting tourists was back to normal in 2023"),
        // (As before: no "-ing" word; a finite verb after the relative clause.)
        DescriptionCase("Sales of new homes, which fell in March because of storms, were 2 percent higher in April.", "April",
                        "Sales of new homes were 2 percent higher in April"),
        DescriptionCase("Shipments of finished cars, which stalled in January because of a chip shortage, doubled in February.",
                        "February", "Shipments of finished cars doubled in February"),
        // A conjunct's subject set off from its verb by a participle appositive.
        DescriptionCase("Apple showed the headset, and the device, priced at $3,499, will go on sale in February.", "February",
                        "The device will go on sale in February"),
        DescriptionCase("The council approved the plan, and the bridge, built in 1932, will close on Monday.", "Monday",
                        "The bridge will close on Monday"),
        DescriptionCase("Police arrested two men, but the suspect, described as armed, remained at large on Sunday.", "Sunday",
                        "The suspect remained at large on Sunday"),
        DescriptionCase("The studio delayed the sequel, and the film, directed by Ava Lin, opens in theaters in May.", "May",
                        "The film opens in theaters in May"),
        // (As before: a relative clause; the appositive after the sentence's subject.)
        DescriptionCase("Apple showed the headset, and the device, which costs $3,499, will go on sale in February.", "February",
                        "The device will go on sale in February"),
        DescriptionCase("The device, priced at $3,499, will go on sale in February.", "February",
                        "The device will go on sale in February"),
        // The sentence's subject set off from its verb by an appositive, one holding an expression or a participle.
        DescriptionCase("The patch, the third this month, fixes a flaw that hackers exploited in May.", "May",
                        "The patch fixes a flaw that hackers exploited in May"),
        DescriptionCase("The update, released this week, fixes a bug that appeared in March.", "March",
                        "The update fixes a bug that appeared in March"),
        DescriptionCase("The patch, the third in a row, fixes a flaw that hackers exploited in May.", "May",
                        "The patch fixes a flaw that hackers exploited in May"),
        // (As before: an event verb after the appositive; the appositive's own expression.)
        DescriptionCase("The strike, the second this year, closed the port on Tuesday.", "Tuesday",
                        "The strike closed the port on Tuesday"),
        DescriptionCase("The bill, the last of the session, passed the Senate on Thursday.", "Thursday",
                        "The bill passed the Senate on Thursday"),
        DescriptionCase("The patch, the third this month, fixes a flaw that hackers exploited in May.", "this month",
                        "The patch, the third this month, fixes a flaw that hackers exploited in May"),
        // A time word between an article and its noun modifies that noun ("a second storm", "the morning shift").
        DescriptionCase("Forecasters expect a second storm, now east of Guam, to strengthen over the weekend.", "the weekend",
                        "Forecasters expect a second storm to strengthen over the weekend"),
        DescriptionCase("Forecasters expect a second storm, now east of Guam, to strengthen over the weekend.", "now",
                        "A second storm, now east of Guam"),
        DescriptionCase("Officials expect the second round, now the focus of the campaign, to draw fewer voters on Sunday.", "Sunday",
                        "Officials expect the second round to draw fewer voters on Sunday"),
        DescriptionCase("The morning shift, now cut to four hours, ends at 10 a.m.", "now", "The morning shift, now cut to four hours"),
        // (As before: no time word; a time unit ending its phrase; a time word after "this".)
        DescriptionCase("Analysts expect a big storm, now east of Guam, to strengthen over the weekend.", "the weekend",
                        "Analysts expect a big storm to strengthen over the weekend"),
        DescriptionCase("The company will report results in a second, officials said on Monday.", "Monday",
                        "The company will report results in a second, officials said on Monday"),
        DescriptionCase("This week officials said the plant would reopen in May.", "May",
                        "This week officials said the plant would reopen in May"),
    ]

    @Test(arguments: cases)
    func description(_ item: DescriptionCase) throws { try FamilyCheck.check(item) }
}

/// Round 157: the description families round 151 left: a subject whose head follows its article though the lexicon
/// reads it as a verb ("The cost of fuel, which rose …") or whose prepositional phrase holds a past participle before
/// its noun ("The price of frozen chicken"), an appositive holding a participle after "now" between an object and its
/// infinitive ("expect the second round, now set for June, to …"), and a phrase set off between a linking verb or an
/// auxiliary and its complement ("The bridge was, because of cold rain, 95 percent complete by May"); from the audit, a
/// later conjunct's modal after a phrase set off after the subject ("The craft, built by …, will collect … and return …").
@Suite("Family news round 157 descriptions")
struct FamilyNewsRound157DescriptionTests {
    static let cases: [DescriptionCase] = [
        // A noun after its article that the lexicon reads as a verb, and a past participle modifying a preposition's object.
        DescriptionCase("The cost of imported fuel, which rose in 2022 because of the war, was lower in 2023.", "2023",
                        "The cost of imported fuel was lower in 2023"),
        DescriptionCase("The cost of imported fuel, which rose in 2022 because of the war, was lower in 2023.", "2022",
                        "The cost of imported fuel rose in 2022"),
        DescriptionCase("The cost of fuel, which rose in 2022, was lower in 2023.", "2022", "The cost of fuel rose in 2022"),
        DescriptionCase("The price of frozen chicken, which jumped in January after the outbreak, eased in April.", "April",
                        "The price of frozen chicken eased in April"),
        DescriptionCase("The price of frozen chicken, which jumped in January after the outbreak, eased in April.", "January",
                        "The price of frozen chicken jumped in January"),
        DescriptionCase("The rise in reported cases, which began in January, slowed in April.", "April",
                        "The rise in reported cases slowed in April"),
        // (As before: a participle after a noun; one already read as a modifier; a verb after its subject.)
        DescriptionCase("The value of exported goods, which fell in 2020, recovered in 2021.", "2021",
                        "The value of exported goods recovered in 2021"),
        DescriptionCase("Sales of used cars, which fell in March because of rates, were 3 percent higher in June.", "June",
                        "Sales of used cars were 3 percent higher in June"),
        DescriptionCase("Members of the union all voted to strike in May.", "May", "Members of the union all voted to strike in May"),
        DescriptionCase("Officials in the affected towns said on Monday that roads would reopen.", "Monday",
                        "Officials in the affected towns said on Monday that roads would reopen"),
        // An appositive with "now" and a participle between an object and its infinitive: its own row, and the infinitive's.
        DescriptionCase("Analysts expect the second round, now set for June, to draw more voters in July.", "June",
                        "The second round, now set for June"),
        DescriptionCase("Analysts expect the second round, now set for June, to draw more voters in July.", "July",
                        "Analysts expect the second round to draw more voters in July"),
        DescriptionCase("Officials want the new bridge, now planned for 2025, to carry trains by 2027.", "2025",
                        "The new bridge, now planned for 2025"),
        DescriptionCase("Officials want the new bridge, now planned for 2025, to carry trains by 2027.", "2027",
                        "Officials want the new bridge to carry trains by 2027"),
        DescriptionCase("Fans expect the final, already moved to Sunday, to sell out in May.", "May",
                        "Fans expect the final to sell out in May"),
        DescriptionCase("The board asked the new chief, hired last week, to cut costs by June.", "June",
                        "The board asked the new chief to cut costs by June"),
        // (As before: a participle without "now"; the appositive's participle row.)
        DescriptionCase("Investors want the merger, delayed by regulators, to close by December.", "December",
                        "Investors want the merger to close by December"),
        DescriptionCase("Investors expect the merger, announced in March, to close by December.", "March",
                        "Investors expect the merger, announced in March"),
        // A phrase set off between a linking verb or an auxiliary and its verbless complement.
        DescriptionCase("The bridge was, because of cold rain, 95 percent complete by May.", "May",
                        "The bridge was 95 percent complete by May"),
        DescriptionCase("Turnout was, by most estimates, lower in 2022 than in 2018.", "2022",
                        "Turnout was lower in 2022 than in 2018"),
        DescriptionCase("Inflation was, according to the central bank, below 3 percent in April.", "April",
                        "Inflation was below 3 percent in April"),
        DescriptionCase("The harvest will be, after a dry spring, smaller than usual in August.", "August",
                        "The harvest will be smaller than usual in August"),
        DescriptionCase("Prices were, despite the cuts, 4 percent higher in March than a year earlier.", "March",
                        "Prices were 4 percent higher in March than a year earlier"),
        // (As before: the phrase after a participle or a figure; a verb after the phrase.)
        DescriptionCase("The bridge was finished, because of cold rain, in May.", "May",
                        "The bridge was finished, because of cold rain, in May"),
        DescriptionCase("The bridge was, in the end, finished in May.", "May", "The bridge was finished in May"),
        DescriptionCase("The company has, according to filings, cut 300 jobs since January.", "January",
                        "The company has cut 300 jobs since January"),
        DescriptionCase("The stadium will, despite the delays, open in August.", "August", "The stadium will open in August"),
        // (Audit, science desk.) A later conjunct's bare verb takes the modal after a phrase set off after the subject.
        DescriptionCase("The craft, built by a team in Colorado, will collect samples in October and return to Earth in 2027.", "2027",
                        "The craft will return to Earth in 2027"),
        DescriptionCase("The museum, closed since the flood, will reopen its east wing in March and open the new galleries to visitors in September.",
                        "September", "The museum will open the new galleries to visitors in September"),
        // (As before: a past conjunct; a modal right after the subject.)
        DescriptionCase("The firm, which said it would hire staff in May, opened an office and hired staff in June.", "June",
                        "The firm opened an office and hired staff in June"),
        DescriptionCase("The tour will open in St. Louis on July 4 and close in Los Angeles in September.", "September",
                        "The tour will close in Los Angeles in September"),
    ]

    @Test(arguments: cases)
    func description(_ item: DescriptionCase) throws { try FamilyCheck.check(item) }
}

/// Round 161: the description families round 157 left: a relative clause set off after an object whose noun phrase holds
/// a possessive or an "-ing" modifier ("the state's new voting law, which was set to …"), a speaker and a reporting verb
/// set off between a linking verb or an auxiliary and its complement ("The bridge was, officials said, 95 percent
/// complete by May"), and a later conjunct of a clause after an opening phrase set off by a comma ("In a long career, she
/// published … and won … in 1978") or after a subject of five or six tokens ("The novelist from rural Georgia …").
@Suite("Family news round 161 descriptions")
struct FamilyNewsRound161DescriptionTests {
    static let cases: [DescriptionCase] = [
        // A relative clause's owner with a possessive or an "-ing" modifier.
        DescriptionCase("A judge blocked the state's new voting law, which was set to take effect on July 1.", "July 1",
                        "The state's new voting law was set to take effect on July 1"),
        DescriptionCase("Regulators delayed the bank's merger, which was due to close in June.", "June",
                        "The bank's merger was due to close in June"),
        DescriptionCase("The council approved the city's budget, which takes effect on July 1.", "July 1",
                        "The city's budget takes effect on July 1"),
        DescriptionCase("Voters rejected the mayor's plan, which would have raised taxes in 2014.", "2014",
                        "The mayor's plan would have raised taxes in 2014"),
        DescriptionCase("Lawmakers passed the new hiring rules, which start in May.", "May", "The new hiring rules start in May"),
        // (As before: a plain noun phrase; a preposition's object, which the pronoun may not stand for.)
        DescriptionCase("A judge blocked the law, which was set to take effect on July 1.", "July 1",
                        "The law was set to take effect on July 1"),
        DescriptionCase("Investors sold shares in the bank, which reported a loss in June.", "June",
                        "The bank, which reported a loss in June"),
        // A speaker and a reporting verb set off between a linking verb or an auxiliary and its complement.
        DescriptionCase("The bridge was, officials said, 95 percent complete by May.", "May",
                        "The bridge was 95 percent complete by May"),
        DescriptionCase("Inflation will be, the central bank said, below 3 percent in April.", "April",
                        "Inflation will be below 3 percent in April"),
        DescriptionCase("The factory was, workers said, half empty by June.", "June", "The factory was half empty by June"),
        DescriptionCase("Turnout was, he said, lower in 2022 than in 2018.", "2022", "Turnout was lower in 2022 than in 2018"),
        DescriptionCase("The stadium will be, organizers say, ready by August.", "August", "The stadium will be ready by August"),
        // (As before: the speaker opening the sentence.)
        DescriptionCase("Officials said the bridge was 95 percent complete by May.", "May",
                        "Officials said the bridge was 95 percent complete by May"),
        // A later conjunct of a clause after an opening phrase set off by a comma.
        DescriptionCase("In a long career, she published her first novel in 1962 and won the National Book Award in 1978.", "1978",
                        "She won the National Book Award in 1978"),
        DescriptionCase("Born in Ohio, he moved to Chicago in 1972 and opened a bakery in 1980.", "1980", "He opened a bakery in 1980"),
        DescriptionCase("After years of losses, the company cut 500 jobs in 2019 and closed two plants in 2020.", "2020",
                        "The company closed two plants in 2020"),
        DescriptionCase("Separately, the bank raised rates in March and cut its forecast in April.", "April",
                        "The bank cut its forecast in April"),
        DescriptionCase("Founded in 1985, the band toured Europe in 1990 and split up in 1996.", "1996", "The band split up in 1996"),
        // A later conjunct after a subject of five or six tokens.
        DescriptionCase("The novelist from rural Georgia published her first novel in 1962 and won the National Book Award in 1978.",
                        "1978", "The novelist from rural Georgia won the National Book Award in 1978"),
        DescriptionCase("The chief executive of the bank joined the firm in 2009 and retired in 2015.", "2015",
                        "The chief executive of the bank retired in 2015"),
        DescriptionCase("The oldest church in the city opened in 1850 and closed in 1990.", "1990",
                        "The oldest church in the city closed in 1990"),
        // A possessive's "s" in the subject is no verb (was "The author' won …").
        DescriptionCase("In a long career, the author's first novel sold well in 1962 and won a major prize in 1978.", "1978",
                        "The author's first novel won a major prize in 1978"),
        DescriptionCase("After years of losses, the bank's new chief cut costs in 2019 and sold the unit in 2021.", "2021",
                        "The bank's new chief sold the unit in 2021"),
        // (As before: the first conjunct; a pair of verbs; a conjunct without an opening phrase; a subject of seven tokens.)
        DescriptionCase("Born in Ohio, he moved to Chicago in 1972 and opened a bakery in 1980.", "1972", "He moved to Chicago in 1972"),
        DescriptionCase("In Ohio, prices rose and fell on Monday.", "Monday", "Prices rose and fell on Monday"),
        DescriptionCase("She published her first novel in 1962 and won the National Book Award in 1978.", "1978",
                        "She won the National Book Award in 1978"),
        DescriptionCase("Sales of new homes in the region rose in May and fell in June.", "June",
                        "Sales of new homes in the region rose in May and fell in June"),
    ]

    @Test(arguments: cases)
    func description(_ item: DescriptionCase) throws { try FamilyCheck.check(item) }
}

/// Round 162: a relative clause after a preposition and its pronoun with no comma before them is about the noun phrase
/// right before, as after a comma, when a time word in it modifies the noun after its article ("the second storm in
/// which …", "the night shift during which …"; was "Three people died the second storm in in May"): one owner test
/// for both.
@Suite("Family news round 162 descriptions")
struct FamilyNewsRound162DescriptionTests {
    static let cases: [DescriptionCase] = [
        DescriptionCase("They described the second storm in which three people died in May.", "May",
                        "The second storm in which three people died in May"),
        DescriptionCase("Officials reviewed the night shift during which the fire started on Sunday.", "Sunday",
                        "The night shift during which the fire started on Sunday"),
        DescriptionCase("Workers recalled the morning shift in which the blast happened on Monday.", "Monday",
                        "The morning shift in which the blast happened on Monday"),
        DescriptionCase("Doctors recalled a second wave in which hospitals filled up in March.", "March",
                        "A second wave in which hospitals filled up in March"),
        // (As before: no time word in the owner.)
        DescriptionCase("Voters remembered the election in which turnout fell in 2019.", "2019",
                        "The election in which turnout fell in 2019"),
    ]

    @Test(arguments: cases)
    func description(_ item: DescriptionCase) throws { try FamilyCheck.check(item) }
}

/// Round 165: a relative clause after a preposition and its pronoun in a text's first sentence is about the noun phrase
/// that opens it ("The election in which turnout fell in 2019 was a shock"; was "Turnout fell the election in in 2019 was
/// a shock"): the owner test no longer asks for a word before that noun phrase.
@Suite("Family news round 165 descriptions")
struct FamilyNewsRound165DescriptionTests {
    static let cases: [DescriptionCase] = [
        DescriptionCase("The election in which turnout fell in 2019 was a shock.", "2019",
                        "The election in which turnout fell in 2019 was a shock"),
        DescriptionCase("The storm during which three people died on Monday was the worst in years.", "Monday",
                        "The storm during which three people died on Monday was the worst in years"),
        DescriptionCase("The factory at which the fire started on Sunday reopened.", "Sunday",
                        "The factory at which the fire started on Sunday reopened"),
        // (As before: a comma before the preposition, a longer opening, a point in time.)
        DescriptionCase("The summit, at which leaders agreed in May, ended.", "May", "The summit, at which leaders agreed in May"),
        DescriptionCase("A bridge over which 5,000 cars passed on Friday collapsed.", "Friday",
                        "A bridge over which 5,000 cars passed on Friday collapsed"),
        DescriptionCase("At which point he left on Monday.", "Monday", "He left on Monday"),
    ]

    @Test(arguments: cases)
    func description(_ item: DescriptionCase) throws { try FamilyCheck.check(item) }
}
