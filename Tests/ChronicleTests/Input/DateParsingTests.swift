import Testing
@testable import Chronicle

/// `DateParsing.mayBeRead` turns texts away before ICU; it must turn away only texts ICU cannot read.
@Suite("DateParsing")
struct DateParsingTests {
    /// One date each pattern of `DateParsing.patterns` reads, in the same order.
    static let samples = [
        "2023-02-28", "February 28, 2023", "Feb 28, 2023", "February 28 2023", "Feb 28 2023", "28 February 2023",
        "28 Feb 2023", "28 February, 2023", "2/28/2023", "28/2/2023", "2023/2/28", "28.2.2023", "February 2023", "Feb 2023",
    ]

    /// The ASCII punctuation `mayBeRead` rejects.
    static let rejected = Array("!\"#$%&'()*:;<=>?@[\\]^_`{|}~")

    /// `DateParsing.isoDate` reads only what ICU's `y-MM-dd` reads, the same day: every day of leap and common years,
    /// impossible days and months, other shapes (left to ICU: `nil`).
    @Test func isoDateAgreesWithICU() {
        let reference = CalendarDate(year: 2000, month: 1, day: 1)
        var texts: [String] = []
        for year in [1600, 1900, 1989, 2000, 2023, 2024, 9999] {
            for month in 0...13 {
                for day in [0, 1, 9, 10, 28, 29, 30, 31, 32] {
                    func padded(_ value: Int, _ width: Int) -> String {
                        String(repeating: "0", count: max(0, width - String(value).count)) + String(value)
                    }
                    texts.append("\(padded(year, 4))-\(padded(month, 2))-\(padded(day, 2))")
                }
            }
        }
        texts += ["0999-01-01", "1599-12-31", "1582-10-10", "2023-2-28", "2023-02-8", "2023/02/28", "2023-02-28 ", " 2023-02-28",
                  "2023-02-2a", "２０２３-02-28", "20230-2-28", "2023-002-8", "+023-02-28", "2023--2-28"]
        var read = 0
        for text in texts {
            // (A day ICU reads is the fast path's; a text the fast path leaves goes to ICU as before.)
            if let fast = DateParsing.isoDate(text) {
                read += 1
                #expect(DateParsing.shared.read(DateParsing.normalise(text), reference: reference) == fast, "\(text)")
            }
        }
        // Per year 12 × 4 days (1, 9, 10, 28), 11 or 12 of the 29th, 11 of the 30th, 7 of the 31st: 3 leap years, 4 common.
        #expect(read == 3 * 78 + 4 * 77)
        #expect(DateParsing.isoDate("2024-02-29") == CalendarDate(year: 2024, month: 2, day: 29))
        #expect(DateParsing.isoDate("1900-02-29") == nil)
        #expect(DateParsing.isoDate("2023-02-30") == nil)
        #expect(DateParsing.isoDate("2023-13-01") == nil)
        #expect(DateParsing.isoDate("1599-12-31") == nil)
    }

    @Test func icuReadsNoTextWithRejectedPunctuation() {
        let reference = CalendarDate(year: 2023, month: 3, day: 1)
        #expect(Self.samples.count == DateParsing.patterns.count)
        for sample in Self.samples {
            #expect(DateParsing.shared.read(sample, reference: reference) != nil, "\(sample)")
            #expect(DateParsing.mayBeRead(sample))
            let characters = Array(sample)
            for punctuation in Self.rejected {
                // Inserted at every position, and in place of every character.
                var texts: [String] = []
                for position in 0...characters.count {
                    var inserted = characters
                    inserted.insert(punctuation, at: position)
                    texts.append(String(inserted))
                    if position < characters.count {
                        var replaced = characters
                        replaced[position] = punctuation
                        texts.append(String(replaced))
                    }
                }
                for text in texts {
                    #expect(!DateParsing.mayBeRead(text))
                    #expect(DateParsing.shared.read(text, reference: reference) == nil, "ICU read \(text)")
                }
            }
        }
    }

    /// `DateParsing.hasTwoFields` turns away a text of one run of digits, of letters or of scalars beyond ASCII: ICU reads
    /// none with any pattern.
    @Test func icuReadsNoTextOfOneField() {
        let reference = CalendarDate(year: 2023, month: 3, day: 1)
        for sample in Self.samples {
            #expect(DateParsing.hasTwoFields(sample))
        }
        var texts = ["877", "500.", "5,", "-877", "+2023", "2023", "19980807", "20230228", "2282023", "28.", "28/", "/28/",
                     "February", "Sept", "Feb.", "March,", " May ", "\u{661}\u{669}\u{669}\u{668}", "二〇一三年"]
        // Each sample with its punctuation and spaces dropped, where one field is left ("2/28/2023" → "2282023").
        for sample in Self.samples {
            let kept = String(sample.unicodeScalars.filter { $0.properties.isAlphabetic || ("0"..."9").contains($0) })
            if kept.unicodeScalars.allSatisfy({ ("0"..."9").contains($0) }) { texts.append(kept) }
        }
        for text in texts {
            #expect(!DateParsing.hasTwoFields(text), "\(text)")
            #expect(DateParsing.shared.read(text, reference: reference) == nil, "ICU read \(text)")
        }
        for text in ["Feb2023", "28Feb", "1998-08", "12 Americans"] { #expect(DateParsing.hasTwoFields(text)) }
    }

    /// `DateParsing.mayBeReadToItsEnd` turns away a text that ends with an ASCII letter (but "NaN") or that has no letter
    /// and fewer than three runs of digits: ICU reads none to its end with any pattern.
    @Test func icuReadsNoTextEndingInALetterOrWithTwoNumbersAlone() {
        let reference = CalendarDate(year: 2023, month: 3, day: 1)
        for sample in Self.samples {
            #expect(DateParsing.mayBeReadToItsEnd(sample), "\(sample)")
        }
        var texts = ["44, of St Albans, Vt His whereabouts are unknown", "000, or three cents a share, a year ago",
                     "1775-1780", "1955-1963", "12/2023", "28.2", "2023-02", "3 - 4", "2/28", "28 Feb 2023 A", "Feb 2023x"]
        // Each sample with a letter after it, and with its last number dropped.
        for sample in Self.samples {
            texts.append(sample + "a")
            texts.append(sample + " th")
            var kept = sample
            while let last = kept.unicodeScalars.last, ("0"..."9").contains(last) { kept.unicodeScalars.removeLast() }
            if kept.unicodeScalars.allSatisfy({ !$0.properties.isAlphabetic }) { texts.append(kept) }
        }
        for text in texts {
            #expect(!DateParsing.mayBeReadToItsEnd(text), "\(text)")
            #expect(DateParsing.shared.read(text, reference: reference) == nil, "ICU read \(text)")
        }
        for text in ["1-2-3", "March 5, NaN", "May 2023", "\u{661}\u{669}", "28/2/2023"] { #expect(DateParsing.mayBeReadToItsEnd(text)) }
    }

    @Test func headerLinesTurnedAwayBeforeICU() {
        for line in ["2009-12-19T17:00:00", "March 12 (Xinhua) --", "Oct 26:", "2003: Invasion", "Jan 6: &QL;"] {
            #expect(!DateParsing.mayBeRead(DateParsing.normalise(line)))
            #expect(DateParsing.shared.read(DateParsing.normalise(line), reference: CalendarDate(year: 2000, month: 1, day: 1)) == nil)
        }
        #expect(DateParsing.shared.parse("Tue Feb. 28, 2023") == CalendarDate(year: 2023, month: 2, day: 28))
    }
}
