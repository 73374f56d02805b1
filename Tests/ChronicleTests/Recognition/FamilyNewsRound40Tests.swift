import Testing
@testable import Chronicle

/// The fortieth round: courts, crime, disasters and weather wire copy. Families: (1) a day written without its year before
/// a crime, an attack, an accident or a disaster ("the July 20 rampage", "the Aug. 5 temple shooting", "the June 30
/// crash") is one already past, whatever the tense of its clause (was the nearest occurrence or, in a future clause, the
/// coming one); (2) the winter across the turn of the year: "last winter" in January or February is the one before the
/// winter the dateline is in (was that same winter), and "this winter" in March, in any clause but a future one, the
/// winter just over (was the coming one); (3) a sentence of two dated clauses joined by "and" or "but" where the second
/// has a subject of its own ("The storm hit the coast on Tuesday and the death toll rose to 24 on Wednesday"): each date
/// is described by its own clause (was the whole sentence for both), and a clause opened by "before", "after", "until",
/// "since" or "once" with a subject and a verb of its own is described without that connective ("Police arrived on
/// Tuesday"); (4) "shortly after midnight on Saturday" is the midnight that begins Saturday (was the one ending it). Datelines: Fri 2013-03-22, Tue 2013-02-12, Thu
/// 2013-01-10 (UTC).
@Suite("Family news, fortieth round")
struct FamilyNewsRound40Tests {
    typealias N = FamilyNewsDirectionTests

    static let february = CalendarDate(year: 2013, month: 2, day: 12)
    static let january = CalendarDate(year: 2013, month: 1, day: 10)

    static let occurrences: [FamilyCase] = [
        // A present clause: was the nearest occurrence, months ahead.
        N.news("He is accused of killing 12 people in the July 20 rampage.", "July 20", "2012-07-20"),
        N.news("She is charged with murder in the Aug. 5 shooting at a Sikh temple.", "Aug. 5", "2012-08-05"),
        N.news("The man is suspected of setting the Sept. 3 fire that destroyed the warehouse.", "Sept. 3", "2012-09-03"),
        N.news("Investigators are still trying to determine the cause of the June 30 crash.", "June 30", "2012-06-30"),
        N.news("He faces charges in connection with the Aug. 10 bombing.", "Aug. 10", "2012-08-10"),
        // Up to two words between the day and the noun.
        N.news("Relatives remember the July 20 movie theater shooting.", "July 20", "2012-07-20"),
        // A future clause: was the coming one.
        N.news("The trial over the July 20 theater shooting will begin in June.", "July 20", "2012-07-20"),
        N.news("Survivors of the Aug. 5 attack will testify next week.", "Aug. 5", "2012-08-05"),
        // A past clause: was the day within two months ahead.
        N.news("Police were still investigating the April 2 crash on Friday.", "April 2", "2012-04-02"),
        N.news("Engineers blamed a faulty weld for the May 14 derailment.", "May 14", "2012-05-14"),
    ]

    @Test(arguments: occurrences)
    func occurrence(_ item: FamilyCase) throws { try FamilyCheck.check(item) }

    static let winters: [FamilyCase] = [
        // "last winter" in the winter: the one before (was the winter the dateline is in).
        N.news("Last winter was the driest in a decade.", "Last winter", "2011-WI", dateline: february),
        N.news("Last winter's drought cut harvests, farmers said.", "Last winter", "2011-WI", dateline: february),
        N.news("Heating bills are higher than last winter, the utility said.", "last winter", "2011-WI", dateline: january),
        N.news("The reservoir filled up last winter.", "last winter", "2011-WI", dateline: january),
        // "this winter" in March: the one just over, unless the clause looks ahead (was the coming one).
        N.news("This winter has been the coldest in a decade.", "This winter", "2012-WI"),
        N.news("This winter's floods are the worst in 50 years.", "This winter", "2012-WI"),
        N.news("The flu season is the worst this winter since 2009, officials say.", "this winter", "2012-WI"),
    ]

    @Test(arguments: winters)
    func winter(_ item: FamilyCase) throws { try FamilyCheck.check(item) }

    static let midnights: [FamilyCase] = [
        // "after midnight" and a day written after it: the midnight that begins that day (was the one ending it).
        N.news("The shooting occurred shortly after midnight on Saturday.", "midnight", .time, "2013-03-16T00:00"),
        N.news("Police were called just after midnight Sunday.", "midnight Sunday", .time, "2013-03-17T00:00"),
        N.news("The crash happened shortly after midnight on March 3.", "midnight", .time, "2013-03-03T00:00"),
        N.news("The quake struck just past midnight on Tuesday.", "midnight", .time, "2013-03-19T00:00"),
        N.news("Rescuers reached the scene soon after midnight on Thursday.", "midnight", .time, "2013-03-21T00:00"),
    ]

    @Test(arguments: midnights)
    func midnight(_ item: FamilyCase) throws { try FamilyCheck.check(item) }

