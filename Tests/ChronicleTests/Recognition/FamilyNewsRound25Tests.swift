import Testing
@testable import Chronicle

/// The twenty-fifth round: courts, crime, disasters, health and sports read as whole 2013 wire articles. Families:
/// dotted initialisms inside a sentence ("the U.S. Open", "the U.N. Security Council"), a name in capitals that spells
/// a clause word ("The WHO, which …"), the sets of a tennis score ("6-3, 6-3"), an age after a name ("Ray Coleman, 41,"),
/// a team's plural verb ("Arsenal play
/// Chelsea on Sunday"), a weekday after "since" as no story's day, a week closing on a date after "to" ("the week to
/// March 15"), the day of a bracketed restatement in another zone ("6:46 a.m. local time (2346 GMT Thursday)") as no
/// story's day, a count whose unit a word of length stresses ("five long months"), "under an hour", and the plural
/// event nouns and compounds an attributive date modifies. Dateline: Fri 2013-03-22 (UTC).
@Suite("Family news, twenty-fifth round")
struct FamilyNewsRound25Tests {
    typealias N = FamilyNewsDirectionTests
    static let friday = CalendarDate(year: 2013, month: 3, day: 22)

    static let values: [FamilyCase] = [
        // A team or a group named without an article takes a plural verb in sports copy: a schedule ahead.
        N.news("Arsenal play Chelsea on Sunday.", "Sunday", "2013-03-24"),
        N.news("United face Chelsea in the FA Cup replay on Monday.", "Monday", "2013-03-25"),
        N.news("Barcelona host Milan on Tuesday.", "Tuesday", "2013-03-26"),
        N.news("Real Madrid travel to Manchester on Tuesday.", "Tuesday", "2013-03-26"),
        N.news("Celtic play Rangers at Parkhead on Saturday.", "Saturday", "2013-03-23"),
        N.news("Liverpool host Tottenham on Sunday.", "Sunday", "2013-03-24"),
        // … and so does the team before a relative clause set off by commas.
        N.news("Chelsea, who won the cup last year, face Basel on Thursday.", "Thursday", "2013-03-28"),
        N.news("Bayern, who beat Arsenal last week, play Juventus on Tuesday.", "Tuesday", "2013-03-26"),
        N.news("United, who lost at home last month, travel to Swansea on Saturday.", "Saturday", "2013-03-23"),
        // A dotted initialism before a capitalised word ends no sentence, and its "S" is no "is".
        N.news("Williams won the U.S. Open in September.", "September", "2012-09"),
        N.news("The team won a U.S. title in September.", "September", "2012-09"),
        N.news("Murray beat Djokovic in the U.S. Open final in September.", "September", "2012-09"),
        // A weekday after "since" is the start of a span, not the story's day: what follows counts from the story's day.
        N.news("Two men were arrested early Wednesday. Police have added patrols since Monday. The gunman had argued with "
               + "them the previous night.", "the previous night", .time, "2013-03-19TNI"),
        N.news("Rebels attacked the town on Wednesday. Roads have been closed since Monday. The fighting began at 4 a.m.",
               "4 a.m.", .time, "2013-03-20T04:00"),
        N.news("Firefighters reached the site on Thursday. Crews had worked there since Tuesday. The blaze flared up again "
               + "that night.", "that night", .time, "2013-03-21TNI"),
        // The day of a bracketed restatement in another zone is no story's day.
        N.news("The quake struck at 6:46 a.m. local time (2346 GMT Thursday). Aftershocks continued through the morning.",
               "the morning", .time, "2013-03-22TMO"),
        N.news("The rocket lifted off at 5:43 a.m. local time (2343 GMT Thursday). The crew docked with the station in the "
               + "afternoon.", "the afternoon", .time, "2013-03-22TAF"),
        N.news("The ferry sank at 7:10 a.m. (2310 GMT Thursday). Rescuers pulled 40 survivors from the water that night.",
               "that night", .time, "2013-03-22TNI"),
        // A count whose unit a word of length stresses is a length, as "three straight days" is.
        N.news("The victim's family said they had waited five long months for justice.", "five long months", .duration, "P5M"),
        N.news("The strike lasted two full days.", "two full days", .duration, "P2D"),
        N.news("He spent three whole weeks in hospital after the crash.", "three whole weeks", .duration, "P3W"),
        N.news("It took 10 long years to bring the case to trial.", "10 long years", .duration, "P10Y"),
        // "under" one unit is less than it, as "over an hour" is more.
        N.news("The jury returned its verdict in under an hour.", "under an hour", .duration, "PT1H", mod: "LESS_THAN"),
        N.news("The rescue mission lasted under a week.", "under a week", .duration, "P1W", mod: "LESS_THAN"),
        N.news("Firefighters brought the blaze under control in under an hour.", "under an hour", .duration, "PT1H",
               mod: "LESS_THAN"),
        // A week closing on a date after "to" is a length, as "the week ended March 16" is.
        N.news("In the week to March 15, three new infections were reported.", "the week", .duration, "P1W"),
        N.news("Jobless claims fell in the week to March 9, the department said.", "the week", .duration, "P1W"),
        N.news("Mortgage applications rose 4 percent in the week to March 15.", "the week", .duration, "P1W"),
    ]

