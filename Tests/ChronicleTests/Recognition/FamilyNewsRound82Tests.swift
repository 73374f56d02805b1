import Testing
@testable import Chronicle

/// The eighty-second round: a leftover of round 81's sets. A weekday listed after the weekday of an "every" or "each"
/// ("every Tuesday and Thursday", "each Monday, Wednesday and Friday") is another day of the same set, with the same
/// quantifier (it was read as a single date, the coming or the last such day). Near-misses: a weekday after a
/// preposition ("every Tuesday and on Thursday"), after a set of another unit ("every day and Thursday"), a list with
/// no "every", a weekday opening the next sentence. Datelines: each case's own (UTC).
@Suite("Family news, eighty-second round")
struct FamilyNewsRound82Tests: DatedFamilyRound {
    static let friday = on(2013, 3, 22), monday = on(2016, 9, 12), wednesday = on(2020, 1, 15), saturday = on(2024, 6, 8)

    /// A weekday listed after the weekday of "every" or "each": a day of the same set.
    static let listedWeekdays: [FamilyCase] = [
        set("Classes meet every Tuesday and Thursday at the library.", "Thursday", "XXXX-WXX-4", friday),
        set("The clinic is open each Monday and Wednesday.", "Wednesday", "XXXX-WXX-3", monday),
        set("The market runs every Monday, Wednesday and Friday in the square.", "Wednesday", "XXXX-WXX-3", wednesday),
        set("The market runs every Monday, Wednesday and Friday in the square.", "Friday", "XXXX-WXX-5", wednesday),
        set("Trains will stop every Saturday or Sunday until the repairs end.", "Sunday", "XXXX-WXX-7", saturday),
        set("Buses left every Friday, Saturday, and Sunday night from the depot.", "Sunday night", "XXXX-WXX-7TNI", friday),
    ]

    /// Near-misses: the first weekday of the set, a weekday after a preposition or another set, a list with no
    /// "every", a weekday opening the next sentence.
    static let listedWeekdayGuards: [FamilyCase] = [
        set("Classes meet every Tuesday and Thursday at the library.", "every Tuesday", "XXXX-WXX-2", friday),
        news("He runs every Tuesday and on Thursday he will swim.", "Thursday", "2016-09-15", monday),
        news("She worked every day and Thursday she rested.", "Thursday", "2020-01-09", wednesday),
        news("The council met Tuesday and Thursday to debate the bill.", "Thursday", "2013-03-21", friday),
        news("The ferry sails every Friday. Monday it will stay in port.", "Monday", "2024-06-10", saturday),
    ]

    @Test(arguments: listedWeekdays + listedWeekdayGuards)
    func listedWeekdayOfSet(_ item: FamilyCase) throws { try FamilyCheck.check(item) }
}
