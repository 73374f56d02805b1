import Testing
@testable import Chronicle

/// Month names and abbreviations (AP "Sept."), with and without day and year; years; ISO and numeric dates.
@Suite("Family calendar dates")
struct FamilyCalendarDateTests {
    typealias Case = FamilyCase
    static let friday = FamilyDates.friday

    static let cases: [Case] = [
        // A month without a year: the tense decides the year.
        Case("The leaders met in September on the sidelines of the summit.", "September", .date, "2022-09"),
        Case("The plant will open in September.", "September", .date, "2023-09"),
        Case("Elections are to be held in October.", "October", .date, "2023-10"),
        Case("Sales rose in January.", "January", .date, "2023-01"),
        Case("The law took effect in June.", "June", .date, "2022-06"),
        Case("The agency will publish its report in March.", "March", .date, "2023-03"),
        Case("The election is set for May 14.", "May 14", .date, "2023-05-14"),
        Case("The vote was held in May.", "May", .date, "2022-05"),
        Case("The council will meet again in June.", "June", .date, "2023-06"),
        Case("Exports slumped in December.", "December", .date, "2021-12", dateline: friday),
        Case("The plant will reopen in January.", "January", .date, "2023-01", dateline: friday),
        // A schedule in the present is ahead, even more than six months ahead ("is set for August", a September dateline).
        Case("The final is scheduled for August.", "August", .date, "2023-08", dateline: friday),
        Case("Elections are due in July.", "July", .date, "2023-07", dateline: friday),
        Case("The summit has been set for August 3.", "August 3", .date, "2023-08-03", dateline: friday),
        Case("The firm will cut 500 jobs in August.", "August", .date, "2023-08", dateline: friday),
        Case("The firm cut 500 jobs in August.", "August", .date, "2022-08", dateline: friday),
        Case("The show lasts until August.", "August", .date, "2023-08", dateline: friday),
        Case("The election is on Nov. 8.", "Nov. 8", .date, "2023-11-08"),
        Case("Analysts expect a recovery in August.", "August", .date, "2023-08", dateline: friday),
        Case("The company expects to hire staff in August.", "August", .date, "2023-08", dateline: friday),
        Case("He was released on bail pending a hearing in April.", "April", .date, "2023-04"),
        Case("The new law, which takes effect in August, was passed in December.", "August", .date, "2023-08", dateline: friday),
        Case("The new law, which takes effect in August, was passed in December.", "December", .date, "2021-12", dateline: friday),
        Case("The mayor resigns in August.", "August", .date, "2023-08", dateline: friday),
        Case("The board voted in June to close the plant in November.", "November", .date, "2022-11", dateline: friday),
        // A date set ("a trial date of …") or a deadline "of" a date is an end point: the nearest one.
        Case("The judge set a trial date of June 5.", "June 5", .date, "2023-06-05"),
        Case("Regulators set a deadline of May 1 for the sale.", "May 1", .date, "2023-05-01"),
        Case("The board closed the plant in November.", "November", .date, "2021-11", dateline: friday),
        // A participle without its subject after "if", "once", "unless" marks no tense: the main clause decides.
        Case("The ban, once approved in March, will last a year.", "March", .date, "2023-03", dateline: friday),
        Case("The law, if passed in March, will take effect in June.", "March", .date, "2023-03", dateline: friday),
        Case("The law, passed in March, took effect in June.", "March", .date, "2022-03", dateline: friday),
        Case("The new law takes effect when parliament reconvenes in August.", "August", .date, "2023-08", dateline: friday),
        // Month and day, AP abbreviations.
        Case("The deadline is Feb. 28.", "Feb. 28", .date, "2023-02-28"),
        Case("The ceasefire began on Feb. 24.", "Feb. 24", .date, "2023-02-24"),
        Case("The vote was held on Sept. 5.", "Sept. 5", .date, "2022-09-05"),
        Case("The strike started Aug. 3.", "Aug. 3", .date, "2022-08-03"),
        Case("The strike will start Aug. 3.", "Aug. 3", .date, "2023-08-03"),
        Case("The law passed on May 15th.", "May 15th", .date, "2022-05-15"),
        Case("The treaty takes effect Jan. 1.", "Jan. 1", .date, "2024-01-01"),
        Case("The treaty took effect Jan. 1.", "Jan. 1", .date, "2023-01-01"),
        Case("The report was released Oct. 12.", "Oct. 12", .date, "2022-10-12"),
        Case("The new rules will apply from Nov. 30.", "Nov. 30", .date, "2023-11-30"),
        // Full dates.
        Case("The attacks of Sept. 11, 2001, changed everything.", "Sept. 11, 2001", .date, "2001-09-11"),
        Case("On Nov. 8, 2022, voters went to the polls.", "Nov. 8, 2022", .date, "2022-11-08"),
        Case("The deal was signed on 28 February 2023 in Minsk.", "28 February 2023", .date, "2023-02-28"),
        Case("The deal was signed on February 28, 2023, in Minsk.", "February 28, 2023", .date, "2023-02-28"),
        Case("He was born on 4 July 1976.", "4 July 1976", .date, "1976-07-04"),
        Case("The bank collapsed on 15 September 2008.", "15 September 2008", .date, "2008-09-15"),
        Case("The war began on Feb. 24, 2022.", "Feb. 24, 2022", .date, "2022-02-24"),
        Case("The accord was signed Dec. 12, 2015, in Paris.", "Dec. 12, 2015", .date, "2015-12-12"),
        Case("The cargo arrived on 3 May.", "3 May", .date, "2022-05-03"),
        // Month and year.
        Case("Inflation peaked in February 2023.", "February 2023", .date, "2023-02"),
        Case("Inflation peaked in October 2022.", "October 2022", .date, "2022-10"),
        Case("The company was founded in Dec. 1998.", "Dec. 1998", .date, "1998-12"),
        Case("Output fell in Jan. 2020.", "Jan. 2020", .date, "2020-01"),
        Case("The treaty was signed in May 2019.", "May 2019", .date, "2019-05"),
        Case("The rule changed in Sept. 2021.", "Sept. 2021", .date, "2021-09"),
        Case("The mine closed in March of 2015.", "March of 2015", .date, "2015-03"),
        // Years.
        Case("The plant closed in 2020.", "2020", .date, "2020"),
        Case("Unemployment hit a record in 1998.", "1998", .date, "1998"),
        Case("The war in Donbas began in 2014 and never ended.", "2014", .date, "2014"),
        Case("By 2030, the country plans to cut emissions in half.", "2030", .date, "2030"),
        Case("Computers were patched before the year 2000.", "the year 2000", .date, "2000"),
        Case("The crisis of '98 hit the region hard.", "'98", .date, "1998"),
        // ISO and numeric dates.
        Case("The filing is dated 2023-02-28.", "2023-02-28", .date, "2023-02-28"),
        Case("The order was issued on 2022-12-05 by the court.", "2022-12-05", .date, "2022-12-05"),
        Case("The contract expires 2/28/2023.", "2/28/2023", .date, "2023-02-28"),
        Case("Payment was due on 12/31/2022.", "12/31/2022", .date, "2022-12-31"),
        Case("The form was filed on 3/15/22.", "3/15/22", .date, "2022-03-15"),
        // Tenth round: "December the 25th", "on the 3rd", dotted day-first dates.
        Case("It happened on December the 25th.", "December the 25th", .date, "2022-12-25"),
        Case("The ceasefire began on October the third.", "October the third", .date, "2022-10-03"),
        Case("The ballots are counted on the 3rd.", "the 3rd", .date, "2023-02-03"),
        Case("It was signed on 25.12.2022 in Kyiv.", "25.12.2022", .date, "2022-12-25"),
        Case("The siege ended on the twenty-fifth of December.", "the twenty-fifth of December", .date, "2022-12-25"),
        Case("It was signed on 25/12/2022 in Kyiv.", "25/12/2022", .date, "2022-12-25"),
        Case("The strike began on Tuesday the 3rd of January.", "Tuesday the 3rd of January", .date, "2023-01-03"),
        Case("It was signed on 2022/12/25 in Kyiv.", "2022/12/25", .date, "2022-12-25"),
        Case("It was signed on 25-12-2022 in Kyiv.", "25-12-2022", .date, "2022-12-25"),
        Case("It was signed on 12-25-2022 in Kyiv.", "12-25-2022", .date, "2022-12-25"),
        Case("Rules from the 1990s lapsed. The ballots are counted on the 3rd.", "the 3rd", .date, "2023-02-03"),
        Case("The siege ended on December twenty-fifth.", "December twenty-fifth", .date, "2022-12-25"),
        Case("The siege ended on October the thirty-first.", "October the thirty-first", .date, "2022-10-31"),
        Case("The law took effect on 5.1.2023 nationwide.", "5.1.2023", .date, "2023-01-05"),
    ]

    @Test(arguments: cases)
    func calendarDate(_ item: Case) throws { try FamilyCheck.check(item) }
}
