import Testing
@testable import Chronicle

/// The forty-seventh round: health and medicine, science and space, energy and commodities, aviation, diplomacy and
/// conflict, labour, education and real-estate wire copy. Families: a futures contract's month ("Brent crude for May
/// delivery fell", "the July soybean contract", "the May contract") is the month it delivers in, this one or one still
/// ahead, whatever the verb (was last year's after a past verb; "the May contract" was untagged); a period announced to
/// start on a day ("called a 36-hour general strike starting Sunday morning", "announced a curfew starting at 6 p.m.
/// Sunday") is still ahead when a longer noun phrase or a clock's "at" stands between (was the past day); a subject of
/// up to seven words with a possessive ("The European Space Agency's Planck satellite, launched in 2009, released …")
/// or a model number ("The Voyager 1 probe, launched in 1977, may have left …") is kept in the description of its
/// main clause (was the bare verb phrase); a day after a past verb of trying or of its outcome and its infinitive
/// ("Negotiators failed to sign an agreement on Sunday", "Rescuers managed to reach the village on Sunday", "failed to
/// reach an agreement at the weekend") is already past (was the nearest, the coming Sunday); the verb "last" after "and"
/// or an adverb of habit ("will begin on Monday and last 48 hours", "Stoppages typically last four hours") stays out of
/// the length after it (was "last 48 hours"); a name's middle initial before a capitalised surname ("George W. Bush
/// visited Israel in 2008", "The Senate confirmed Jacob J. Lew …") ends no sentence (ICU broke there, so the description
/// and the tense began at the surname: "Bush visited Israel in 2008", "Lew as Treasury secretary on Feb. 27"); a date
/// inside a verbless phrase that "since" opens ("The violence is the worst since the riots in August") is past (was the
/// coming August after a present verb), and that phrase, or one "until" opens, goes back to the clause before it in the
/// description ("It was the deadliest attack since the bombing of a market in July", was "Since the bombing of a market
/// in July"; "The president has until the end of the month to name …", was "Until the end of the month to name …"); a clock's
/// "a.m." or "p.m." before a weekday or a month ends no sentence ("Polls will open at 7 a.m. Sunday and close at 7 p.m.":
/// "7 p.m." was described "Sunday and close at 7 p.m."), and a clock's "a.m." no longer counts against the words of a
/// first conjunct ("The plane left at 9 a.m. and landed in Tokyo 13 hours later" → "The plane left at 9 a.m."); a
/// subject whose modifier after a preposition holds a date or a number ("U.S. crude for April delivery, which expires on
/// Friday, …", "The yield on the 10-year note, which touched 2.06 percent on Tuesday, …") is kept before its relative
/// clause and its main verb (was "Expires on Friday", "Touched 2.06 percent on Tuesday").
/// Dateline: Fri 2013-03-22 (UTC).
@Suite("Family news, forty-seventh round")
struct FamilyNewsRound47Tests {
    typealias N = FamilyNewsDirectionTests

    static let deliveryMonths: [FamilyCase] = [
        N.news("Brent crude for May delivery fell 45 cents to $107.01 a barrel.", "May", "2013-05"),
        N.news("U.S. crude for June delivery slipped 20 cents on Thursday.", "June", "2013-06"),
        N.news("Arabica coffee for May delivery settled down 1.5 cents.", "May", "2013-05"),
        N.news("The most-active July soybean contract fell 10 cents.", "July", "2013-07"),
        N.news("The December corn contract rose 4 cents on Thursday.", "December", "2013-12"),
        N.news("The more active May contract was up 15 cents.", "May", "2013-05"),
        N.news("Traders rolled positions into the May contract before expiry.", "May", "2013-05"),
        N.news("Heating oil for June delivery fell 2 cents to $2.93 a gallon.", "June", "2013-06"),
    ]

    @Test(arguments: deliveryMonths)
    func deliveryMonth(_ item: FamilyCase) throws { try FamilyCheck.check(item) }

