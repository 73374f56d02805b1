import Testing
@testable import Chronicle

/// The hundred-and-seventh round, a sweep of web-era formats (live blogs, explainers, key-date lists, Q&As, headlines,
/// captions, tables pasted as text; 2015-2025): a morning clock time after the night ("Heavy rain hit the coast
/// overnight. 09:15 BST …", "Police were called last night. By 9 a.m. …") is the next day's, as a small-hours time after
/// an evening already is (was the night's own day); a table's row near the top ("January 2023 | 517,000 | 3.4%") is no
/// page header ("WASHINGTON | Wed Jan 2, 2013"), so it and the lines above it stay in the body (were skipped as the
/// header, the figure read as the source). Dateline: Fri 2013-03-22 unless a case says otherwise.
@Suite("Family news round 107")
struct FamilyNewsRound107Tests: DatedFamilyRound {
    typealias Case = FamilyCase
    typealias N = FamilyNewsDirectionTests

    static let sunday = on(2022, 8, 14)
    static let april = on(2023, 4, 7)

    /// A morning time after the night (a live blog's stamp, a fronted time): the day the night ended on.
    static let afterNight: [Case] = [
        N.news("Heavy rain hit the coast overnight.\n09:15 BST\nTrains were cancelled.", "09:15 BST", .time, "2022-08-14T09:15",
               dateline: sunday),
        N.news("Rivers burst their banks overnight.\n07:45 GMT\nSchools in the area are closed.", "07:45 GMT", .time,
               "2013-03-22T07:45"),
        N.news("Police were called to the house last night. By 9 a.m. the road had reopened.", "9 a.m.", .time, "2013-03-22T09:00"),
        N.news("Gunmen attacked the base overnight. At 7:30 a.m., troops regained control.", "7:30 a.m.", .time,
               "2013-03-22T07:30"),
        N.news("Fire broke out at the plant last night. Firefighters had it under control at 11 a.m.", "11 a.m.", .time,
               "2013-03-22T11:00"),
    ]

    /// Near-misses: an evening time after the night, a morning time after a morning or a day, a time with its own day.
    static let sameDay: [Case] = [
        N.news("Fire broke out at the plant last night. At 11 p.m. firefighters arrived.", "11 p.m.", .time, "2013-03-21T23:00"),
        N.news("The storm hit on Thursday morning. At 9 a.m. schools closed.", "9 a.m.", .time, "2013-03-21T09:00"),
        N.news("Talks ran late on Thursday. At 9 a.m. the leaders met again.", "9 a.m.", .time, "2013-03-21T09:00"),
        N.news("Rain fell overnight. At 9 a.m. on Thursday the river peaked.", "9 a.m.", .time, "2013-03-21T09:00"),
    ]

    /// A table's rows pasted as text, the first near the top: each row's date is found.
    static let tableRows: [Case] = [
        N.news("Month | Jobs added | Unemployment\nJanuary 2023 | 517,000 | 3.4%\nFebruary 2023 | 311,000 | 3.6%",
               "January 2023", "2023-01", dateline: april),
        N.news("Inflation rose, the office said.\nMonth | Rate\nMarch 2023 | 5.1%\nApril 2023 | 4.9%", "March 2023", "2023-03",
               dateline: april),
        N.news("Prices Climb Again\nInflation rose on Monday, the office said.\nMonth | Rate\nMarch 2023 | 5.1%", "Monday",
               "2023-04-03", dateline: april),
        N.news("Date | Close | Change\nMarch 14, 2023 | 3,919.29 | +1.7%\nMarch 15, 2023 | 3,891.93 | -0.7%", "March 14, 2023",
               "2023-03-14", dateline: april),
    ]

    /// Near-misses: a year's row was read before (a bare year dates no header), and still is.
    static let yearRows: [Case] = [
        N.news("Year | Price\n2021 | $1,800\n2022 | €1,750", "2021", "2021", dateline: april),
        N.news("Year | Growth\n2019 | 2.3%\n2020 | -3.4%", "2020", "2020", dateline: april),
    ]

    @Test(arguments: afterNight)
    func morningAfterNight(_ item: Case) throws { try FamilyCheck.check(item) }

    @Test(arguments: sameDay)
    func sameDayKept(_ item: Case) throws { try FamilyCheck.check(item) }

    @Test(arguments: tableRows)
    func tableRowInBody(_ item: Case) throws { try FamilyCheck.check(item) }

    @Test(arguments: yearRows)
    func yearRowKept(_ item: Case) throws { try FamilyCheck.check(item) }

    /// Page headers with a bar still date the article and are skipped: a source, a place, a byline, a time.
    static let headers: [(text: String, date: CalendarDate)] = [
        ("WASHINGTON | Wed Jan 2, 2013 11:50pm EST\nThe Senate voted.", on(2013, 1, 2)),
        ("By Jane Doe | Reuters | Feb 28, 2023\nShares rose.", on(2023, 2, 28)),
        ("Feb 28, 2023 | 10:15 GMT\nShares rose.", on(2023, 2, 28)),
        ("Reuters | 3 min read | March 7, 2023\nShares rose.", on(2023, 3, 7)),
    ]

    @Test(arguments: headers.indices)
    func barHeaderStillDates(_ index: Int) throws {
        let article = try Article(text: Self.headers[index].text)
        #expect(article.dateline.date == Self.headers[index].date)
        #expect(article.bodyStart > 0)
    }
}