    @Test(arguments: values)
    func value(_ item: FamilyCase) throws { try FamilyCheck.check(item) }

    static let descriptions: [DescriptionCase] = [
        // A dotted initialism before a capitalised word that opens no sentence keeps its sentence whole.
        DescriptionCase("The U.S. Senate approved the bill on Thursday.", "Thursday", "The U.S. Senate approved the bill on Thursday"),
        DescriptionCase("A U.S. District Judge ruled on Friday that the law was unconstitutional.", "Friday",
                        "A U.S. District Judge ruled on Friday that the law was unconstitutional"),
        DescriptionCase("The U.N. Security Council met on Thursday.", "Thursday", "The U.N. Security Council met on Thursday"),
        DescriptionCase("He said the U.S. Army would withdraw by 2014.", "2014", "He said the U.S. Army would withdraw by 2014"),
        DescriptionCase("The U.K. Treasury said on Monday it would act.", "Monday", "The U.K. Treasury said on Monday it would act"),
        // A name in capitals that spells a clause word is a name.
        DescriptionCase("The WHO, which issues an update every two weeks, said on Friday that 12 cases were found.", "Friday",
                        "The WHO said on Friday that 12 cases were found"),
        DescriptionCase("The WHO, which declared the outbreak over in 2004, said on Monday that new cases had emerged.", "Monday",
                        "The WHO said on Monday that new cases had emerged"),
        // The sets of a tennis score are one phrase.
        DescriptionCase("Serena Williams beat Ayumi Morita 6-3, 6-3 on Friday night to reach the third round.", "Friday night",
                        "Serena Williams beat Ayumi Morita 6-3, 6-3 on Friday night to reach the third round"),
        DescriptionCase("Nadal won 6-4, 3-6, 7-5 on Sunday.", "Sunday", "Nadal won 6-4, 3-6, 7-5 on Sunday"),
        // … and so is the hometown after the age.
        DescriptionCase("Prosecutors said Tom Bell, 33, of Miami, fled the country in May.", "May",
                        "Prosecutors said Tom Bell, 33, of Miami, fled the country in May"),
        DescriptionCase("Police said John Reed, 45, of Los Angeles, was arrested on Tuesday.", "Tuesday",
                        "Police said John Reed, 45, of Los Angeles, was arrested on Tuesday"),
        // A team's plural verb is its clause's event, after the relative clause about the team too.
        DescriptionCase("Madrid, who were knocked out in the semifinals last season, play Galatasaray on April 3.", "April 3",
                        "Madrid play Galatasaray on April 3"),
        DescriptionCase("Chelsea, who won the cup last year, face Basel on Thursday.", "Thursday", "Chelsea face Basel on Thursday"),
        // An age set off by commas after a name is a phrase of its clause.
        DescriptionCase("A jury convicted Ray Coleman, 41, of two counts of murder on Feb. 19.", "Feb. 19",
                        "A jury convicted Ray Coleman, 41, of two counts of murder on Feb. 19"),
        DescriptionCase("Police arrested Juan Perez, 23, of Tucson on Tuesday.", "Tuesday",
                        "Police arrested Juan Perez, 23, of Tucson on Tuesday"),
        DescriptionCase("Officers found Mary Jones, 37, in her car late Sunday.", "late Sunday",
                        "Officers found Mary Jones, 37, in her car late Sunday"),
        DescriptionCase("Prosecutors charged Alan Brooks, 52, with fraud in January.", "January",
                        "Prosecutors charged Alan Brooks, 52, with fraud in January"),
    ]


    @Test(arguments: descriptions)
    func description(_ item: DescriptionCase) throws { try FamilyCheck.check(item) }

    static let anchors: [AnchorCase] = [
        // A team's plural verb.
        AnchorCase("Celtic play Rangers at Parkhead on Saturday.", "Saturday", "play"),
        AnchorCase("Real Madrid travel to Manchester on Tuesday.", "Tuesday", "travel"),
        AnchorCase("Barcelona, who are top of the table, host Milan on Tuesday.", "Tuesday", "host"),
        // Plural event nouns.
        AnchorCase("The ruling follows two decisions by the Supreme Court last June.", "last June", "decisions"),
        AnchorCase("The appeal follows three rulings by the court last year.", "last year", "rulings"),
        // An attributive date's noun past "-ly" adjectives and initialisms.
        AnchorCase("He was charged over last year's deadly blasts in Nairobi.", "last year", "blasts"),
        AnchorCase("She was questioned about Friday's highly publicized raid.", "Friday", "raid"),
        AnchorCase("Investigators returned to the scene of Sunday's U.S. Embassy bombing.", "Sunday", "bombing"),
    ]

    @Test(arguments: anchors)
    func anchor(_ item: AnchorCase) throws { try FamilyCheck.check(item) }
}