    static let announcedStarts: [FamilyCase] = [
        N.news("The opposition called a 36-hour general strike starting Sunday morning.", "Sunday morning", .time, "2013-03-24TMO"),
        N.news("The army declared a 12-hour nationwide curfew beginning Saturday night.", "Saturday night", .time, "2013-03-23TNI"),
        N.news("The government announced a 24-hour curfew starting at 6 p.m. Sunday.", "6 p.m. Sunday", .time, "2013-03-24T18:00"),
        N.news("Unions called a 48-hour national transport strike starting Tuesday.", "Tuesday", "2013-03-26"),
        N.news("The rebels announced a three-day unilateral ceasefire beginning on Monday.", "Monday", "2013-03-25"),
    ]

    @Test(arguments: announcedStarts)
    func announcedStart(_ item: FamilyCase) throws { try FamilyCheck.check(item) }

    static let attempts: [FamilyCase] = [
        N.news("Negotiators failed to sign an agreement on Sunday.", "Sunday", "2013-03-17"),
        N.news("Rescuers managed to reach the village on Sunday.", "Sunday", "2013-03-17"),
        N.news("Rescuers tried to reach the village on Sunday.", "Sunday", "2013-03-17"),
        N.news("Negotiators failed to reach an agreement at the weekend.", "the weekend", "2013-W11-WE"),
        N.news("The minister declined to comment on Saturday.", "Saturday", "2013-03-16"),
    ]

    @Test(arguments: attempts)
    func attempt(_ item: FamilyCase) throws { try FamilyCheck.check(item) }

    static let lastVerbs: [FamilyCase] = [
        N.news("The strike will begin on Monday and last 48 hours.", "48 hours", .duration, "PT48H"),
        N.news("The walkout starts at dawn and could end or last two days.", "two days", .duration, "P2D"),
        N.news("Stoppages typically last four hours.", "four hours", .duration, "PT4H"),
        N.news("Such outbreaks usually last three weeks.", "three weeks", .duration, "P3W"),
        N.news("Talks resume in Geneva on Monday and last three days.", "three days", .duration, "P3D"),
    ]

    @Test(arguments: lastVerbs)
    func lastVerb(_ item: FamilyCase) throws { try FamilyCheck.check(item) }

    static let sincePhrases: [FamilyCase] = [
        N.news("The violence is the worst since the riots in August.", "August", "2012-08"),
        N.news("The index is at its highest level since the crisis in September.", "September", "2012-09"),
        N.news("It is the first such attack since the bombing of a bus in July.", "July", "2012-07"),
        N.news("The ceasefire is the longest since the fighting in May.", "May", "2012-05"),
    ]

    @Test(arguments: sincePhrases)
    func sincePhrase(_ item: FamilyCase) throws { try FamilyCheck.check(item) }

    static let sinceDescriptions: [DescriptionCase] = [
        DescriptionCase("It was the deadliest attack since the bombing of a market in July.", "July",
                        "It was the deadliest attack since the bombing of a market in July"),
        DescriptionCase("It was the biggest protest since the election in December.", "December",
                        "It was the biggest protest since the election in December"),
        DescriptionCase("The shares posted their biggest gain since the company's listing in October.", "October",
                        "The shares posted their biggest gain since the company's listing in October"),
        DescriptionCase("Turnout is the lowest since the referendum in October.", "October",
                        "Turnout is the lowest since the referendum in October"),
        DescriptionCase("Parliament will meet for the first time since the election on April 2.", "April 2",
                        "Parliament will meet for the first time since the election on April 2"),
    ]

    static let untilDescriptions: [DescriptionCase] = [
        DescriptionCase("The president has until the end of the month to name a prime minister.", "the end of the month",
                        "The president has until the end of the month to name a prime minister"),
        DescriptionCase("Lawmakers have until Friday to approve the budget.", "Friday", "Lawmakers have until Friday to approve the budget"),
        DescriptionCase("The company has until April 15 to respond to the complaint.", "April 15",
                        "The company has until April 15 to respond to the complaint"),
        DescriptionCase("He will remain in custody until his trial in June.", "June", "He will remain in custody until his trial in June"),
    ]

    @Test(arguments: untilDescriptions)
    func untilDescription(_ item: DescriptionCase) throws { try FamilyNewsRound27Tests().description(item) }

    @Test(arguments: sinceDescriptions)
    func sinceDescription(_ item: DescriptionCase) throws { try FamilyNewsRound27Tests().description(item) }

