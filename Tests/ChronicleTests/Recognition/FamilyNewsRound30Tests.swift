import Testing
@testable import Chronicle

/// The thirtieth round: histories told inside news copy (obituaries, profiles, investigations, anniversaries, company
/// histories, sports careers). Families: "the end of the year", "later in the decade", "during the year" in a past
/// clause after the text went back to an earlier period (that period's, not the dateline's), "the following spring",
/// "the next summer" after a year (the one after that year), a day without its year weeks after the day the story went
/// back to ("on March 20, 2003 … On April 9"), a vague count before "earlier" ("Hours earlier"), and an award's "of the
/// year" ("rookie of the year"), no date; "since" and a year before its clause's verb ("the ice that scientists have
/// tracked since 1979 shrank …") open no clause and date the verb before them; a sport's "the following season" after a
/// year is the next year; a day counted back in the past perfect ("The day before, an engineer had emailed …") is a
/// flashback that leaves the story's day; a description does not end with a dangling "and"; a clock time fronted before
/// a capitalised subject ("At 7 p.m. Bersani told …") ends no sentence.
/// Dateline: Fri 2013-03-22 (UTC).
@Suite("Family news, thirtieth round")
struct FamilyNewsRound30Tests {
    typealias N = FamilyNewsDirectionTests