    /// Guards, right before and after: what may still be ahead keeps its day (an event that may be scheduled, no event
    /// noun); the winter the dateline is in, the coming one in a future clause, "last winter" after the winter is over.
    static let unchanged: [FamilyCase] = [
        N.news("The company is preparing for the July 1 launch.", "July 1", "2013-07-01"),
        N.news("The Sept. 9 vote will be close.", "Sept. 9", "2013-09-09"),
        N.news("The judge will rule on the motion by April 12.", "April 12", "2013-04-12"),
        N.news("This winter has been wet and mild.", "This winter", "2012-WI", dateline: february),
        N.news("Gas prices will rise this winter, analysts said.", "this winter", "2013-WI"),
        N.news("Last winter was the driest on record.", "Last winter", "2012-WI"),
        // A midnight alone, or one a deadline or "until" ends at, ends its day.
        N.news("The deadline expired at midnight on Friday.", "midnight", .time, "2013-03-23T00:00"),
        N.news("The curfew begins after midnight.", "midnight", .time, "2013-03-23T00:00"),
    ]

    @Test(arguments: unchanged)
    func guardCase(_ item: FamilyCase) throws { try FamilyCheck.check(item) }

    static let descriptions: [DescriptionCase] = [
        // Two clauses, each with its own subject and date: each date its own clause.
        DescriptionCase("The storm hit the coast on Tuesday and the death toll rose to 24 on Wednesday.", "Tuesday",
                        "The storm hit the coast on Tuesday"),
        DescriptionCase("The storm hit the coast on Tuesday and the death toll rose to 24 on Wednesday.", "Wednesday",
                        "The death toll rose to 24 on Wednesday"),
        DescriptionCase("The man was arrested on Sunday and a judge denied him bail on Monday.", "Sunday",
                        "The man was arrested on Sunday"),
        DescriptionCase("The man was arrested on Sunday and a judge denied him bail on Monday.", "Monday",
                        "A judge denied him bail on Monday"),
        DescriptionCase("The court adjourned on Thursday and the jury will resume deliberations on Monday.", "Monday",
                        "The jury will resume deliberations on Monday"),
        DescriptionCase("Prices rose in January and the bank raised rates in March.", "March", "The bank raised rates in March"),
        DescriptionCase("He was sentenced on Friday and his lawyer said he would appeal.", "Friday", "He was sentenced on Friday"),
        DescriptionCase("The fire broke out on Saturday and it burned for two days.", "Saturday", "The fire broke out on Saturday"),
        // A clause that "before", "after", "until", "since" or "once" opens with a subject and a verb of its own: without
        // its connective (was "Before police arrived on Tuesday").
        DescriptionCase("The suspect fled the scene before police arrived on Tuesday.", "Tuesday", "Police arrived on Tuesday"),
        DescriptionCase("The victim had been missing for three weeks before her body was found in October.", "October",
                        "Her body was found in October"),
        DescriptionCase("He stayed in custody until a judge freed him on Friday.", "Friday", "A judge freed him on Friday"),
        DescriptionCase("The man has been in custody since police arrested him in January.", "January",
                        "Police arrested him in January"),
        DescriptionCase("Before the storm hit on Tuesday, residents boarded up their homes.", "Tuesday", "The storm hit on Tuesday"),
        DescriptionCase("Shares rose after Apple reported earnings on Tuesday.", "Tuesday", "Apple reported earnings on Tuesday"),
        DescriptionCase("The fire burned for hours before firefighters brought it under control early Sunday.", "early Sunday",
                        "Firefighters brought it under control early Sunday"),
    ]

    @Test(arguments: descriptions)
    func description(_ item: DescriptionCase) throws { try FamilyNewsRound27Tests().description(item) }

    /// Guards: a coordinated subject or a subject that is a list is no clause of its own; a connective before a phrase or a
    /// participle stays, with the clause it follows (round 55).
    static let wholeDescriptions: [DescriptionCase] = [
        DescriptionCase("He and the other suspects were arrested on Sunday.", "Sunday",
                        "He and the other suspects were arrested on Sunday"),
        DescriptionCase("On Sunday the police and the army were deployed in the capital.", "Sunday",
                        "On Sunday the police and the army were deployed in the capital"),
        DescriptionCase("Talks between the government and the rebels resumed on Tuesday.", "Tuesday",
                        "Talks between the government and the rebels resumed on Tuesday"),
        // No subject and verb after the connective: a phrase or a participle keeps it.
        // (Round 55: a noun phrase or an -ing after "before" or "after" goes back to its clause, which keeps the subject.)
        DescriptionCase("The town was evacuated after the storm on Sunday.", "Sunday", "The town was evacuated after the storm on Sunday"),
        DescriptionCase("The jury deliberated for two days before reaching its verdict on Thursday.", "Thursday",
                        "The jury deliberated for two days before reaching its verdict on Thursday"),
    ]

    @Test(arguments: wholeDescriptions)
    func wholeDescription(_ item: DescriptionCase) throws { try FamilyNewsRound27Tests().description(item) }
}
