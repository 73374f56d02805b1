import Testing
@testable import Chronicle

/// The twenty-ninth round: international and regional wire copy (AFP, BBC, Xinhua, Al Jazeera, PTI, Kyodo, Yonhap, Gulf
/// and African papers) read as whole 2013 articles. Families: other calendars' holidays ("the Spring Festival holiday",
/// "the Mid-Autumn Festival", "Nowruz", "the Islamic New Year"), a date written before the event it names ("the 4 March
/// election", "the March 4 election") read as the nearest one whatever the sentence's tense, a bare day of the month
/// ("on the 25th") after a month years away, a 24-hour clock after "at" before its day ("at 0800 on Saturday"), a count
/// before "later than planned", the same week, month or day last year, and the headers
/// of these services ("22 March 2013 Last updated at 14:05 GMT", a yearless lede under a date line, "DUBAI // "); in
/// descriptions, a possessive's "s" before a coordinated verb ("China's economy …, and is expected to …") and "falls";
/// "the current financial year", "last financial year" as the fiscal year; a hyphenated name ("Bashar al-Assad, who …");
/// a capitalised past form inside a name ("Met Office", "Fed Governor") as no past tense; "the week to Friday" a length;
/// a holiday's present "falls in November".
/// Dateline: Fri 2013-03-22 (UTC).
@Suite("Family news, twenty-ninth round")
struct FamilyNewsRound29Tests {
    typealias N = FamilyNewsDirectionTests

