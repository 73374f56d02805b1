import Testing
@testable import Chronicle

/// Round 71: a header whose date names no real day ("Feb 30, 2023") is reported as such, not as a header without a
/// dateline; a display locale's variant and keywords are checked against ICU, not silently ignored.
@Suite("Round 71: impossible header dates")
struct Round71HeaderDateTests {
    struct Case: Sendable, CustomTestStringConvertible {
        let text: String
        let written: String
        let reason: String
        init(_ text: String, _ written: String, _ reason: String) { self.text = text; self.written = written; self.reason = reason }
        var testDescription: String { written }
    }

    static let cases: [Case] = [
        Case("Feb 30, 2023\n\nThe minister said on Friday that talks would resume.\n", "Feb 30, 2023", "February 2023 has no day 30"),
        Case("March 32, 2024\n\nThe union voted on Monday to strike.\n", "March 32, 2024", "March 2024 has no day 32"),
        Case("2023-02-30\n\nShares fell on Tuesday.\n", "2023-02-30", "February 2023 has no day 30"),
        Case("2013-13-01\n\nShares fell on Tuesday.\n", "2013-13-01", "there is no month 13"),
        Case("31 June 2013\n\nThe court ruled last week.\n", "31 June 2013", "June 2013 has no day 31"),
        Case("February 29, 2023\n\nThe court ruled last week.\n", "February 29, 2023", "February 2023 has no day 29"),
        Case("Sept. 31, 2013\n\nThe court ruled last week.\n", "Sept. 31, 2013", "September 2013 has no day 31"),
        Case("Updated 5:31 AM EST, Tue February 30, 2023\n\nOfficials met on Friday.\n", "February 30, 2023",
             "February 2023 has no day 30"),
        Case("date 2023-04-31\nLondon\nReuters\n---\nOfficials met on Friday.\n", "2023-04-31", "April 2023 has no day 31"),
        Case("LONDON, Nov 31, 2022 (Reuters) - Officials met on Friday.\n", "Nov 31, 2022", "November 2022 has no day 31"),
        Case("\u{FEFF}Feb 30, 2023\r\n\r\nOfficials met on Friday.\r\n", "Feb 30, 2023", "February 2023 has no day 30"),
    ]

    @Test(arguments: cases)
    func namesTheDateAndWhy(_ item: Case) {
        do {
            _ = try Article(text: item.text)
            Issue.record("an article was made")
        } catch {
            #expect(error.code == .invalidDateline)
            #expect(error.message == "the header's date \"\(item.written)\" is not a valid date: \(item.reason); "
                + "correct it or give the article's date explicitly")
        }
    }

    /// Near misses: a real day is read as before; no date, or a date without a year, keeps its own message.
    @Test(arguments: [
        ("Feb 28, 2023\n\nOfficials met on Friday.\n", "2023-02-28"),
        ("February 29, 2024\n\nOfficials met on Friday.\n", "2024-02-29"),
        ("31 May 2013\n\nOfficials met on Friday.\n", "2013-05-31"),
    ])
    func realDaysAreRead(text: String, date: String) throws {
        #expect(try Article(text: text).dateline.date.description == date)
    }

    @Test(arguments: [
        ("Officials met on Friday.\n", "no dateline found in the article's header; give the article's date explicitly"),
        ("LOS ANGELES, March 22 (Reuters) - Officials met on Friday.\n",
         "the header's date \"March 22\" has no year; give the article's date explicitly"),
        // A long line is the body's, not the header's: its impossible date is no dateline.
        ("The board said the vote, first set for Feb 30, 2023 by mistake, would be held later in the spring, after the "
            + "auditors had finished their work on the accounts.\n",
         "no dateline found in the article's header; give the article's date explicitly"),
    ])
    func otherHeadersKeepTheirMessage(text: String, message: String) {
        do {
            _ = try Article(text: text)
            Issue.record("an article was made")
        } catch {
            #expect(error.code == .missingDateline)
            #expect(error.message == message)
        }
    }

    /// The tool: one line on standard error naming the date, exit status 1; in batch, the record's error, the others read.
    @Test func toolAndBatchSayWhy() throws {
        let (status, out, err) = try BatchCommandTests.run(["extract", "-"], input: Array("Feb 30, 2023\n\nOfficials met on Friday.\n".utf8))
        #expect(status == 1)
        #expect(out.isEmpty)
        #expect(err == "chronicle: stdin: the header's date \"Feb 30, 2023\" is not a valid date: February 2023 has no day 30; "
            + "correct it or give the article's date explicitly, e.g. --dateline 2023-02-28\n")
        let lines = #"{"id":"a","text":"Feb 30, 2023\n\nOfficials met on Friday."}"# + "\n"
            + #"{"id":"b","text":"Feb 28, 2023\n\nOfficials met on Friday."}"# + "\n"
        let (batchStatus, batchOut, _) = try BatchCommandTests.run(["batch", "-"], input: Array(lines.utf8))
        #expect(batchStatus == 1)
        let records = try BatchCommandTests.records(batchOut)
        #expect(records.count == 2)
        let error = try #require(records.first?["error"] as? [String: Any])
        #expect(error["code"] as? String == "invalidDateline")
        #expect((error["message"] as? String)?.contains("February 2023 has no day 30") == true)
        #expect(records.last?["timeline"] != nil)
    }
}