    static let values: [FamilyCase] = [
        // The year, month or decade written with "the", in a past clause after the story went back to a period inside an
        // earlier one, is the story's (on main: the dateline's 2013, 2013-03, the 2010s).
        N.news("He bought the magazine in 1971, and by the end of the year sales had doubled.", "the end of the year", "1971", mod: "END"),
        N.news("Prices fell in 2009 and by the end of the year had recovered.", "the end of the year", "2009", mod: "END"),
        N.news("In March 2009 the bank failed. By the end of the month, 300 staff had left.", "the end of the month", "2009-03", mod: "END"),
        N.news("In 1998 he joined the firm. By the end of the decade he was its chief.", "the end of the decade", "199", mod: "END"),
        N.news("In the 1960s he moved to New York. By the end of the decade he was famous.", "the end of the decade", "196", mod: "END"),
        N.news("The company was founded in 1994. By the middle of the decade it employed 500 people.", "the middle of the decade", "199", mod: "MID"),
        N.news("It was founded in 1994. At the end of the decade it was sold.", "the end of the decade", "199", mod: "END"),
        N.news("In 2004 the chain expanded into China. Later in the decade it collapsed.", "Later in the decade", "200", mod: "END"),
        N.news("He bought the company in 1986. During the year, sales doubled.", "the year", "1986"),
        // … and so is the day, after a day before the dateline's (on main: the dateline's 2013-03-22).
        N.news("The building fell on Feb. 11, 2012. By the end of the day, rescuers had pulled 120 people from the rubble.",
               "the end of the day", "2012-02-11", mod: "END"),
        N.news("Shares fell on Wednesday. By the end of the day they had recovered.", "the end of the day", "2013-03-20", mod: "END"),
        N.news("The plane crashed on Tuesday. At the end of the day, rescuers had found no survivors.", "the end of the day",
               "2013-03-19", mod: "END"),
        // … not in a clause that looks ahead or is present, whatever came before.
        N.news("Shares fell on Wednesday. By the end of the day they will have recovered.", "the end of the day", "2013-03-22", mod: "END"),
        N.news("Sales rose in 2012. By the end of the year the company will hire 500 people.", "the end of the year", "2013", mod: "END"),
        N.news("Sales fell in 2012. Analysts see the deal closing by the end of the year.", "the end of the year", "2013", mod: "END"),
        N.news("Sales rose in 2012. The company expects growth by the end of the decade.", "the end of the decade", "201", mod: "END"),
        // "the following spring", "the next summer" after a year: the one after that year (on main: that year's).
        N.news("He bought the magazine in 1971. The following spring it published a series on police corruption.",
               "The following spring", "1972-SP"),
        N.news("In 2010 she returned to Warsaw, and the next spring she was elected party chairwoman.", "the next spring", "2011-SP"),
        N.news("The plant opened in 1987. The following summer it was hit by a strike.", "The following summer", "1988-SU"),
        N.news("He won the seat in 2005 and resigned the following autumn.", "the following autumn", "2006-FA"),
        N.news("The ice retreated sharply in 2007; the next winter it recovered only partly.", "the next winter", "2008-WI"),
        // … and after a month or a day, the first one after it, as before.
        N.news("In November 2012 an inspector noted rust. The following spring the roof was repaired.", "The following spring", "2013-SP"),
        // News: a sport's season counted from a year is a year counted from it (on main: calendar seasons counted from
        // the year's first day, `2009-SP`, `2008-WI`, `2008-FA`).
        N.news("He won the title in 2009. The following season he tore his Achilles tendon.", "The following season", "2010"),
        N.news("Ferri joined Juventus in 2001, and that season the club won the league.", "that season", "2001"),
        N.news("He scored 30 goals in 2009. The previous season he had been injured.", "The previous season", "2008"),
        N.news("The club was promoted in 2010, and the following season it finished third.", "the following season", "2011"),
        // A day without its year in a past clause, within weeks after the day the story went back to in an earlier year,
        // is of that year (on main: the dateline's 2013).
        N.news("U.S. forces crossed the border on March 20, 2003. On April 9 a crowd pulled down the statue.", "April 9", "2003-04-09"),
        N.news("The theft took place on Jan. 14, 2012. She was first interviewed by police on Jan. 16.", "Jan. 16", "2012-01-16"),
        N.news("The reactor was damaged on March 11, 2011, and on April 12 officials raised the crisis to level 7.", "April 12", "2011-04-12"),
        N.news("The storm made landfall on Oct. 29, 2011. On Nov. 3 power was restored to most homes.", "Nov. 3", "2011-11-03"),
        // … and a day of the month the story is in (not one named before a noun, "the August 1988 cease-fire").
        N.news("In April 1993 the United Nations declared Srebrenica a safe area. On April 18 the first peacekeepers arrived.",
               "April 18", "1993-04-18"),
        N.news("In October 2008 the bank collapsed. On Oct. 14 the government injected capital.", "Oct. 14", "2008-10-14"),
        N.news("Profits slumped in March 2011, and on March 30 the chief executive resigned.", "March 30", "2011-03-30"),
        // … not when the story only named a month in passing, nor a day before the story's, nor in a clause that is not past.
        N.news("He rejected the August 1988 cease-fire terms. Iraq invaded Kuwait on Aug. 2.", "Aug. 2", "2012-08-02"),
        N.news("The theft took place on Jan. 14, 2012. Police interviewed him on Jan. 3.", "Jan. 3", "2013-01-03"),
        N.news("The theft took place on Jan. 14, 2012. The trial opens on April 2.", "April 2", "2013-04-02"),
        // News: a day counted back in the past perfect is a flashback; the story's day stays where it was for what
        // follows (on main: counted from the flashback's day).
        N.news("The bridge collapsed on Aug. 1, 2007. The day before, inspectors had approved its use. Two days later, divers recovered the first bodies.",
               "Two days later", "2007-08-03"),
        N.news("Fire broke out on Sunday. The night before, residents had complained of smoke. By noon firefighters had it under control.",
               "noon", .time, "2013-03-17T12:00"),
        N.news("The reactor was shut on March 11, 2011. A day earlier, operators had tested the pumps. The next day the roof blew off.",
               "The next day", "2011-03-12"),
        N.news("The roof fell in on March 3. The day before, an engineer had emailed the manager. At 9:40 p.m. a guard radioed for help.",
               "9:40 p.m.", .time, "2013-03-03T21:40"),
        // News: a vague count before "earlier" is a length, as before "later" ("Hours later": PTXH).
        N.news("Hours earlier, a maintenance crew had reported water pouring through the ceiling.", "Hours", .duration, "PTXH"),
        N.news("Days earlier, the company had warned of losses.", "Days", .duration, "PXD"),
        N.news("A few weeks earlier he had resigned from the board.", "A few weeks", .duration, "PXW"),
        N.news("Only months earlier, the bank had passed a stress test.", "months", .duration, "PXM"),
    ]

