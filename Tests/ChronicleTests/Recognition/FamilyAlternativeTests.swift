import Testing
@testable import Chronicle

/// Expressions widened by an alternative or an approximation written with them (TimeBank and WikiWars keep these in
/// one TIMEX3): count ranges ("two to three weeks", valued at the lower bound), "or so", "or later", "and beyond",
/// coordinated vague units ("weeks or months"), "no more than", "two thousand years"; and quantifiers that do not
/// apply ("worried about the future"), a doubled article ("at the the end of November").
@Suite("Family alternatives and approximations")
struct FamilyAlternativeTests {
    typealias Case = FamilyCase
    /// Wednesday, November 1, 1989.
    static let report = CalendarDate(year: 1989, month: 11, day: 1)
    /// Monday, February 25, 1991.
    static let monday = CalendarDate(year: 1991, month: 2, day: 25)
    static let download = CalendarDate(year: 2009, month: 12, day: 19)

    static let cases: [Case] = [
        // A count given as a range: one expression, the lower bound.
        Case("The company will resume shipments of the chips within two to three weeks.", "two to three weeks", .duration, "P2W",
             dateline: report),
        Case("It expects acquisitions to be made during the next 12 to 18 months.", "the next 12 to 18 months", .duration, "P12M",
             dateline: report),
        Case("Phase 3 would take a period of twelve to eighteen months.", "twelve to eighteen months", .duration, "P12M",
             dateline: download, narrative: true),
        Case("The talks could take one or two days.", "one or two days", .duration, "P1D", dateline: report),
        // After "between" the two ends stay apart, as for dates.
        Case("Patients wait between two to six days for a transplant.", "six days", .duration, "P6D", dateline: report),
        // "or so": approximately.
        Case("Over the next two years or so, its share could increase.", "the next two years or so", .duration, "P2Y",
             mod: "APPROX", dateline: report),
        Case("The plants will be closed over the next year or so, a spokesman said.", "the next year or so", .date, "1990",
             mod: "APPROX", dateline: report),
        Case("Then, a week or so ago, the general picked his commanders.", "a week or so ago", .date, "1991-W08", mod: "APPROX",
             dateline: monday),
        // "or later", "and beyond": from that date on.
        Case("The company wouldn't be profitable until 1994 or later.", "1994 or later", .date, "1994", mod: "ON_OR_AFTER",
             dateline: report),
        Case("Analysts worry about earnings for 1990 and beyond.", "1990 and beyond", .date, "1990", mod: "ON_OR_AFTER",
             dateline: report),
        // Coordinated vague units: one stretch.
        Case("He probably died within weeks or months of his capture.", "weeks or months", .duration, "PXW", mod: "APPROX",
             dateline: report),
        Case("Many funds in recent weeks and months have been selling bonds.", "recent weeks and months", .date, "PAST_REF",
             dateline: report),
        Case("The armies advanced within a few days and weeks respectively.", "a few days", .duration, "PXD",
             dateline: download, narrative: true),
        // A vague count before "later"/"earlier": histories annotate the vague future or past, news the length alone.
        Case("Malta was besieged. A few months later the Allies attacked.", "A few months later", .date, "FUTURE_REF",
             dateline: download, narrative: true),
        Case("Iyasu had been deposed many years earlier but was still in custody.", "many years earlier", .date, "PAST_REF",
             dateline: download, narrative: true),
        Case("A few days later, American Medical announced a new bid.", "A few days", .duration, "PXD", dateline: report),
        // "no more than", "two thousand years", "the latest nine months".
        Case("Iraq would open the sites for no more than sixty days.", "no more than sixty days", .duration, "P60D",
             mod: "EQUAL_OR_LESS", dateline: report),
        Case("They kept their secrets for more than two thousand years.", "more than two thousand years", .duration, "P2000Y",
             mod: "MORE_THAN", dateline: report),
        Case("It accounted for 45% of sales in the latest nine months.", "the latest nine months", .duration, "P9M",
             dateline: report),
        // Lengths written around their unit: "the next couple of years", "several quarters of losses", "eight trading
        // days", "a three-year period" (with its article, not after an adjective), "the early years", "the weeks ahead",
        // "over the years" (not "over the years 1751-1777").
        Case("Over the next couple of years we would not be surprised to see growth.", "the next couple of years", .duration,
             "P2Y", dateline: report),
        Case("The unit recently achieved profitability after several quarters of losses.", "several quarters", .duration, "PXQ",
             dateline: report),
        Case("Eight trading days after Oct. 12, the index fell.", "Eight trading days", .duration, "P8D", dateline: report),
        Case("He skimmed profits over a three-year period.", "a three-year period", .duration, "P3Y", dateline: report),
        Case("Civilians were killed during the same 28-day period.", "the same 28-day period", .duration, "P28D",
             dateline: download, narrative: true),
        Case("The judge could waive the extra seven-day period.", "seven-day", .duration, "P7D", dateline: report),
        Case("Prisoners were taken in the first hours of the ground war.", "the first hours", .duration, "PTXH", dateline: report),
        Case("You don't save as many lives in the early years.", "the early years", .duration, "PXY", dateline: report),
        Case("Funds must pay departing investors in the weeks ahead.", "the weeks ahead", .duration, "PXW", dateline: report),
        Case("Over the years many more patients have waited.", "the years", .duration, "PXY", dateline: report),
        Case("He was wounded in the early hours of Thursday morning.", "Thursday morning", .time, "1989-10-26TMO", dateline: report),
        // A day written as an ordinal word, after a weekday too; the half of a decade.
        Case("International Women's Day is this coming Sunday, March eighth.", "this coming Sunday, March eighth", .date,
             "1998-03-08", dateline: CalendarDate(year: 1998, month: 3, day: 5)),
        Case("The board met on May first.", "May first", .date, "1989-05-01", dateline: report),
        Case("Sales followed the trend that has characterized the last half of the '80s.", "the last half of the '80s", .date,
             "198", mod: "END", dateline: report),
        // "about" governs a vague reference without approximating it; a doubled article stays out.
        Case("Residents are worried about the future.", "the future", .date, "FUTURE_REF", dateline: report),
        Case("The accord is scheduled to expire at the the end of November.", "the end of November", .date, "1989-11",
             mod: "END", dateline: report),
    ]

    static let lookAlikes: [FamilyLookAlike] = [
        FamilyLookAlike("The blockhouses were separated by five or so miles.", "five or so miles"),
        FamilyLookAlike("The Encyclopedie was published over the years 1751-1777.", "the years"),
    ]

    @Test(arguments: cases) func alternativeFamily(_ item: Case) throws { try FamilyCheck.check(item) }
    @Test(arguments: lookAlikes) func alternativeLookAlike(_ item: FamilyLookAlike) throws { try FamilyCheck.check(item) }
}