    static let values: [FamilyCase] = [
        // Other calendars' holidays, counted in ICU's Chinese, Persian and Islamic calendars ("the Spring Festival" was
        // the season "the Spring", "the Mid-Autumn" a part of autumn; the others were missed).
        N.news("Millions travelled home for the Spring Festival holiday.", "the Spring Festival holiday", "2013-02-10"),
        N.news("Retail sales were slowed by the Spring Festival, which fell in mid-February.", "Spring Festival", "2013-02-10"),
        N.news("Crowds filled the temples for the Lantern Festival.", "Lantern Festival", "2013-02-24"),
        N.news("Families gathered for the Mid-Autumn Festival last year.", "Mid-Autumn Festival last year", "2012-09-30"),
        N.news("Offices will close for the Dragon Boat Festival in June.", "Dragon Boat Festival", "2013-06-12"),
        N.news("Koreans will travel home for Chuseok in September.", "Chuseok", "2013-09-19"),
        N.news("Iranians celebrated Nowruz with their families.", "Nowruz", "2013-03-21"),
        N.news("Shops in Tehran closed for the Persian New Year holiday.", "the Persian New Year holiday", "2013-03-21"),
        N.news("Public sector workers will get a day off for the Islamic New Year.", "Islamic New Year", "2013-11-04"),
        N.news("Banks were closed for the Hijri new year.", "Hijri new year", "2012-11-15"),
        // A day and month written before the event it names, in a future clause, is a recent day up to two months back
        // (these were 2014's), else still the next one.
        N.news("The court will hear a challenge to the 4 March election on Monday.", "the 4 March", "2013-03-04"),
        N.news("The court will hear a challenge to the March 4 election on Monday.", "March 4", "2013-03-04"),
        N.news("A court will rule on the 11 March decision.", "the 11 March", "2013-03-11"),
        N.news("The government will review the 20 March cyber attack next week.", "the 20 March", "2013-03-20"),
        N.news("Investigators will examine the 15 February attack next month.", "the 15 February", "2013-02-15"),
        N.news("Officials will review the 1 February decision next month.", "the 1 February", "2013-02-01"),
        // A bare day of the month after a month years away from the story's: the story's month ("on the 25th" read
        // December 2007's).
        N.news("Kenyatta faces trial over the December 2007 election. Police will deploy officers on the 25th.", "the 25th",
               "2013-03-25"),
        N.news("The law dates from June 2010. Parliament will vote on it on the 28th.", "the 28th", "2013-03-28"),
        N.news("The dispute began in May 2009. Talks will resume on the 27th.", "the 27th", "2013-03-27"),
        // … and in the story's month, a day already past in a future clause is next month's, a day still ahead in a past
        // clause last month's.
        N.news("The agency will publish its first-quarter figures on the 18th.", "the 18th", "2013-04-18"),
        N.news("The central bank will announce its decision on the 4th.", "the 4th", "2013-04-04"),
        N.news("The ministry said the shipment had arrived on the 28th.", "the 28th", "2013-02-28"),
        // A 24-hour clock after "at", before its day or written with a leading zero (missed, "1700" a year).
        N.news("Ticket sales will begin at 0800 on Saturday.", "0800", .time, "2013-03-23T08:00"),
        N.news("Voting closes at 1700 on Sunday.", "1700", .time, "2013-03-24T17:00"),
        N.news("The talks resumed at 0930 on Thursday.", "0930", .time, "2013-03-21T09:30"),
        N.news("Polls open at 0700 tomorrow.", "0700 tomorrow", .time, "2013-03-23T07:00"),
        // A count before "later than planned" is the delay, a length (it was a date that far ahead).
        N.news("The project is expected to finish three years later than planned.", "three years", .duration, "P3Y"),
        N.news("The line opened two years later than expected.", "two years", .duration, "P2Y"),
        N.news("The bridge was completed six months later than scheduled.", "six months", .duration, "P6M"),
        N.news("The probe arrived a week earlier than planned.", "a week", .duration, "P1W"),
        // The same week, month or day last year (the week, month or day was this year's, "last year" apart).
        N.news("Prices were 5 percent higher than the same week last year.", "the same week last year", "2012-W12"),
        N.news("Sales were down from the same month last year.", "the same month last year", "2012-03"),
        N.news("Traffic was up 3 percent on the same day last year.", "the same day last year", "2012-03-22"),
        N.news("Last week's auction fetched $2.95, down from $3.20 the same week last year.", "the same week last year",
               "2012-W11"),
        // The British and Commonwealth "financial year" is the fiscal year ("the current financial year" was "current",
        // PRESENT_REF; the others were missed).
        N.news("The company expects sales to grow in the current financial year.", "the current financial year", "2013"),
        N.news("Sales rose 5 percent last financial year.", "last financial year", "2012"),
        N.news("The deficit will narrow in the next financial year.", "the next financial year", "2014"),
        N.news("The index has risen since the start of the financial year.", "the start of the financial year", "2013",
               mod: "START"),
        // … and a fiscal year with its number is that year, not the dateline's ("the fiscal year" was 2013).
        N.news("Profits rose in the fiscal year 1999.", "fiscal year 1999", "1999"),
        // The markets' week closing on a weekday is a length, as "the week to March 15" is (it was the dateline's week).
        N.news("The Sensex fell 1.2 per cent in the week to Friday.", "the week", .duration, "P1W"),
        N.news("Jobless claims fell in the week ended Saturday.", "the week", .duration, "P1W"),
        N.news("The FTSE 100 rose 2 per cent in the week to Thursday, its best week since January.", "the week", .duration, "P1W"),
        // A holiday's or an occasion's present "falls" looks ahead (these were last year's); not any subject's ("output falls
        // in February", a headline's past).
        N.news("The Hijri new year falls in early November.", "early November", "2013-11", mod: "START"),
        N.news("This year the anniversary falls in October.", "October", "2013-10"),
        N.news("The national holiday falls in late September.", "late September", "2013-09", mod: "END"),
        N.news("The festival, which falls on Sunday, draws large crowds.", "Sunday", "2013-03-24"),
        N.news("The holiday that falls on Monday is a bank holiday.", "Monday", "2013-03-25"),
        // A capitalised past form before a capitalised word is part of a name, no past tense ("Met Office", "Fed Governor").
        N.news("Met Office: Snow to hit UK over Easter weekend", "Easter weekend", "2013-W13-WE"),
        N.news("Fed Vice Chairman Yellen to speak on Tuesday", "Tuesday", "2013-03-26"),
        N.news("Fed Governor Stein to testify on Wednesday", "Wednesday", "2013-03-27"),
    ]

    @Test(arguments: values)
    func value(_ item: FamilyCase) throws { try FamilyCheck.check(item) }

    static let lookAlikes: [FamilyLookAlike] = [
        // The first words of the new holidays' names are no time words alone.
        FamilyLookAlike("Persian carpets sold well at the fair.", "Persian", dateline: N.friday),
        FamilyLookAlike("Islamic scholars met in Cairo.", "Islamic", dateline: N.friday),
        FamilyLookAlike("The deficit was 5.2 per cent in the financial year 2012-13.", "the financial year", dateline: N.friday),
        FamilyLookAlike("A Dragon Boat team from Hong Kong won the race.", "Dragon Boat", dateline: N.friday),
    ]

    @Test(arguments: lookAlikes)
    func lookAlike(_ item: FamilyLookAlike) throws { try FamilyCheck.check(item) }

