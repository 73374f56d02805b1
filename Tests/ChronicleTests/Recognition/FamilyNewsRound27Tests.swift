import Testing
@testable import Chronicle

/// The twenty-seventh round: technology, science, entertainment, transport and weather read as whole 2013 wire
/// articles. Families: a month that a superlative ranks ("the coldest March since 1962", "March was the warmest"), a
/// season's months ("the summer months"), "overnight" before
/// its clause's past verb ("Temperatures overnight fell"), a clause opening with "whose" described with what it is about
/// ("The singer, whose 1994 album sold …") as an appositive is ("The strike, the third since January"), and a geological or astronomical span ("4.6 billion years ago") as no date.
/// Dateline: Fri 2013-03-22 (UTC).
@Suite("Family news, twenty-seventh round")
struct FamilyNewsRound27Tests {
    typealias N = FamilyNewsDirectionTests

    static let values: [FamilyCase] = [
        // A superlative ranks "March" and "May" against other years' (the month, not the verb or the modal).
        N.news("Britain is on course for the coldest March since 1962.", "March", "2013-03"),
        N.news("Forecasters said it was the wettest May on record in Wales.", "May", "2012-05"),
        N.news("Germany is heading for its sunniest March in decades.", "March", "2013-03"),
        N.news("Retailers are bracing for their worst March for sales since 2008.", "March", "2013-03"),
        N.news("Last year, March was the warmest since 1957.", "March", "2012-03"),
        N.news("In Scotland, May was the driest on record.", "May", "2012-05"),
        N.news("Officials said March has been the busiest on record at Heathrow.", "March", "2013-03"),
        // A season's months are the season.
        N.news("Bookings for the summer months are up 8 percent.", "the summer months", "2013-SU"),
        N.news("Heating bills rose during the winter months.", "the winter months", "2012-WI"),
        N.news("Visitor numbers during the summer months last year topped 20 million.", "the summer months", "2012-SU"),
        // "overnight" after its subject, before the clause's past verb, is the night before the story's day.
        N.news("Temperatures overnight fell to minus 5C.", "overnight", .time, "2013-03-21TNI"),
        N.news("Heavy rain overnight flooded dozens of homes.", "overnight", .time, "2013-03-21TNI"),
        N.news("Rebels overnight shelled the town of Homs.", "overnight", .time, "2013-03-21TNI"),
        N.news("Snow overnight closed the main road north.", "overnight", .time, "2013-03-21TNI"),
        // A noun phrase set off after the sentence's opening name describes it: its time takes no tense from the verb
        // after it (on main, after the round; these were January and February 2014).
        N.news("The film, a hit at Sundance in January, opens in April.", "January", "2013-01"),
        N.news("Mr. Lee, the winner in January, will play on Sunday.", "January", "2013-01"),
        N.news("The airline, a casualty of the strike in February, will resume flights next week.", "February", "2013-02"),
        N.news("The meeting, a follow-up to talks on Tuesday, will be held next week.", "Tuesday", "2013-03-19"),
        // A period a past verb of announcing or deciding set to start on a day is still ahead (on main, after the round;
        // these were last week's days); not after a verb of doing it ("began").
        N.news("The union announced a strike starting Sunday.", "Sunday", "2013-03-24"),
        N.news("The government declared three days of mourning beginning on Saturday.", "Saturday", "2013-03-23"),
        N.news("The union called a 48-hour strike beginning Monday.", "Monday", "2013-03-25"),
        N.news("Workers began a strike starting on Monday that lasted three days.", "Monday", "2013-03-18"),
    ]

    @Test(arguments: values)
    func value(_ item: FamilyCase) throws { try FamilyCheck.check(item) }

    static let lookAlikes: [FamilyLookAlike] = [
        // A span of millions or billions of years before "ago" dates nothing on a news timeline.
        FamilyLookAlike("The solar system formed about 4.6 billion years ago.", "years ago"),
        FamilyLookAlike("Dinosaurs died out 65 million years ago.", "years ago"),
        FamilyLookAlike("The universe began about 13.8 billion years ago, the data show.", "years ago"),
        FamilyLookAlike("The rocks were laid down some 300 million years ago.", "years ago"),
    ]

    @Test(arguments: lookAlikes)
    func lookAlike(_ item: FamilyLookAlike) throws { try FamilyCheck.check(item) }

    static let descriptions: [DescriptionCase] = [
        // A clause opening with "whose" keeps the name or the noun phrase it is about.
        DescriptionCase("The singer, whose 1994 album sold 10 million copies, will tour Europe this summer.", "1994",
                        "The singer, whose 1994 album sold 10 million copies"),
        DescriptionCase("The company, whose shares fell 5 percent on Thursday, declined to comment.", "Thursday",
                        "The company, whose shares fell 5 percent on Thursday"),
        DescriptionCase("Actor Tom Hanks, whose film opens Friday, spoke to reporters.", "Friday",
                        "Actor Tom Hanks, whose film opens Friday"),
        DescriptionCase("Samsung, whose Galaxy S4 goes on sale April 26, said demand was strong.", "April 26",
                        "Samsung, whose Galaxy S4 goes on sale April 26"),
        // … and so does an appositive after the noun phrase or the name the sentence opens with.
        DescriptionCase("The strike, the third since January, forced the cancellation of 40 percent of flights.", "January",
                        "The strike, the third since January"),
        DescriptionCase("Reems, a city councilman from 1985 to 1992, died on Sunday.", "1985 to 1992",
                        "Reems, a city councilman from 1985 to 1992, died on Sunday"),
        DescriptionCase("The probe, a $1.1 billion craft launched in 2011, will reach Jupiter in 2016.", "2011",
                        "The probe, a $1.1 billion craft launched in 2011"),
    ]

    @Test(arguments: descriptions)
    func description(_ item: DescriptionCase) throws { try FamilyCheck.check(item) }
}