/// A locale's variant and keywords: ICU formats with any of them, silently dropping what it has no data for.
@Suite("Round 71: locale variants and keywords")
struct Round71LocaleTests {
    @Test(arguments: [
        ("de_DE_POSIX", "ICU has no data for the variant 'POSIX' of de_DE"),
        ("en@x", "ICU has no data for the variant 'X' of en"),
        ("en__X", "ICU has no data for the variant 'X' of en"),
        ("en_US@calendar=garbage", "unknown calendar 'garbage' (expected one of ICU's, e.g. gregorian, hebrew, islamic-civil or japanese)"),
        ("en-US-u-ca-mayan", "unknown calendar 'mayan' (expected one of ICU's, e.g. gregorian, hebrew, islamic-civil or japanese)"),
        ("en_US@numbers=xxxx", "unknown numbering system 'xxxx' (expected one of ICU's, e.g. latn, arab or thai)"),
        ("en_US@foo=bar", "unknown keyword 'foo' (expected e.g. calendar or numbers)"),
        ("en-x-foo", "unknown keyword 'x' (expected e.g. calendar or numbers)"),
    ])
    func invalid(identifier: String, reason: String) {
        do {
            _ = try DisplayLocale(identifier)
            Issue.record("accepted")
        } catch {
            #expect(error.code == .invalidLocale)
            #expect(error.message == "unknown locale '\(identifier)': \(reason)")
        }
    }

    @Test(arguments: [
        ("en_US@calendar=hebrew", "en_US@calendar=hebrew"), ("en_US_POSIX", "en_US_POSIX"),
        ("en-US-u-nu-thai", "en_US@numbers=thai"), ("ar_SA@calendar=islamic-umalqura", "ar_SA@calendar=islamic-umalqura"),
        ("en@collation=phonebook", "en@collation=phonebook"), ("en@hours=h23", "en@hours=h23"),
        ("en-US-u-ca-japanese", "en_US@calendar=japanese"), ("th_TH", "th_TH"),
    ])
    func valid(identifier: String, canonical: String) throws {
        #expect(try DisplayLocale(identifier).identifier == canonical)
    }

    @Test func toolRejectsUnknownCalendar() throws {
        let (status, out, err) = try BatchCommandTests.run(["extract", "--dateline", "2023-02-28", "--locale", "en_US@calendar=garbage", "-"],
                                                           input: Array("The talks ended on Friday.".utf8))
        #expect(status == 64)
        #expect(out.isEmpty)
        #expect(err == "chronicle: --locale: unknown locale 'en_US@calendar=garbage': unknown calendar 'garbage' (expected one of "
            + "ICU's, e.g. gregorian, hebrew, islamic-civil or japanese)\n")
    }
}