    static let descriptions: [DescriptionCase] = [
        // After "and", the subject before the first verb: a possessive's "s" is no verb ("China' is expected …").
        DescriptionCase("China's economy grew 7.9 percent in the fourth quarter, and is expected to slow in Q1 2013.", "Q1 2013",
                        "China's economy is expected to slow in Q1 2013"),
        DescriptionCase("Japan's exports fell in February, and are expected to recover in April.", "April",
                        "Japan's exports are expected to recover in April"),
        DescriptionCase("Korea's central bank held rates in February, and will meet again on April 11.", "April 11",
                        "Korea's central bank will meet again on April 11"),
        // "falls" is a verb: a holiday's relative clause ends at its comma ("…, have already risen sharply").
        DescriptionCase("Hotel bookings for the Dragon Boat Festival, which falls on June 12 this year, have already risen sharply.",
                        "June 12 this year", "Dragon Boat Festival falls on June 12 this year"),
        DescriptionCase("The festival, which falls on Sunday, draws large crowds.", "Sunday", "The festival falls on Sunday"),
        // A name with a hyphen inside stays whole before "which", "who" ("Marc Ayrault", "Assad", "Adha").
        DescriptionCase("Prime Minister Jean-Marc Ayrault, who took office in May 2012, said the plan would work.", "May 2012",
                        "Prime Minister Jean-Marc Ayrault took office in May 2012"),
        DescriptionCase("President Bashar al-Assad, who took power in 2000, has refused to step down.", "2000",
                        "President Bashar al-Assad took power in 2000"),
        DescriptionCase("Eid al-Adha, which falls on October 15, is a public holiday.", "October 15", "Eid al-Adha falls on October 15"),
    ]

    @Test(arguments: descriptions)
    func description(_ item: DescriptionCase) throws { try FamilyNewsRound27Tests().description(item) }

    /// A header of these services: the date, the place and the source it gives, and the first words of the body.
    typealias HeaderCase = InputErrorTests.HeaderCase

    static let headers: [HeaderCase] = [
        // The BBC's stamp: the date, then when the page was last updated (no dateline was found).
        HeaderCase("22 March 2013 Last updated at 14:05 GMT\n\nMPs rejected the plan on Tuesday.", N.friday, timeZone: "Europe/London",
                   body: "MPs"),
        HeaderCase("22 March 2013 Last updated at 09:12 GMT\nCyprus bailout talks\n\nBanks stay shut until Tuesday.", N.friday,
                   timeZone: "Europe/London", body: "Cyprus"),
        // A wire lede under a date line whose own date lacks the year or repeats it: the body starts after its dash (its
        // date was an expression of the body, "March 22 (PTI) -- The government …").
        HeaderCase("Friday 22 March 2013\n\nNEW DELHI, March 22 (PTI) -- The government said on Friday it would act.", N.friday,
                   place: "New Delhi", source: "PTI", body: "The government"),
        HeaderCase("22 March 2013\nBEIJING, March 22, 2013 (Xinhua) -- China's economy grew in the first quarter.", N.friday,
                   place: "Beijing", source: "Xinhua", body: "China's"),
        HeaderCase("22 Mar 2013 14:12 GMT\nSEOUL, March 22 (Yonhap) -- The military said on Friday it will hold a drill.", N.friday,
                   place: "Seoul", source: "Yonhap", timeZone: "Europe/London", body: "The military"),
        // A place without a source opening the body: the Gulf papers' "DUBAI // ", "NAIROBI -- ".
        HeaderCase("Friday 22 March 2013\n\nDUBAI // Hotel occupancy rose in the first two months of the year.", N.friday,
                   place: "Dubai", body: "Hotel"),
        HeaderCase("22 Mar 2013 14:12 GMT\n\nDOHA // Opposition leaders will meet at the weekend.", N.friday, place: "Doha",
                   timeZone: "Europe/London", body: "Opposition"),
        HeaderCase("Friday, 22 March 2013\nNAIROBI -- Kenya's Supreme Court will begin hearing the petition on Monday.", N.friday,
                   place: "Nairobi", body: "Kenya's"),
        HeaderCase("Friday, 22 March 2013\nABUJA — Gunmen attacked a police station on Thursday.", N.friday, place: "Abuja", body: "Gunmen"),
    ]

    @Test(arguments: headers)
    func header(_ item: HeaderCase) throws { try InputErrorTests().datelineHeader(item) }
}