    static let clockTimes: [DescriptionCase] = [
        DescriptionCase("Polls will open at 7 a.m. Sunday and close at 7 p.m.", "7 p.m.", "Polls will close at 7 p.m."),
        DescriptionCase("The talks resumed at 10 a.m. Thursday and broke up at 6 p.m.", "6 p.m.", "The talks broke up at 6 p.m."),
        DescriptionCase("The plane left at 9 a.m. and landed in Tokyo 13 hours later.", "9 a.m.", "The plane left at 9 a.m."),
        DescriptionCase("The gunman surrendered at 2 a.m. and was taken into custody.", "2 a.m.", "The gunman surrendered at 2 a.m."),
        DescriptionCase("Trading halted at 10:15 a.m. and resumed an hour later.", "10:15 a.m.", "Trading halted at 10:15 a.m."),
    ]

    @Test(arguments: clockTimes)
    func clockTime(_ item: DescriptionCase) throws { try FamilyNewsRound27Tests().description(item) }

    static let modifiedSubjects: [DescriptionCase] = [
        DescriptionCase("U.S. crude for April delivery, which expires on Friday, rose 20 cents.", "Friday",
                        "U.S. crude for April delivery expires on Friday"),
        DescriptionCase("Copper for delivery in three months, which hit a four-month low on Tuesday, rose 1 percent.", "Tuesday",
                        "Copper for delivery in three months hit a four-month low on Tuesday"),
        DescriptionCase("Sales of new homes in February, which were released on Monday, fell 4.6 percent.", "Monday",
                        "Sales of new homes in February were released on Monday"),
        DescriptionCase("The yield on the 10-year note, which touched 2.06 percent on Tuesday, fell to 1.92 percent.", "Tuesday",
                        "The yield on the 10-year note touched 2.06 percent on Tuesday"),
        DescriptionCase("Exports to China in the first quarter, which fell in January, recovered in February.", "February",
                        "Exports to China in the first quarter recovered in February"),
    ]

    @Test(arguments: modifiedSubjects)
    func modifiedSubject(_ item: DescriptionCase) throws { try FamilyNewsRound27Tests().description(item) }

    static let descriptions: [DescriptionCase] = [
        DescriptionCase("The European Space Agency's Planck satellite, launched in 2009, released its map on Thursday.", "Thursday",
                        "The European Space Agency's Planck satellite released its map on Thursday"),
        DescriptionCase("The Voyager 1 probe, launched in 1977, may have left the solar system last August.", "last August",
                        "The Voyager 1 probe may have left the solar system last August"),
        DescriptionCase("The Boeing 787, grounded since January, made a test flight on Monday.", "Monday",
                        "The Boeing 787 made a test flight on Monday"),
        DescriptionCase("The World Health Organization's emergency team, sent in February, returned on Tuesday.", "Tuesday",
                        "The World Health Organization's emergency team returned on Tuesday"),
        DescriptionCase("The Apollo 11 capsule, restored in 2009, went on display on Wednesday.", "Wednesday",
                        "The Apollo 11 capsule went on display on Wednesday"),
    ]

    static let middleInitials: [DescriptionCase] = [
        DescriptionCase("George W. Bush visited Israel in 2008.", "2008", "George W. Bush visited Israel in 2008"),
        DescriptionCase("The Senate confirmed Jacob J. Lew as Treasury secretary on Feb. 27.", "Feb. 27",
                        "The Senate confirmed Jacob J. Lew as Treasury secretary on Feb. 27"),
        DescriptionCase("Actor Michael J. Fox returned to television on Thursday.", "Thursday",
                        "Actor Michael J. Fox returned to television on Thursday"),
        DescriptionCase("Samuel L. Jackson will host the show on Sunday.", "Sunday", "Samuel L. Jackson will host the show on Sunday"),
        DescriptionCase("He is the first president to visit Israel since George W. Bush in 2008.", "2008",
                        "He is the first president to visit Israel since George W. Bush in 2008"),
    ]

    @Test(arguments: middleInitials)
    func middleInitial(_ item: DescriptionCase) throws { try FamilyNewsRound27Tests().description(item) }

    @Test(arguments: descriptions)
    func description(_ item: DescriptionCase) throws { try FamilyNewsRound27Tests().description(item) }
}
