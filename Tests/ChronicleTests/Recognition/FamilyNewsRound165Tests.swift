import Testing
@testable import Chronicle

/// The hundred-and-sixty-fifth round, a code-health round: a work's noun before a title is one test for a name and for a
/// number ("the film Independence Day", "the novel 1984"), so the owner and the describing word round 159 allowed before a
/// number's title now also hold before a name's ("her new film Independence Day", "the singer's film Independence Day").
/// The guards are the same names where no work's noun stands just before them.
@Suite("Family news round 165")
struct FamilyNewsRound165Tests: DatedFamilyRound {
    typealias Case = FamilyCase

    static let friday = CalendarDate(year: 2024, month: 3, day: 22)

    static let lookAlikes: [FamilyLookAlike] = [
        // A work's title after its noun, an owner or a describing word before the noun.
        FamilyLookAlike("Her new film Independence Day opened on Friday.", "Independence Day", dateline: friday),
        FamilyLookAlike("The singer's film Independence Day opened in Tokyo.", "Independence Day", dateline: on(2022, 9, 16)),
        FamilyLookAlike("His latest documentary Black Friday aired on Monday.", "Black Friday", dateline: friday),
        FamilyLookAlike("The band's song Yesterday topped the charts in 1965.", "Yesterday", dateline: on(2021, 6, 13)),
    ]

    /// Guards (these read right before the round, and must stay so).
    static let guards: [Case] = [
        news("His new film opened on Friday.", "Friday", "2024-03-22", friday),
        news("Her new film premiered on Independence Day in Washington.", "Independence Day", "2023-07-04", friday),
        news("The band's song topped the charts in 1965.", "1965", "1965", friday),
    ]

    @Test(arguments: lookAlikes)
    func noTimeInTitle(_ item: FamilyLookAlike) throws { try FamilyCheck.check(item) }

    @Test(arguments: guards)
    func timeOutsideTitle(_ item: Case) throws { try FamilyCheck.check(item) }
}
