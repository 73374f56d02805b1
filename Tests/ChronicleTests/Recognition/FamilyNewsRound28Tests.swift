import Testing
@testable import Chronicle

/// The twenty-eighth round: the leftovers of rounds 23–27. Families: a figure compared with "a year ago" or "a month
/// ago" after a month the text reports on (that month, a year or a month back, as after a quarter); a clock time after
/// a reporting day that follows the event's day in its sentence (the event's day); "the holiday quarter", "the Christmas
/// quarter" (the fourth quarter); "the fiscal year that begins Oct. 1", "the fiscal year starting in July" (the fiscal
/// year that opens then, named by the calendar year most of it falls in); a product's name opening its sentence before a
/// number ("Windows 2000 is no longer supported") is no year; a conjunct with a verb of its own after "and" or "but" is
/// its date's description ("… since January and plans to close three plants by June").
/// Dateline: Fri 2013-03-22 (UTC).
@Suite("Family news, twenty-eighth round")
struct FamilyNewsRound28Tests {
    typealias N = FamilyNewsDirectionTests

    static let values: [FamilyCase] = [
        // A figure compared with "a year ago" / "a month ago" after a month reported on: that month, so far back (was the
        // dateline's year, or the dateline's month less one).
        N.news("Retail sales in February rose 4 percent from a year ago.", "a year ago", "2012-02"),
        N.news("The unemployment rate fell to 7.7 percent in February, down from 8.3 percent a year ago.", "a year ago", "2012-02"),
        N.news("Home prices in January were 8.1 percent higher than a year ago.", "a year ago", "2012-01"),
        N.news("Consumer prices rose 0.7 percent in February and were up 2 percent compared with a year ago.", "a year ago",
               "2012-02"),
        N.news("Car sales in Germany fell in February to 200,000 vehicles, from 226,000 a year ago.", "a year ago", "2012-02"),
        N.news("Factory orders in January were down 2 percent from a month ago.", "a month ago", "2012-12"),
        N.news("Inflation slowed in February. Prices were 1.8 percent higher than a year ago.", "a year ago", "2012-02"),
        N.news("Borrowing fell in February to 6.3 billion pounds, down from 9.1 billion pounds a year ago.", "a year ago", "2012-02"),
        // (A figure compared with "a month ago" leaves the story in the month reported on.)
        N.news("Mortgage approvals in February were 8 percent higher than a month ago, while house prices rose 0.3 percent on a year ago.",
               "a year ago", "2012-02"),
        // A clock time after a reporting day that follows the event's day in its sentence: the event's day (was the
        // reporting day, or the dateline's in a future clause).
        N.news("The Soyuz rocket will lift off from Baikonur on Thursday, the space agency said on Tuesday. Liftoff is set for 2152 GMT.",
               "2152 GMT", .time, "2013-03-28T21:52"),
        N.news("The two sides will meet in Geneva on Monday, a spokesman said on Wednesday. The talks are due to begin at 10 a.m.",
               "10 a.m.", .time, "2013-03-25T10:00"),
        N.news("Voters go to the polls on Sunday, the election commission said on Thursday. Polls open at 7 a.m.", "7 a.m.",
               .time, "2013-03-24T07:00"),
        N.news("Gunmen attacked a checkpoint on Monday, the army said on Wednesday. The attack began at about 3 a.m.",
               "about 3 a.m.", .time, "2013-03-18T03:00"),
        // The year-end holidays' quarter: the calendar fourth quarter (was untagged, or "Christmas").
        N.news("Apple expects revenue of $41 billion to $43 billion in the holiday quarter.", "the holiday quarter", "2013-Q4"),
        N.news("The company posted a loss in the holiday quarter, it said on Tuesday.", "the holiday quarter", "2012-Q4"),
        N.news("Amazon said its Christmas quarter sales rose 22 percent.", "Christmas quarter", "2012-Q4"),
        N.news("Retailers reported weak sales for the Christmas quarter.", "the Christmas quarter", "2012-Q4"),
        // A fiscal year that opens on a date: the one opening on that date as the date is placed, named by the calendar
        // year most of it falls in (was the dateline's year, or untagged).
        N.news("The bill funds the government for the fiscal year that begins Oct. 1.", "the fiscal year", "2014"),
        N.news("The state faces a $2 billion deficit in the fiscal year starting in July.", "the fiscal year", "2014"),
        N.news("Lawmakers must pass a budget for the fiscal year that starts July 1.", "the fiscal year", "2014"),
        N.news("Japan's cabinet approved a record budget for the fiscal year starting in April.", "the fiscal year", "2013"),
        N.news("Parliament approved spending for the budget year beginning April 1.", "the budget year", "2013"),
        N.news("The agency's budget for the fiscal year beginning Oct. 1 was cut by 5 percent.", "the fiscal year", "2013"),
    ]

    @Test(arguments: values)
    func value(_ item: FamilyCase) throws { try FamilyCheck.check(item) }

    static let lookAlikes: [FamilyLookAlike] = [
        // A product's name opening its sentence before a number is no year.
        FamilyLookAlike("Windows 2000 is no longer supported by Microsoft.", "2000"),
        FamilyLookAlike("Office 2013 went on sale in January.", "2013"),
        FamilyLookAlike("Exchange 2010 runs on older servers.", "2010"),
        FamilyLookAlike("Outlook 2007 users reported problems with the update.", "2007"),
    ]

    @Test(arguments: lookAlikes)
    func lookAlike(_ item: FamilyLookAlike) throws { try FamilyCheck.check(item) }

    static let descriptions: [DescriptionCase] = [
        // A conjunct that "and" or "but" opens with a verb of its own is its date's description, with the sentence's
        // subject (were the whole sentence, or cut at "since" into the next conjunct).
        DescriptionCase("The company has cut 2,000 jobs since January and plans to close three plants by June.", "January",
                        "The company has cut 2,000 jobs since January"),
        DescriptionCase("The company has cut 2,000 jobs since January and plans to close three plants by June.", "June",
                        "The company plans to close three plants by June"),
        DescriptionCase("Obama will meet Israeli Prime Minister Benjamin Netanyahu on Wednesday evening and will travel to Ramallah on Thursday.",
                        "Wednesday evening", "Obama will meet Israeli Prime Minister Benjamin Netanyahu on Wednesday evening"),
        DescriptionCase("Obama will meet Israeli Prime Minister Benjamin Netanyahu on Wednesday evening and will travel to Ramallah on Thursday.",
                        "Thursday", "Obama will travel to Ramallah on Thursday"),
        DescriptionCase("Detectives have searched four addresses since Wednesday and appealed for witnesses.", "Wednesday",
                        "Detectives have searched four addresses since Wednesday"),
        DescriptionCase("The central bank raised rates in February and cut them again in March.", "February",
                        "The central bank raised rates in February"),
        DescriptionCase("The central bank raised rates in February and cut them again in March.", "March",
                        "The central bank cut them again in March"),
    ]

    @Test(arguments: descriptions)
    func description(_ item: DescriptionCase) throws { try FamilyCheck.check(item) }
}