    @Test(arguments: values)
    func value(_ item: FamilyCase) throws { try FamilyCheck.check(item) }

    static let lookAlikes: [FamilyLookAlike] = [
        // An award's "of the year" names no year.
        FamilyLookAlike("He was named rookie of the year in 1999.", "the year"),
        FamilyLookAlike("She was Time's Person of the Year in 2006.", "the Year"),
        FamilyLookAlike("The Focus was voted car of the year by European journalists.", "the year"),
        FamilyLookAlike("Adele's album won album of the year at the Grammys.", "the year"),
        FamilyLookAlike("Bale was named PFA Player of the Year on Sunday.", "the Year"),
        FamilyLookAlike("Popovich was voted coach of the year for the third time.", "the year"),
        FamilyLookAlike("He was voted goalkeeper of the year in 2003.", "the year"),
    ]

    @Test(arguments: lookAlikes)
    func lookAlike(_ item: FamilyLookAlike) throws { try FamilyCheck.check(item) }


    static let descriptions: [DescriptionCase] = [
        // "since" and a year inside a clause, before the clause's verb, open no clause of their own (on main: "Since 1979
        // shrank last September …").
        DescriptionCase("The Arctic sea ice that scientists have tracked since 1979 shrank last September to a record low.",
                        "last September", "The Arctic sea ice that scientists have tracked since 1979 shrank last September to a record low"),
        DescriptionCase("A dam that has stood since 1932 gave way on Sunday, flooding three villages.", "Sunday",
                        "A dam that has stood since 1932 gave way on Sunday"),
        DescriptionCase("The rebel group that has controlled the town since 2011 withdrew on Tuesday.", "Tuesday",
                        "The rebel group that has controlled the town since 2011 withdrew on Tuesday"),
        DescriptionCase("Prices that had risen steadily since 2009 fell sharply in January.", "January",
                        "Prices that had risen steadily since 2009 fell sharply in January"),
        // A clock time fronted before its clause's capitalised subject does not end a sentence of its own (on main: "At 7
        // p.m.").
        DescriptionCase("At 7 p.m. Bersani told reporters he would report back by Tuesday.", "7 p.m.",
                        "At 7 p.m. Bersani told reporters he would report back by Tuesday"),
        DescriptionCase("The talks stalled. At 10:30 a.m. Monti left the palace.", "10:30 a.m.",
                        "At 10:30 a.m. Monti left the palace"),
        DescriptionCase("Around 11 a.m. Syrian troops shelled the town.", "Around 11 a.m.", "Around 11 a.m. Syrian troops shelled the town"),
        // A conjunction left dangling at the clause's end goes (on main: "He enlisted in the Navy in 1943 and").
        DescriptionCase("He enlisted in the Navy in 1943 and, after the war ended, studied economics at Harvard.", "1943",
                        "He enlisted in the Navy in 1943"),
        DescriptionCase("She joined the board in 2004 and, two years later, became its chair.", "2004",
                        "She joined the board in 2004"),
        DescriptionCase("Rebels seized the town on Monday and, according to witnesses, executed ten soldiers.", "Monday",
                        "Rebels seized the town on Monday"),
    ]

    @Test(arguments: descriptions)
    func description(_ item: DescriptionCase) throws { try FamilyCheck.check(item) }

    static let anchors: [AnchorCase] = [
        // The year after "since" dates the verb before it (on main: the verb after it).
        AnchorCase("The Arctic sea ice that scientists have tracked since 1979 shrank last September.", "1979", "tracked"),
        AnchorCase("A dam that has stood since 1932 gave way on Sunday.", "1932", "stood"),
        AnchorCase("The rebel group that has controlled the town since 2011 withdrew on Tuesday.", "2011", "controlled"),
        AnchorCase("Prices that had risen steadily since 2009 fell sharply in January.", "2009", "risen"),
    ]

    @Test(arguments: anchors)
    func anchor(_ item: AnchorCase) throws { try FamilyCheck.check(item) }
}
