import Testing
@testable import Chronicle

/// Decades, centuries, seasons, quarters and halves, vague references, holidays.
@Suite("Family periods")
struct FamilyPeriodTests {
    typealias Case = FamilyCase
    static let friday = FamilyDates.friday

    static let cases: [Case] = [
        // Decades ("the" is part of the extent) and centuries.
        Case("Growth was fast in the 1990s.", "the 1990s", .date, "199"),
        Case("The band was famous in the '90s.", "the '90s", .date, "199"),
        Case("The city was rebuilt in the 1980s.", "the 1980s", .date, "198"),
        Case("Debt soared in the 2010s.", "the 2010s", .date, "201"),
        Case("Such cars were common in the 1970's.", "the 1970's", .date, "197"),
        Case("The city boomed in the 1900s.", "the 1900s", .date, "19"),
        Case("The region has changed in the 21st century.", "the 21st century", .date, "20"),
        Case("The canal was dug in the 19th century.", "the 19th century", .date, "18"),
        Case("The empire fell in the twentieth century.", "the twentieth century", .date, "19"),
        // Seasons.
        Case("Prices soared in summer 2022.", "summer 2022", .date, "2022-SU"),
        Case("The offensive began in spring 2014.", "spring 2014", .date, "2014-SP"),
        Case("Harvests failed in the autumn of 2020.", "the autumn of 2020", .date, "2020-FA"),
        // Quarters and halves.
        Case("Profits rose in the first quarter of 2023.", "the first quarter of 2023", .date, "2023-Q1"),
        Case("Sales fell in the third quarter.", "the third quarter", .date, "2022-Q3"),
        Case("Revenue rose in the fourth quarter of 2021.", "the fourth quarter of 2021", .date, "2021-Q4"),
        Case("Earnings dropped in Q4 2022.", "Q4 2022", .date, "2022-Q4"),
        Case("Sales rose in Q3.", "Q3", .date, "2022-Q3"),
        Case("The firm will report results for the second quarter.", "the second quarter", .date, "2023-Q2"),
        // "the back half", "the latter half", "the front half": the second or first half.
        Case("Demand should recover in the back half of the year.", "the back half of the year", .date, "2023-H2"),
        Case("Growth picked up in the latter half of the decade.", "the latter half of the decade", .date, "202", mod: "END"),
        Case("Profits rose in the first quarter of this fiscal year.", "the first quarter", .date, "2023-Q1"),
        // The present of an expectation looks ahead.
        Case("The firm expects growth in the fourth quarter.", "the fourth quarter", .date, "2022-Q4", dateline: FamilyDates.friday),
        Case("The firm saw growth in the fourth quarter.", "the fourth quarter", .date, "2021-Q4", dateline: FamilyDates.friday),
        Case("Exports slowed in the second half of 2022.", "the second half of 2022", .date, "2022-H2"),
        Case("Output rose in the first half of last year.", "the first half of last year", .date, "2022-H1"),
        // Financial labels and split years: "FY2023", "FY23", "H1 2023", "in H2", "the 2019-20 season", "2022/23".
        Case("Revenue in FY2023 was flat.", "FY2023", .date, "2023"),
        Case("Revenue in FY 2022 was flat.", "FY 2022", .date, "2022"),
        Case("Revenue for FY23 was flat.", "FY23", .date, "2023"),
        // A split year with its fiscal words is one fiscal year, the one it closes in (round 123; was two years).
        Case("Revenue rose in FY2022-23.", "FY2022-23", .date, "2023"),
        Case("Sales in H1 2023 were strong.", "H1 2023", .date, "2023-H1"),
        Case("Sales in H2 were weak.", "H2", .date, "2022-H2"),
        Case("He was top scorer in the 2019-20 season.", "2019-20", .date, "2019/2020"),
        Case("Profits rose in the 2022/23 fiscal year.", "the 2022/23 fiscal year", .date, "2023"),
        Case("The 1998/1999 budget was passed.", "1998/1999", .date, "1998/1999"),
        Case("The 2022-2023 season was cancelled.", "2022-2023", .date, "2022/2023"),
        Case("Gas prices soared in the winter of 2021-22.", "the winter of 2021-22", .date, "2021-WI"),
        Case("Sales rose in Q3 FY23.", "Q3 FY23", .date, "2023-Q3"),
        Case("Sales rose in Q3 of 2021.", "Q3 of 2021", .date, "2021-Q3"),
        Case("Sales rose in the third fiscal quarter.", "the third fiscal quarter", .date, "2022-Q3"),
        Case("Sales rose in 1H 2023.", "1H 2023", .date, "2023-H1"),
        Case("Sales rose in 1Q23.", "1Q23", .date, "2023-Q1"),
        Case("Sales fell in 2H22.", "2H22", .date, "2022-H2"),
        Case("Sales rose in 3Q.", "3Q", .date, "2022-Q3"),
        // Vague references.
        Case("The two leaders met recently.", "recently", .date, "PAST_REF"),
        Case("The plant is currently closed.", "currently", .date, "PRESENT_REF"),
        Case("Tensions have escalated in recent weeks.", "recent weeks", .date, "PAST_REF"),
        Case("Prices have soared in recent years.", "recent years", .date, "PAST_REF"),
        Case("Such deals were rare in the past.", "the past", .date, "PAST_REF"),
        Case("The ban may be lifted in the future.", "the future", .date, "FUTURE_REF"),
        Case("The ministry will decide in the near future.", "the near future", .date, "FUTURE_REF"),
        Case("The country now imports most of its grain.", "now", .date, "PRESENT_REF"),
        // Holidays: the dateline's year, moved by tense.
        Case("The shops were packed before Christmas.", "Christmas", .date, "2022-12-25"),
        Case("The shops will close on Christmas.", "Christmas", .date, "2023-12-25"),
        Case("Pilgrims will gather in Rome at Easter.", "Easter", .date, "2023-04-09"),
        Case("Families gathered for Thanksgiving.", "Thanksgiving", .date, "2022-11-24"),
        Case("The ceasefire was broken on Christmas Eve.", "Christmas Eve", .date, "2022-12-24"),
        Case("Fireworks lit the sky on New Year's Day.", "New Year's Day", .date, "2023-01-01"),
        Case("The attack came on Easter 2019.", "Easter 2019", .date, "2019-04-21"),
        Case("The pope will celebrate Easter 2024 in Rome.", "Easter 2024", .date, "2024-03-31"),
        Case("Turnout rose on Election Day.", "Election Day", .date, "2022-11-08", dateline: CalendarDate(year: 2022, month: 11, day: 10)),
        // Named days: more holidays, a holiday after a past verb is the last one (no two-month window), its year after a
        // comma or "of", its weekend (before a Monday holiday), "the … holiday", a part of the holiday.
        Case("Workers rallied on May Day.", "May Day", .date, "2022-05-01"),
        Case("The parade is on the Fourth of July.", "the Fourth of July", .date, "2023-07-04"),
        Case("The parade was held on St. Patrick's Day.", "St. Patrick's Day", .date, "2022-03-17"),
        Case("Markets were closed for Martin Luther King Jr. Day.", "Martin Luther King Jr. Day", .date, "2023-01-16"),
        Case("Markets were closed for Presidents' Day.", "Presidents' Day", .date, "2023-02-20"),
        Case("Shoppers crowded stores on Black Friday.", "Black Friday", .date, "2022-11-25"),
        Case("Online sales hit a record on Cyber Monday.", "Cyber Monday", .date, "2022-11-28"),
        Case("The pope celebrated Mass on Palm Sunday.", "Palm Sunday", .date, "2022-04-10"),
        Case("The reforms were announced on Ash Wednesday.", "Ash Wednesday", .date, "2023-02-22"),
        Case("Juneteenth became a federal holiday in 2021.", "Juneteenth", .date, "2022-06-19"),
        Case("Churches were full on Easter Sunday.", "Easter Sunday", .date, "2022-04-17"),
        Case("The march took place on Good Friday.", "Good Friday", .date, "2022-04-15"),
        Case("The company closed on Christmas Eve 2019.", "Christmas Eve 2019", .date, "2019-12-24"),
        Case("He was born on the Fourth of July, 1946.", "the Fourth of July, 1946", .date, "1946-07-04"),
        Case("The troops were home by Christmas of 1914.", "Christmas of 1914", .date, "1914-12-25"),
        // A period named after a holiday takes its article, as "the weekend" does.
        Case("Traffic was heavy over the Memorial Day weekend.", "the Memorial Day weekend", .date, "2022-W21-WE"),
        Case("Traffic was heavy over the Labor Day holiday weekend.", "the Labor Day holiday weekend", .date, "2022-W35-WE"),
        Case("The accident happened during the Easter weekend.", "the Easter weekend", .date, "2022-W15-WE"),
        Case("Sales fell over the Thanksgiving holiday.", "the Thanksgiving holiday", .date, "2022-11-24"),
        Case("The family gathered on Christmas morning.", "Christmas morning", .time, "2022-12-25TMO"),
        Case("Sales rose during the Christmas holidays.", "the Christmas holidays", .date, "2022-12-25"),
        Case("Stores reopened after the New Year holiday.", "the New Year holiday", .date, "2023-01-01"),
        Case("They marched on Sunday, Easter Day.", "Easter Day", .date, "2022-04-17"),
        Case("The ceasefire took effect on Christmas Day last year.", "Christmas Day last year", .date, "2022-12-25",
             dateline: CalendarDate(year: 2023, month: 12, day: 28)),
        Case("The church reopens at Easter next year.", "Easter next year", .date, "2024-03-31"),
        Case("Rebels struck on All-Saints' Day.", "All-Saints' Day", .date, "2022-11-01"),
        Case("The pubs were full on St. George's Day.", "St. George's Day", .date, "2022-04-23"),
        Case("Markets were shut for Victoria Day.", "Victoria Day", .date, "2022-05-23"),
        Case("Scots celebrated Hogmanay.", "Hogmanay", .date, "2022-12-31"),
        Case("America's Independence Day is a holiday.", "Independence Day", .date, "2023-07-04"),
        Case("Last Thanksgiving, the family was apart.", "Last Thanksgiving", .date, "2022-11-24"),
        Case("The offensive began on Easter Monday, 9 April 1917.", "Easter Monday", .date, "1917-04-09"),
        // Tenth round: decades and centuries, their parts, the edges of a period.
        Case("Prices rose in the noughties.", "the noughties", .date, "200"),
        Case("Sales peaked in the late eighties.", "the late eighties", .date, "198", mod: "END"),
        Case("Sales peaked in the mid-nineties.", "the mid-nineties", .date, "199", mod: "MID"),
        Case("The firm was founded in the nineteen-eighties.", "the nineteen-eighties", .date, "198"),
        Case("The mill was built in the eighteen nineties.", "the eighteen nineties", .date, "189"),
        Case("Prices rose through the 2000s.", "the 2000s", .date, "200"),
        Case("The house was built in the 1800s.", "the 1800s", .date, "18"),
        Case("Growth in the first decade of the 21st century was slow.", "the first decade of the 21st century", .date, "200"),
        Case("Growth in the first decade of the century was slow.", "the first decade of the century", .date, "200"),
        Case("Growth in the last decade of the 19th century was slow.", "the last decade of the 19th century", .date, "189"),
        Case("Demand will peak in the fourth decade of this century.", "the fourth decade of this century", .date, "203"),
        Case("The town changed at the turn of the century.", "the turn of the century", .date, "20", mod: "START"),
        Case("The town changed at the turn of the 20th century.", "the turn of the 20th century", .date, "19", mod: "START"),
        Case("Emissions should fall to zero by mid-century.", "mid-century", .date, "20", mod: "MID"),
        Case("Sales slumped in the last days of 2022.", "the last days of 2022", .date, "2022", mod: "END"),
        Case("Sales slumped in the dying days of 2022.", "the dying days of 2022", .date, "2022", mod: "END"),
        // (In a past clause in February, the closing weeks of the year just ended: round 51's end of a period still ahead.)
        Case("Sales slumped in the closing weeks of the year.", "the closing weeks of the year", .date, "2022", mod: "END"),
        Case("Profits rose in the last quarter of 2022.", "the last quarter of 2022", .date, "2022-Q4"),
        Case("Profits rose in the final quarter of last year.", "the final quarter of last year", .date, "2022-Q4"),
        Case("It happened in the last quarter of the 20th century.", "the last quarter of the 20th century", .date, "19", mod: "END"),
        Case("Sales will recover in the first weeks of March.", "the first weeks of March", .date, "2023-03", mod: "START"),
        Case("Growth was slow in the early part of the decade.", "the early part of the decade", .date, "202", mod: "START"),
        Case("Prices fell in the latter part of 1998.", "the latter part of 1998", .date, "1998", mod: "END"),
        Case("It was built in the second half of the 19th century.", "the second half of the 19th century", .date, "18", mod: "END"),
        Case("Output doubled in the first half of the century.", "the first half of the century", .date, "20", mod: "START"),
        Case("Output doubled in the first quarter of the century.", "the first quarter of the century", .date, "20", mod: "START"),
        Case("The band toured in the summer of '89.", "the summer of '89", .date, "1989-SU"),
    ]

    @Test(arguments: cases)
    func period(_ item: Case) throws { try FamilyCheck.check(item) }
}
