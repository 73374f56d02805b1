import Testing
@testable import Chronicle

/// The ninety-eighth round, a clock hour right before a part of a day that names its day: a bare hour after a clock's
/// word ("at 4 this morning", "by 10 tonight", "at about 7 yesterday evening"), a spoken clock ("ten past nine last
/// night", "half past six this morning") or a clock with its minutes ("4:30 this afternoon") and the part of the day
/// ("this morning", "last night", "tonight", "tomorrow morning") are one TIME expression on that day, the hour read in
/// the part of the day ("10 last night" is 22:00, "12 last night" midnight). Datelines vary per case.
@Suite("Family news round 98")
struct FamilyNewsRound98Tests: DatedFamilyRound {
    static let friday = on(2013, 3, 22), newYear = on(2020, 1, 1), monday = on(2025, 3, 3), sunday = on(2022, 11, 13)

    /// A bare hour after "at", "by", "until", "since" before a part of a day naming its day.
    static let bareHour: [FamilyCase] = [
        time("Police were called at 4 this morning.", "4 this morning", "2013-03-22T04:00", friday),
        time("The fire broke out at 10 last night.", "10 last night", "2013-03-21T22:00", friday),
        time("The vote will close at 8 tonight.", "8 tonight", "2013-03-22T20:00", friday),
        time("The store opens at 9 tomorrow morning.", "9 tomorrow morning", "2013-03-23T09:00", friday),
        time("The bar shut at 12 last night.", "12 last night", "2013-03-22T00:00", friday),
        time("Results are expected by 9 this evening.", "9 this evening", "2020-01-01T21:00", newYear),
        time("Fireworks lit up the sky until 11 last night.", "11 last night", "2019-12-31T23:00", newYear),
        time("The talks will resume at 3 this afternoon.", "3 this afternoon", "2025-03-03T15:00", monday),
        time("He arrived at about 7 yesterday evening.", "about 7 yesterday evening", "2022-11-12T19:00", mod: "APPROX",
             sunday),
    ]

    /// A spoken clock or a clock with its minutes before the part of the day.
    static let spokenAndMinutes: [FamilyCase] = [
        time("The blast happened at ten past nine last night.", "ten past nine last night", "2013-03-21T21:10", friday),
        time("At half past six this morning the alarm rang.", "half past six this morning", "2025-03-03T06:30", monday),
        time("Troops left at 4:30 this afternoon.", "4:30 this afternoon", "2022-11-13T16:30", sunday),
        time("The train derailed at 10:15 last night.", "10:15 last night", "2019-12-31T22:15", newYear),
    ]

    /// Near misses: a score or a count before the part of the day, a number that is no hour, a part of a year (an hour
    /// after midnight with "last night" is round 102's).
    static let nearMisses: [FamilyLookAlike] = [
        FamilyLookAlike("The Lakers won 4 this morning.", "4", dateline: friday),
        FamilyLookAlike("The Jets lost 3 last night.", "3", dateline: friday),
        FamilyLookAlike("The storm killed 12 last night.", "12", dateline: sunday),
        FamilyLookAlike("They met at 25 this morning.", "25", dateline: monday),
        FamilyLookAlike("The death toll rose to 10 last night.", "10", dateline: newYear),
        FamilyLookAlike("He scored at 4 this season.", "4", dateline: friday),
        FamilyLookAlike("Rates stood at 10 this year.", "10", dateline: monday),
    ]

    @Test(arguments: bareHour)
    func bareHourInPartOfDay(_ item: FamilyCase) throws { try FamilyCheck.check(item) }

    @Test(arguments: spokenAndMinutes)
    func clockInPartOfDay(_ item: FamilyCase) throws { try FamilyCheck.check(item) }

    @Test(arguments: nearMisses)
    func notAnHour(_ item: FamilyLookAlike) throws { try FamilyCheck.check(item) }
}
