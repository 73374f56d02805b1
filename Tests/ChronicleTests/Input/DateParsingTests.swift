import Testing
@testable import Chronicle

/// `DateParsing.mayBeRead` turns texts away before ICU; it must turn away only texts ICU cannot read.
@Suite("DateParsing")
struct DateParsingTests {
    /// One date each pattern of `DateParsing.patterns` reads, in the same order.
    static let samples = [
        "2023-02-28", "February 28, 2023", "Feb 28, 2023", "February 28 2023", "Feb 28 2023", "28 February 2023",
        "28 Feb 2023", "28 February, 2023", "2/28/2023", "2023/2/28", "28.2.2023", "February 2023", "Feb 2023",
    ]

    /// The ASCII punctuation `mayBeRead` rejects.
    static let rejected = Array("!\"#$%&'()*:;<=>?@[\\]^_`{|}~")

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

    /// `isoDay` reads an ISO date without ICU: the day ICU's `y-MM-dd` reads, or `nil` and ICU decides.
    @Test func isoDaysReadAsICUReadsThem() {
        let reference = CalendarDate(year: 2000, month: 1, day: 1)
        var texts = ["1998-08-07", "2000-02-29", "1900-02-29", "2100-02-28", "1600-01-01", "1599-12-31", "1582-10-10",
                     "1500-02-29", "0999-01-01", "2023-00-10", "2023-13-01", "2023-04-31", "2023-04-00", "9999-12-31",
                     "2023-1-015", "2023/01/15", "2023-01-1a", "２０２３-01-15"]
        for year in [1899, 1900, 1999, 2000, 2003, 2004, 2024] {
            for month in 1...12 {
                for day in [1, 28, 29, 30, 31] {
                    texts.append(CalendarDate(year: year, month: month, day: day).description)
                }
            }
        }
        for text in texts {
            let fast = DateParsing.isoDay(text)
            if let fast { #expect(DateParsing.shared.read(text, reference: reference) == fast, "\(text)") }
            #expect(DateParsing.shared.parse(text, reference: reference) == DateParsing.shared.read(DateParsing.normalise(text), reference: reference), "\(text)")
        }
        #expect(DateParsing.isoDay("1998-08-07") == CalendarDate(year: 1998, month: 8, day: 7))
        #expect(DateParsing.isoDay("2023-02-29") == nil)
    }

    @Test func headerLinesTurnedAwayBeforeICU() {
        for line in ["2009-12-19T17:00:00", "March 12 (Xinhua) --", "Oct 26:", "2003: Invasion", "Jan 6: &QL;"] {
            #expect(!DateParsing.mayBeRead(DateParsing.normalise(line)))
            #expect(DateParsing.shared.read(DateParsing.normalise(line), reference: CalendarDate(year: 2000, month: 1, day: 1)) == nil)
        }
        #expect(DateParsing.shared.parse("Tue Feb. 28, 2023") == CalendarDate(year: 2023, month: 2, day: 28))
    }
}
