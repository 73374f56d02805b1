/// Finds the dateline in an article's header.
///
/// Forms recognised, in the first lines of the text:
/// - the seed's form: a `date 2023-02-28` line, then a place line, a source line and a dash line;
/// - a line that is only a date: `2023-02-28`, `Feb. 28, 2023`, `February 28, 2023`, `28 February 2023`;
/// - a date after a label or time: `Updated 5:31 AM EST, Tue February 28, 2023`, `Published: 2023-02-28`;
/// - a date before a time: `Fri 3 Mar 2023 12.00 GMT`, `March 3, 2023 at 5:31 p.m. EST`, the BBC's `22 March 2013 Last
///   updated at 14:05 GMT`, RFC 2822's `Wed, 02 Jan 2013 23:50:00 -0500`, CNN's `January 2, 2013 -- Updated 2350 GMT
///   (0750 HKT)`, and after a label and a comma: `guardian.co.uk, Wednesday 2 January 2013 23.50 GMT`;
/// - a byline with fields: `By Jane Doe | Reuters | Feb 28, 2023`; Reuters' `WASHINGTON | Wed Jan 2, 2013 11:50pm EST`
///   (the place, and the source of the `(Reuters) -` lede under it);
/// - a wire lede, for place and source: `HONG KONG (CNN) —`; with a date, it is the dateline too:
///   `LONDON, March 3, 2023 (Reuters) - The union said …` (the body starts after the dash), and a press release's, its
///   wire between slashes: `NEW YORK, March 7, 2023 /PRNewswire/ -- Acme said …`; AP's place keeps the region
///   or country written after it (`MANILA, Philippines, March 22, 2013 (AP) —`, `SPRINGFIELD, Ill. (AP) —`);
/// - a wire lede without a year (`LOS ANGELES, March 22 (Reuters) -`) or without a date (`HONG KONG (CNN) —`) on a
///   line of its own: no dateline (the year is never guessed), but the header's place, source and end, for a dateline
///   given from outside.
/// - under a date line, a wire lede that carries a date (`NEW DELHI, March 22 (PTI) --`) or a place alone (`DUBAI // `):
///   its place and source, and the body starts after its mark (an undated lede, `HONG KONG (CNN) —`, stays in the body);
/// - between the date line and that lede, up to two bylines (`By JULIE PACE, Associated Press`), later date lines
///   (`Updated: March 23, 2013`) or a slugged headline (`UPDATE 1-Euro zone ministers to meet on Sunday`, then the
///   headline) are passed over, and none of them is read as the body;
/// - a date line after a label (``dateLabels``: `Last updated on 7 March 2023 at 08:15`, `First published on Tue 7 Mar
///   2023`, `Originally published March 7, 2023`), with an ordinal day (`March 7th, 2023`), a numeric date before a time
///   (`Published: 03/07/2023 10:15 AM EST`), a bullet before the time (`7 March 2023 • 10:15am`), or a German, French or
///   Spanish month (`7. März 2023`, `Paris, le 7 mars 2023`, `7 de marzo de 2023`; ``DateParsing/foreignMonths``);
/// - (round 76) a labelled line with a later update on it (`Published: March 7, 2023 Updated: March 8, 2023`:
///   ``laterLabels``), German, French and Spanish labels and weekdays (`Veröffentlicht am 7. März 2023`, `mardi 7 mars
///   2023`), a mixed-case place before a foreign date (`Madrid, 7 de marzo de 2023`: ``commaPlace(in:)``), EFE's, dpa's
///   and India's wire ledes (`MADRID, 7 Mar (EFE).-`, `BERLIN, 7. März (dpa) -`, `NEW DELHI, March 7 (PTI) The …`);
/// - (round 88) Italian and Portuguese months, labels and weekdays (`Pubblicato il 7 marzo 2023`, `terça-feira, 7 de março
///   de 2023`), German's `den` and weekday abbreviations (`Dienstag, den 7. März 2023`, `Di., 7. März 2023`), and a
///   mixed-case place before a date and a wire's name (`New Delhi, Mar 7 (PTI)`: ``mayOpenWithMixedPlace(_:)``);
/// - (round 104) Japanese and Chinese dates (`2023年3月7日`), a byline's date after "on" (`By Jane Doe on March 7, 2023`),
///   Reuters' `March 7, 2023 / 3:45 PM / Updated 2 hours ago`, a time before the date (`Published 3:45 PM ET Mar 7, 2023`:
///   ``dateAfterTime(in:)``), `07-Mar-2023`, AP's date after the lede's dash (`WASHINGTON (AP) — March 7, 2023 — The …`:
///   ``dateAfterLede(_:from:)``), a mixed-case place without its "In" (`In Rome, March 7 (Reuters) -`);
/// - (round 119) machine stamps as the whole line: ISO 8601's basic form (`20230307`, `20230307T1402Z`:
///   ``compactDate(_:)``), the Unix `date` command's output (`Tue Mar  7 14:02:11 CET 2023`: ``unixDate(_:)``), and an
///   extended ISO time's offset as its zone (`2023-03-07T14:02:11+01:00`); a date, a dash and a figure (`March 2023 –
///   5%`) is a table's row, no dateline (``isDashTableRow(_:)``). The date line's ``DatelineWarning``s (a month without a
///   day, a weekday not the date's) go on the dateline;
/// Dates are parsed with ICU (see ``Dateline/init(parsing:place:source:timeZone:)``).
enum DatelineDetector {
    struct Header {
        /// `nil` for a wire lede without a year ("LOS ANGELES, March 22 (Reuters) -") or without a date ("HONG KONG
        /// (CNN) —"): the header's place, source and end, but no date to resolve against.
        var dateline: Dateline?
        var bodyStart: Int
        /// A year-less lede's date as written ("March 22"), for the error that asks for the year.
        var yearlessDate: String? = nil
        /// A lede's place and source, for a dateline given from outside.
        var place: String? = nil
        var source: String? = nil
        /// A headline above the line that dates the article (``Article/headline``).
        var headline: Range<Int>? = nil
    }

    /// How many leading non-empty lines may hold the header.
    static let headerLines = 8

    static func detect(in text: String) -> Header? {
        // The first lines (each cut at 400 scalars), read from the UTF-8 bytes: a scan for line
        // breaks that counts scalars, instead of a String built scalar by scalar (speed).
        var lines: [(text: String, end: Int, scalars: Int)] = []  // end = scalar offset after the line break
        lines.reserveCapacity(2 * headerLines)  // the header's lines and the empty ones between them: seldom grows
        var text = text
        text.withUTF8 { bytes in
            let raw = UnsafeRawBufferPointer(bytes)
            var offset = 0
            var nonEmpty = 0
            var start = 0
            while start < bytes.count {
                var index = start
                var scalars = 0
                var cut = -1  // byte index of the 401st scalar
                while index < bytes.count, bytes[index] != 10 {
                    // Eight ASCII bytes without a line break at a time (most of a paragraph), while they
                    // cannot hold the 401st scalar: eight scalars.
                    if index + 8 <= bytes.count, scalars <= 392 || scalars > 400,
                       Self.isPlainASCII(raw.loadUnaligned(fromByteOffset: index, as: UInt64.self)) {
                        scalars += 8
                        index += 8
                        continue
                    }
                    // Old Mac text ends its lines with a carriage return alone.
                    if bytes[index] == 13, index + 1 == bytes.count || bytes[index + 1] != 10 { break }
                    if bytes[index] & 0xC0 != 0x80 {
                        if scalars == 400 { cut = index }
                        scalars += 1
                    }
                    index += 1
                }
                let (line, kept) = trimmed(bytes[start..<(cut >= 0 ? cut : index)], scalars: min(scalars, 400))
                offset += scalars
                guard index < bytes.count else {
                    // The last line, without a line break.
                    if nonEmpty <= headerLines { lines.append((line, offset, kept)) }
                    break
                }
                offset += 1
                lines.append((line, offset, kept))
                if !line.isEmpty { nonEmpty += 1 }
                if nonEmpty > headerLines { break }
                start = index + 1
            }
        }
        let filled = lines.enumerated().filter { !$0.element.text.isEmpty }
        // Where the text of line `index` starts, past its leading blanks (in scalars).
        func textStart(ofLine index: Int) -> Int {
            let lineStart = index > 0 ? lines[index - 1].end : 0
            return lineStart + text.unicodeScalars.dropFirst(lineStart).prefix { $0 == " " || $0 == "\t" || $0 == "\u{A0}" || $0 == "\u{FEFF}" }.count
        }
        // "Obama visits Israel next week" over "WASHINGTON, March 15, 2013 (AP) —": the header's first line, above the line
        // that dates the article, is its headline when it reads as one (words, some in lower case; not a byline, a dash
        // line or a lede).
        func headline(above position: Int) -> Range<Int>? {
            guard position > 0, let (index, line) = filled.first, line.scalars <= 160, line.text.utf8.contains(32),
                  line.text.utf8.contains(where: { $0 >= 97 && $0 <= 122 }), !opensWithByline(line.text),
                  !isDashLine(line.text), undatedLede(in: line.text) == nil, placeLede(in: line.text) == nil,
                  placelessLede(in: line.text) == nil
            else { return nil }
            let start = textStart(ofLine: index)
            return (start + slugLength(line.text)) ..< (start + line.scalars)
        }
        // The first wire lede without a year or a date, the header if no line dates the article.
        var undated: Header?
        for (position, (index, line)) in filled.enumerated() {
            guard line.scalars <= 120, let (date, zone, source) = date(in: line.text) else {
                // "LONDON, March 3, 2023 (Reuters) - The union said …": the body starts after the dash.
                func bodyStart(_ length: Int) -> Int { textStart(ofLine: index) + length }
                if var lede = datedLede(in: line.text) {
                    // "LONDON, Monday, March 8, 2023 (Reuters) -" (round 119): the lede's date is checked as a date line's.
                    let written = String(line.text.unicodeScalars.prefix(lede.length)).trimmingCharacters(in: " ")
                    lede.dateline.readDoubts(in: written)
                    return Header(dateline: lede.dateline, bodyStart: bodyStart(lede.length), headline: headline(above: position))
                }
                if undated == nil, let lede = undatedLede(in: line.text) {
                    // "WASHINGTON (AP) — March 7, 2023 — The …" (round 104): the date after an undated lede's dash is the
                    // header's, and the body starts after it; without a year, it is the date the error asks the year of.
                    if lede.date == nil, let after = dateAfterLede(line.text, from: lede.length) {
                        if let date = after.date {
                            // Its doubts read as a date line's (round 134): "WASHINGTON (AP) — March 2023 — …".
                            var dateline = Dateline(date: date, place: lede.place, source: lede.source)
                            dateline.readDoubts(in: after.written)
                            return Header(dateline: dateline,
                                          bodyStart: after.length < line.scalars ? bodyStart(after.length) : line.end,
                                          headline: headline(above: position))
                        }
                        undated = Header(dateline: nil, bodyStart: after.length < line.scalars ? bodyStart(after.length) : line.end,
                                         yearlessDate: after.written, place: lede.place, source: lede.source)
                    } else {
                        undated = Header(dateline: nil, bodyStart: bodyStart(lede.length), yearlessDate: lede.date, place: lede.place,
                                         source: lede.source)
                    }
                }
                // "Posted by Jane Doe on Tuesday": a blog's header line without a date; the body starts after it, for a
                // dateline given from outside.
                if undated == nil, isPostedLine(line.text) {
                    undated = Header(dateline: nil, bodyStart: line.end, headline: headline(above: position))
                }
                // "March 21, 2013 (AFP) - …", Bloomberg's "March 22 (Bloomberg) -- …": a lede that carries a date but no
                // place dates the article when it has a year; without one, its source and end, as an undated lede's.
                if let lede = placelessLede(in: line.text) {
                    if let date = lede.date {
                        // Its doubts read as a date line's (round 134): "March 2023 (AFP) - …".
                        var dateline = Dateline(date: date, source: lede.source)
                        dateline.readDoubts(in: lede.written)
                        return Header(dateline: dateline, bodyStart: bodyStart(lede.length),
                                      headline: headline(above: position))
                    }
                    if undated == nil {
                        undated = Header(dateline: nil, bodyStart: bodyStart(lede.length), yearlessDate: lede.written, source: lede.source)
                    }
                }
                continue
            }
            var dateline = Dateline(date: date, source: source, timeZone: zone ?? "UTC")
            dateline.readDoubts(in: line.text)
            // "Top 10 — March 2023" over "1 March 2023" or "LONDON, March 7, 2023 (Reuters) -" (round 168): a month-only
            // line gives way to a day's date on a header line below it (the headline then).
            if dateline.precision == .month, filled.dropFirst(position + 1).contains(where: { holdsDay($0.element.text) }) { continue }
            var bodyStart = line.end
            // The seed's form: place, source, then a dash line close the header.
            let following = filled.dropFirst(position + 1).prefix(3)
            if let dash = following.firstIndex(where: { isDashLine($0.element.text) }) {
                let fields = following[following.startIndex..<dash].map(\.element.text)
                if fields.count >= 1 { dateline.place = displayPlace(fields[0]) }
                if fields.count >= 2 { dateline.source = fields[1] }
                bodyStart = following[dash].element.end
            }
            var title = headline(above: position)
            // "March 19, 2013" over "Posted by Jane Doe on Tuesday": the blog's line is the header's too.
            if dateline.place == nil, bodyStart == line.end, let posted = filled.dropFirst(position + 1).first,
               isPostedLine(posted.element.text) {
                bodyStart = posted.element.end
            }
            // "By Jane Doe", "Updated: March 23, 2013", "UPDATE 1-Euro zone ministers to meet": header lines between the
            // date line and the wire lede are passed over (a slugged headline is the headline), so the lede is read.
            if dateline.place == nil {
                var next = position + 1
                while next < min(filled.count, position + 1 + Self.passedLines), let kind = passedLine(filled[next].element.text) {
                    if kind == .headline, title == nil {
                        let (index, line) = filled[next]
                        let start = textStart(ofLine: index)
                        title = (start + slugLength(line.text)) ..< (start + line.scalars)
                    }
                    next += 1
                }
                // The lede under the lines passed over; without one, they were not passed over: the line under the date's.
                var found = next < filled.count ? wireLede(in: filled[next].element.text) : nil
                if found == nil, next > position + 1 {
                    next = position + 1
                    title = headline(above: position)
                    found = next < filled.count ? wireLede(in: filled[next].element.text) : nil
                }
                if let found {
                    let line = filled[next].offset
                    dateline.place = found.place
                    dateline.source = dateline.source ?? found.source
                    if let length = found.length {
                        bodyStart = textStart(ofLine: line) + length
                    } else if line > position + 1 {
                        // Past a byline or a headline, the body starts at the lede.
                        bodyStart = textStart(ofLine: line)
                    }
                }
            }
            if dateline.place == nil, let place = barPlace(in: line.text) ?? commaPlace(in: line.text) { dateline.place = place }
            return Header(dateline: dateline, bodyStart: bodyStart, headline: title)
        }
        return undated
    }

    /// Whether a header line dates the article to a day (round 168): a date line (120 scalars at most) or a wire lede
    /// whose date, its doubts read, is a day's, not a month's. Asked only below a month-only line.
    static func holdsDay(_ line: String) -> Bool {
        func isDay(_ date: CalendarDate, _ written: String) -> Bool {
            var dateline = Dateline(date: date)
            dateline.readDoubts(in: written)
            return dateline.precision == .day
        }
        if scalarCount(line) <= 120, let (date, _, _) = date(in: line) { return isDay(date, line) }
        if let lede = datedLede(in: line) { return isDay(lede.dateline.date, String(line.unicodeScalars.prefix(lede.length))) }
        if let lede = placelessLede(in: line), let date = lede.date { return isDay(date, lede.written) }
        if let lede = undatedLede(in: line), lede.date == nil, let after = dateAfterLede(line, from: lede.length), let date = after.date {
            return isDay(date, after.written)
        }
        return false
    }

    /// How many header lines may stand between the date line and the wire lede.
    static let passedLines = 2

    /// The header lines passed over between a date line and its wire lede.
    enum PassedLine { case byline, dateLine, headline }

    /// Bylines' openings, lower-cased: "By JULIE PACE, Associated Press", "By Jane Doe".
    static let bylinePrefixes = ["by "]

    /// Whether `line` opens with a byline's opening (``bylinePrefixes``, its letters in either case): the one byline test,
    /// for a header line passed over (``passedLine(_:)``, which bounds its length too) and for one that is no headline.
    static func opensWithByline(_ line: String) -> Bool {
        bylinePrefixes.contains { prefix in
            var bytes = line.utf8.makeIterator()
            return prefix.utf8.allSatisfy { expected in
                guard let byte = bytes.next() else { return false }
                return (97...122).contains(expected) ? byte | 0x20 == expected : byte == expected
            }
        }
    }

    /// What header line `line` is, if one passed over between a date line and the wire lede: a byline, another date line
    /// ("Updated: March 23, 2013"), or a headline with a wire slug ("UPDATE 1-…").
    static func passedLine(_ line: String) -> PassedLine? {
        if opensWithByline(line), line.unicodeScalars.count <= 80 { return .byline }
        if slugLength(line) > 0 { return .headline }
        if line.unicodeScalars.count <= 120, date(in: line) != nil { return .dateLine }
        return nil
    }

    /// A wire lede that closes a header under a date line: its place, its source if it names one, and the number of
    /// scalars up to the body after its mark (`nil` for an undated lede, "HONG KONG (CNN) —", which stays in the body).
    struct WireLede {
        var place: String?
        var source: String?
        var length: Int?
    }

    /// The wire lede `line` opens with under a date line, if any.
    static func wireLede(in line: String) -> WireLede? {
        // "22 March 2013" over "BEIJING, March 22, 2013 (Xinhua) --": the lede's date is the header's, the body starts
        // after its dash.
        if let lede = datedLede(in: line) { return WireLede(place: lede.dateline.place, source: lede.dateline.source, length: lede.length) }
        // "Friday 22 March 2013" over "NEW DELHI, March 22 (PTI) --": likewise.
        if let lede = undatedLede(in: line), lede.date != nil { return WireLede(place: lede.place, source: lede.source, length: lede.length) }
        // "March 19, 2013" over "March 19 (Bloomberg) -- Cypriot lawmakers …": the source, and the body after the dash.
        if let lede = placelessLede(in: line) { return WireLede(place: nil, source: lede.source, length: lede.length) }
        // "(Reuters) - President Barack Obama signed …" under "WASHINGTON | Wed Jan 2, 2013 11:50pm EST": the source alone.
        if line.utf8.first == UInt8(ascii: "("), let parts = ledeParts(Array(line.unicodeScalars.prefix(40))), parts.before.isEmpty,
           let initial = parts.source.unicodeScalars.first, initial.properties.isUppercase, parts.source.unicodeScalars.count <= 30 {
            return WireLede(place: nil, source: parts.source, length: parts.length)
        }
        // "DUBAI // Hotel occupancy rose …", "NAIROBI -- Kenya's court …": a place without a source.
        if let lede = placeLede(in: line) { return WireLede(place: lede.place, source: nil, length: lede.length) }
        if let lede = lede(in: line) { return WireLede(place: lede.place, source: lede.source, length: nil) }
        return nil
    }

    /// Wire slugs written before a headline ("UPDATE 2-Euro zone ministers to meet on Sunday", "EXCLUSIVE-…"), which
    /// are not its words.
    static let headlineSlugs: Set<String> = [
        "UPDATE", "WRAPUP", "EXCLUSIVE", "ANALYSIS", "INSIGHT", "FACTBOX", "CORRECTED", "RPT", "REFILE", "INTERVIEW",
        "PREVIEW", "TIMELINE", "SPECIAL REPORT", "BREAKINGVIEWS", "GLOBAL MARKETS", "BUZZ", "SNAP ANALYSIS", "NEWSMAKER",
    ]

    /// How many scalars a headline's wire slug ("UPDATE 2-", "RPT-") takes at its start, 0 without one.
    static func slugLength(_ line: String) -> Int {
        let bytes = Array(line.utf8.prefix(24))
        guard let dash = bytes.firstIndex(of: UInt8(ascii: "-")), dash > 0 else { return 0 }
        var end = dash
        while end > 0, bytes[end - 1] == 32 || (48...57).contains(bytes[end - 1]) { end -= 1 }
        guard headlineSlugs.contains(String(decoding: bytes[..<end], as: UTF8.self)) else { return 0 }
        var after = dash + 1
        while after < bytes.count, bytes[after] == 32 { after += 1 }
        return after
    }

    /// Whether the eight bytes of `word` are all ASCII and none is a line break (a line feed or a carriage return).
    @inline(__always) static func isPlainASCII(_ word: UInt64) -> Bool {
        let ones: UInt64 = 0x0101_0101_0101_0101
        let highBits: UInt64 = 0x8080_8080_8080_8080
        // No byte of 0x80 or more, and none below 14 (a line feed, a carriage return; a tab or another control
        // goes the byte-by-byte way too): `(x - 14·ones) & ~x` sets a high bit iff some byte is below 14.
        return (word | (word &- ones &* 14) & ~word) & highBits == 0
    }

    /// A line's bytes without spaces, tabs, carriage returns and no-break spaces at either end (what
    /// `trimmingCharacters(in: " \t\r\u{A0}")` keeps), as a string, and how many scalars it keeps of
    /// the `scalars` the bytes hold.
    static func trimmed(_ bytes: Slice<UnsafeBufferPointer<UInt8>>, scalars: Int) -> (String, Int) {
        var start = bytes.startIndex
        var end = bytes.endIndex
        var kept = scalars
        func isNoBreakSpace(at index: Int) -> Bool { bytes[index] == 0xC2 && bytes[index + 1] == 0xA0 }
        // A byte-order mark opening the text (a file saved by a Windows editor) is no part of its first line.
        if start == 0, end >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF {
            start = 3
            kept -= 1
        }
        while start < end {
            if bytes[start] == 32 || bytes[start] == 9 || bytes[start] == 13 {
                start += 1
            } else if end - start >= 2, isNoBreakSpace(at: start) {
                start += 2
            } else {
                break
            }
            kept -= 1
        }
        while end > start {
            if bytes[end - 1] == 32 || bytes[end - 1] == 9 || bytes[end - 1] == 13 {
                end -= 1
            } else if end - start >= 2, isNoBreakSpace(at: end - 2) {
                end -= 2
            } else {
                break
            }
            kept -= 1
        }
        return (String(decoding: bytes[start..<end], as: UTF8.self), kept)
    }

    /// The date a header line holds, with a time zone and a source when the line names them; `nil` for a table's row
    /// pasted as text, a date and a figure after a dash ("March 2023 – 5%", round 119: ``isDashTableRow(_:)``).
    static func date(in line: String) -> (CalendarDate, String?, String?)? {
        guard var found = readDate(in: line), !isDashTableRow(line) else { return nil }
        // "1 Dec 2026 | 09:15 IST" (round 168): a bar's field that is only a time names the zone; GMT and UTC written
        // there stay UTC (round 147's "March 1, 2023 | 14:05 GMT").
        if found.1 == nil, line.utf8.contains(UInt8(ascii: "|")) {
            found.1 = line.split(separator: "|").lazy.compactMap { timeFieldZone(String($0).trimmingCharacters(in: " ")) }.first
        }
        return found
    }

    /// "March 2023 – 5%", "March 7, 2023 - 517,000", "Q1 2023 -- 3.4%": whether a dash between spaces (or two hyphens) is
    /// followed by only a figure (``isFigure(_:)``), a table's row with "–" between its fields as round 107's rows have
    /// "|". Four digits alone after the dash are a 24-hour time ("March 7, 2023 – 2350"), not a figure. Asked only of a
    /// line that holds a date.
    static func isDashTableRow(_ line: String) -> Bool {
        var line = line
        return line.withUTF8 { bytes in
            var index = 1
            while index + 1 < bytes.count {
                defer { index += 1 }
                guard bytes[index - 1] == 32 else { continue }
                var end = index
                if bytes[end] == UInt8(ascii: "-") {
                    end += 1
                    if end < bytes.count, bytes[end] == UInt8(ascii: "-") { end += 1 }
                } else if bytes[end] == 0xE2, end + 2 < bytes.count, bytes[end + 1] == 0x80, bytes[end + 2] == 0x93 || bytes[end + 2] == 0x94 {
                    end += 3
                } else {
                    continue
                }
                guard end < bytes.count, bytes[end] == 32 else { continue }
                let rest = String(decoding: bytes[(end + 1)...], as: UTF8.self).trimmingCharacters(in: " ")
                return isFigure(rest) && !(rest.utf8.count == 4 && rest.utf8.allSatisfy { $0 &- 48 < 10 })
            }
            return false
        }
    }

    /// The date a header line holds (``date(in:)`` before its table test).
    private static func readDate(in written: String) -> (CalendarDate, String?, String?)? {
        // Every date below is read by `DateParsing.parse` from the line's own scalars, and it reads none without a digit:
        // a line without one (most header lines: "NAIROBI, Kenya (AP) _") is no date, and is not split and lowered.
        guard DateParsing.hasDigit(written) else { return nil }
        // "<pubDate>Tue, 01 Dec 2026 09:15:00 GMT</pubDate>", "<updated>2026-12-01T09:15:00Z</updated>" (round 168): an
        // RSS or Atom element pasted as the line: its text, read as a line's.
        if written.utf8.first == UInt8(ascii: "<"), written.utf8.last == UInt8(ascii: ">"), let inner = elementText(written) {
            return readDate(in: inner)
        }
        let line = barredFields(written)
        // "January 2023 | 517,000 | 3.4%", "March 14, 2023 | 3,919.29": a table's row pasted as text, a field a figure.
        if line.utf8.contains(UInt8(ascii: "|")), line.split(separator: "|").contains(where: { isFigure(String($0)) }) { return nil }
        let lowered = line.lowercased()
        var candidate = line
        if lowered.hasPrefix("date ") || lowered.hasPrefix("date:") { candidate = String(line.dropFirst(5)) }
        var labelled = false
        // Only the labels that start with the line's first letter are tried (speed: most header lines start with a
        // digit, a place or a weekday).
        let initial = Int(lowered.utf8.first ?? 0) &- 97
        for prefix in initial >= 0 && initial < 26 ? Self.dateLabelsByInitial[initial] : [] where lowered.hasPrefix(prefix) {
            candidate = String(line.dropFirst(prefix.count))
            labelled = true
            break
        }
        candidate = candidate.trimmingCharacters(in: " ")
        // "Tue Dec 01 2026 09:15:00 GMT+0000 (Coordinated Universal Time)" (round 168): JavaScript's `Date` names its zone
        // in brackets after the offset; the name is passed over, the offset kept.
        if candidate.utf8.last == UInt8(ascii: ")"), candidate.hasSuffix(" Time)") {
            let parts = candidate.components(separatedBy: " (")
            if parts.count > 1 { candidate = parts.dropLast().joined(separator: " (") }
        }
        if let date = DateParsing.shared.parse(candidate) { return (date, nil, nil) }
        // "20230307", "20230307T1402Z", "Tue Mar  7 14:02:11 UTC 2023" (round 119): a machine's stamp as the line.
        if let stamp = compactDate(candidate) ?? unixDate(candidate) ?? numericMonth(candidate) ?? yearFirstDate(candidate) { return stamp }
        // "Posted on March 19, 2013 by Jane Doe", "Posted by Jane Doe on March 19, 2013 at 10:15 am", "March 19, 2013 by
        // Jane Doe": a blog's date line, its author's name before "on" or after "by".
        // "By Jane Doe on March 7, 2023" (round 104): a byline's date after " on ", as a blog's "Posted by … on …".
        if line.utf8.count <= 100 || scalarCount(line) <= 100,
           let posted = postedDate(candidate, posted: lowered.hasPrefix("posted") || !labelled && opensWithByline(lowered)) { return posted }
        // "By Jane Doe | Reuters | Feb 28, 2023"
        let fields = line.utf8.contains(UInt8(ascii: "|")) ? line.split(separator: "|").map { String($0).trimmingCharacters(in: " ") } : []
        if fields.count > 1 {
            for (number, field) in fields.enumerated() {
                // "WASHINGTON | Wed Jan 2, 2013 11:50pm EST", Reuters' page header: a date and its time.
                var found = DateParsing.shared.parse(field).map { (date: $0, zone: String?.none) }
                if found == nil, let timed = dateBeforeTime(in: field) { found = (timed.0, timed.1) }
                guard let found else { continue }
                // Not the byline, nor the place of "WASHINGTON | …" (``barPlace(in:)``), nor a field with a number (round 147:
                // "Page 1 | March 2023", "March 3, 2023 · 4 min read", "Updated 2 hours ago | March 3, 2023").
                let source = fields.count == 2 && barPlace(in: line) != nil ? nil
                    : fields.enumerated().first {
                        $0.offset != number && !$0.element.lowercased().hasPrefix("by ") && !$0.element.isEmpty && !DateParsing.hasDigit($0.element)
                    }?.element
                return (found.date, found.zone, source)
            }
        }
        // "Updated 5:31 AM EST, Tue February 28, 2023": try each tail after a comma.
        let parts = commaSeparated(candidate)
        if parts.count > 1 {
            // Tails too long to be a date are not built (DateParsing.maxVisibleScalars).
            var visibleAfter = Array(repeating: 0, count: parts.count + 1)
            for index in parts.indices.reversed() {
                visibleAfter[index] = visibleAfter[index + 1] + DateParsing.visibleCount(parts[index].unicodeScalars) + 1
            }
            for start in 1..<parts.count where visibleAfter[start] - 1 <= DateParsing.maxVisibleScalars {
                let tail = parts[start...].joined(separator: ",").trimmingCharacters(in: " ")
                if let date = DateParsing.shared.parse(tail) {
                    let zone = TimeZoneAbbreviations.zone(in: parts[..<start].joined().split(separator: " "))
                    return (date, zone, nil)
                }
                // "guardian.co.uk, Wednesday 2 January 2013 23.50 GMT", "Last Updated: Wednesday, 2 January 2013, 23:50 GMT":
                // a date and then only a time.
                if let (date, zone, _) = dateBeforeTime(in: tail) {
                    return (date, zone ?? TimeZoneAbbreviations.zone(in: parts[..<start].joined().split(separator: " ")), nil)
                }
            }
        }
        // "By Stelios Orphanides and Patrick Donahue - Mar 19, 2013 9:48 AM GMT": a byline with its date after a dash.
        if lowered.hasPrefix("by ") {
            let scalars = Array(line.unicodeScalars)
            if let dash = (1..<max(1, scalars.count - 1)).last(where: { scalars[$0] == "-" && scalars[$0 - 1] == " " && scalars[$0 + 1] == " " }) {
                let tail = String(String.UnicodeScalarView(scalars[(dash + 1)...])).trimmingCharacters(in: " ")
                if let date = DateParsing.shared.parse(tail) { return (date, nil, nil) }
                return dateBeforeTime(in: tail)
            }
        }
        if let found = dateBeforeTime(in: candidate) ?? dateAfterTime(in: candidate) ?? dateAfterNumberedField(in: candidate)
            ?? dateBeforeSlashedSource(in: candidate) { return found }
        return labelled ? dateBeforeLaterLabel(in: candidate) : nil
    }

    /// "2023.03.03", "2023.03.03 14:05", "2026/12/01 09:15 GMT" (round 158): a date written year first with dots or
    /// slashes (the same mark twice, a two-digit month and day, a year in 1900–2199, a day that exists), the whole of a
    /// header line (after a label) or followed by only a time (``isTimeWord(_:)``). A version or an address is no such
    /// line's whole: "iOS 16.3.1", "10.0.0.1", "v2023.03.03", "2023.03.03-beta", "Price 2023.50".
    static func yearFirstDate(_ line: String) -> (CalendarDate, String?, String?)? {
        var line = line
        guard let date = line.withUTF8({ bytes -> CalendarDate? in
            guard bytes.count >= 10, bytes[0] &- 49 < 2, bytes[4] == UInt8(ascii: ".") || bytes[4] == UInt8(ascii: "/"),
                  bytes[7] == bytes[4], bytes.count == 10 || bytes[10] == 32,
                  let year = number(in: bytes, from: 0, count: 4), let month = number(in: bytes, from: 5, count: 2),
                  let day = number(in: bytes, from: 8, count: 2), (1900...2199).contains(year) else { return nil }
            let date = CalendarDate(year: year, month: month, day: day)
            return date.isValid ? date : nil
        }) else { return nil }
        let words = line.split(separator: " ").dropFirst()
        guard words.allSatisfy(isTimeWord) else { return nil }
        return (date, TimeZoneAbbreviations.zone(in: Array(words)), nil)
    }

    /// "1 — March 2023", "Page 1 – March 2023", "No. 12 - March 7, 2023" (round 158): a page's or an issue's number, a
    /// dash between spaces, then only a date (and perhaps its time): the date after the dash. The field before it is
    /// short (three words, 24 bytes at most) and holds a digit; the 1 before a month is no day
    /// (``DatelineWarning``: the month only). A score or a range without spaces round its hyphen ("1-0", "3-2") is no
    /// such field, nor a sentence (its tail is no date).
    static func dateAfterNumberedField(in line: String) -> (CalendarDate, String?, String?)? {
        var line = line
        guard let (headEnd, tailStart) = line.withUTF8({ bytes -> (Int, Int)? in
            var index = 1
            while index + 2 < min(bytes.count, 26) {
                defer { index += 1 }
                guard bytes[index - 1] == 32 else { continue }
                if bytes[index] == UInt8(ascii: "-"), bytes[index + 1] == 32 { return (index - 1, index + 2) }
                if bytes[index] == 0xE2, index + 3 < bytes.count, bytes[index + 1] == 0x80, bytes[index + 2] == 0x93 || bytes[index + 2] == 0x94,
                   bytes[index + 3] == 32 {
                    return (index - 1, index + 4)
                }
            }
            return nil
        }) else { return nil }
        let bytes = line.utf8
        let head = bytes.prefix(headEnd)
        guard head.contains(where: { $0 &- 48 < 10 }), head.count(where: { $0 == 32 }) < 3 else { return nil }
        let tail = String(decoding: bytes.dropFirst(tailStart), as: UTF8.self)
        if let date = DateParsing.shared.parse(tail) { return (date, nil, nil) }
        return dateBeforeTime(in: tail)
    }

    /// The text of `line` when it is one XML element, `<name>text</name>` (a name of letters, digits, ":" and "-", the
    /// same one closing it), the text without a "<"; `nil` otherwise (round 168).
    static func elementText(_ line: String) -> String? {
        let bytes = Array(line.utf8)
        guard let close = bytes.firstIndex(of: UInt8(ascii: ">")), close > 1 else { return nil }
        let name = bytes[1..<close]
        guard name.allSatisfy({ ($0 | 0x20) &- 97 < 26 || $0 &- 48 < 10 || $0 == UInt8(ascii: ":") || $0 == UInt8(ascii: "-") }),
              bytes.count > 2 * close + 3, bytes.suffix(close + 2).elementsEqual([UInt8(ascii: "<"), UInt8(ascii: "/")] + name + [UInt8(ascii: ">")])
        else { return nil }
        let inner = bytes[(close + 1)..<(bytes.count - close - 2)]
        guard !inner.contains(UInt8(ascii: "<")) else { return nil }
        return String(decoding: inner, as: UTF8.self).trimmingCharacters(in: " ")
    }

    /// "Dec. 1, 2026 / 9:15 AM / CNN", "Dec 1, 2026 / 09:15 / AFP" (round 168): a date, perhaps its time, then a
    /// source after the last " / ", as wire sites print their bylines: a short field (three words, 30 bytes at most)
    /// without a digit, opening with a capital. The date before it is read as a line's date and time.
    static func dateBeforeSlashedSource(in line: String) -> (CalendarDate, String?, String?)? {
        guard line.utf8.contains(UInt8(ascii: "/")) else { return nil }
        var fields = line.components(separatedBy: " / ")
        guard fields.count > 1 else { return nil }
        let source = fields.removeLast().trimmingCharacters(in: " ")
        guard let first = source.unicodeScalars.first, first.properties.isUppercase, source.utf8.count <= 30,
              source.utf8.count(where: { $0 == 32 }) < 3, !DateParsing.hasDigit(source) else { return nil }
        let head = fields.joined(separator: " / ")
        if let date = DateParsing.shared.parse(head) { return (date, nil, source) }
        guard let (date, zone, _) = dateBeforeTime(in: head) else { return nil }
        return (date, zone, source)
    }

    /// The zone a bar's field that is only a time names ("09:15 IST", "9:15 a.m. ET": a clock, then words of a time),
    /// round 168; `nil` for any other field, and for GMT and UTC (the dateline's UTC).
    static func timeFieldZone(_ field: String) -> String? {
        guard let first = field.utf8.first, first &- 48 < 10, field.utf8.prefix(6).contains(UInt8(ascii: ":")) else { return nil }
        let words = field.split(separator: " ")
        guard words.count > 1, words.allSatisfy(isTimeWord), let zone = TimeZoneAbbreviations.zone(in: words),
              !words.contains(where: { $0 == "GMT" || $0 == "UTC" }) else { return nil }
        return zone
    }

    /// `line` with its fields' dots as bars (round 147): " · " and " • " between spaces split a header's fields as " | "
    /// does ("March 3, 2023 · 4 min read", "Issue 1 • March 2023", "By Jane Doe · Mar 3, 2023"), so that the fields are
    /// read (and a table's row with a figure refused) as a bar's. A line without either is returned as it is.
    private static func barredFields(_ line: String) -> String {
        guard line.utf8.contains(where: { $0 == 0xB7 || $0 == 0xA2 }) else { return line }
        return line.replacingOccurrences(of: " \u{B7} ", with: " | ").replacingOccurrences(of: " \u{2022} ", with: " | ")
    }

    /// The labels a date line may open with, lower-cased, each before any label it starts with ("last updated on" before
    /// "last updated"): "Published: 2023-02-28", "Last updated on 7 March 2023 at 08:15", "First published on Tue 7 Mar
    /// 2023", "Originally published March 7, 2023", "Last Modified: March 7, 2023", "Updated on: 7 March 2023". A blog's
    /// "Posted on …" keeps its "on", for ``postedDate(_:posted:)``.
    static let dateLabels = [
        "first published on", "first published:", "first published", "originally published on", "originally published:",
        "originally published", "last updated on", "last updated:", "last updated", "last modified on", "last modified:",
        "last modified", "published on:", "published on", "published:", "published", "updated on:", "updated on", "updated:",
        "updated", "modified on", "modified:", "posted:", "posted", "dateline:",
        // Press releases', filings' and transcripts' labels (round 168): "Released: Dec 1, 2026", "Dated: 1st December
        // 2026", "Filed on December 1, 2026", "Aired 1 December 2026, 21:00 GMT", "As of Dec 1, 2026".
        "released on", "released:", "released", "dated:", "dated", "filed on", "filed:", "filed", "aired on", "aired:", "aired",
        "broadcast on", "broadcast:", "broadcast", "as of", "sent:", "date:",
        // German, French and Spanish sites' labels (round 76): "Veröffentlicht am 7. März 2023", "Mis à jour le 8 mars 2023
        // à 10h15", "Publicado el 7 de marzo de 2023".
        "veröffentlicht am", "veröffentlicht:", "veröffentlicht", "aktualisiert am", "aktualisiert:", "aktualisiert",
        "publié le", "publié:", "publié", "mis à jour le", "mis à jour:", "mis à jour", "modifié le", "modifié:",
        "publicado el", "publicado em", "publicado:", "publicado", "actualizado el", "actualizado em", "actualizado:",
        "actualizado",
        // Italian and Portuguese sites' labels (round 88): "Pubblicato il 7 marzo 2023", "Aggiornato il 14 dicembre 2021
        // alle 10:15", "Publicado em 7 de março de 2023", "Atualizado em 8 de março de 2023, 10:15".
        "pubblicato il", "pubblicato:", "pubblicato", "aggiornato il", "aggiornato:", "aggiornato",
        "atualizado em", "atualizado:", "atualizado",
    ]

    /// ``dateLabels`` by their first letter ("a" first), in their order.
    static let dateLabelsByInitial: [[String]] = (0..<26).map { letter in
        dateLabels.filter { $0.utf8.first == UInt8(97 + letter) }
    }

    /// Where a later label starts on a labelled date line, lower-cased, after a space: "Published: March 7, 2023 Updated:
    /// March 8, 2023", "Posted March 7, 2023 | Updated …", "Publié le 7 mars 2023 à 10h15, mis à jour le 8 mars 2023": the
    /// date before it is the publication's, the dateline (as when the update is on a line of its own).
    static let laterLabels = [" last updated", " updated", " last modified", " modified", " mis à jour", " aktualisiert", " actualizado",
                              " aggiornato", " atualizado"]

    /// The date before the first of ``laterLabels`` on a labelled line's `candidate` (its label dropped), or `nil`.
    static func dateBeforeLaterLabel(in candidate: String) -> (CalendarDate, String?, String?)? {
        let lowered = candidate.lowercased()
        guard let cut = laterLabels.compactMap({ lowered.range(of: $0)?.lowerBound }).min() else { return nil }
        let head = String(candidate.prefix(lowered.distance(from: lowered.startIndex, to: cut))).trimmingCharacters(in: " ,;|-–—")
        guard !head.isEmpty else { return nil }
        if let date = DateParsing.shared.parse(head) { return (date, nil, nil) }
        return dateBeforeTime(in: head)
    }

    /// Whether a field between bars is a figure of a table ("517,000", "3.4%", "-0.2", "$90"), never a header's source,
    /// place or byline: digits, with only signs, separators and currency symbols besides.
    static func isFigure(_ field: String) -> Bool {
        field.utf8.contains { $0 >= 48 && $0 <= 57 } && field.unicodeScalars.allSatisfy {
            ($0.value >= 48 && $0.value <= 57) || figureMarks.contains($0)
        }
    }

    /// The scalars a figure may hold besides digits (``isFigure(_:)``).
    static let figureMarks: Set<Unicode.Scalar> = [".", ",", "%", "+", "-", "\u{2212}", "\u{2013}", "$", "\u{20AC}", "\u{A3}", "\u{A5}", " "]

    /// The place of Reuters' page header "WASHINGTON | Wed Jan 2, 2013 11:50pm EST": two fields split by "|", the first an
    /// upper-case place (letters, spaces, ".", "-", "/"; "NEW YORK", "ST. LOUIS", "LONDON/NEW YORK"), the second opening
    /// with a date; `nil` for any other line.
    static func barPlace(in line: String) -> String? {
        guard line.utf8.contains(UInt8(ascii: "|")) else { return nil }
        let fields = line.split(separator: "|", omittingEmptySubsequences: false)
        guard fields.count == 2 else { return nil }
        let place = String(fields[0]).trimmingCharacters(in: " ")
        guard place.utf8.count >= 3, place.utf8.count <= 40, place.utf8.allSatisfy(isWirePlaceByte),
              place.utf8.contains(where: { (65...90).contains($0) }), DateParsing.mayStart(String(fields[1]).trimmingCharacters(in: " "))
        else { return nil }
        return displayPlace(place)
    }

    /// The place of a date line that opens with it in mixed case, before a comma (round 76): "Madrid, 7 de marzo de 2023",
    /// "Berlin, 14. Dezember 2021", "Paris, le 3 févr. 2020": one to three capitalised words (letters, "-", ".", "'"), no
    /// weekday or month, and the whole rest of the line a date written in German, French or Spanish (a month of
    /// ``DateParsing/foreignMonths``), as those languages date a text; `nil` for any other line. An English date is left
    /// out: "Reuters, March 7, 2023" names the source as often as "Boston, March 7, 2023" the place.
    static func commaPlace(in line: String) -> String? {
        guard let comma = line.firstIndex(of: ","), line.distance(from: line.startIndex, to: comma) <= 30 else { return nil }
        let place = line[..<comma]
        guard isCapitalisedPlace(place), !opensWithByline(line) else { return nil }
        let date = line[line.index(after: comma)...]
        guard date.split(separator: " ").contains(where: { DateParsing.foreignMonth($0) != nil }) else { return nil }
        let lowered = line.lowercased()
        guard !dateLabels.contains(where: { lowered.hasPrefix($0) }),
              DateParsing.shared.parse(String(date).trimmingCharacters(in: " ")) != nil else { return nil }
        return displayPlace(String(place))
    }

    /// Whether `place` may be a place written in mixed case before a date: one to three capitalised words (letters, "-",
    /// ".", "'"), the first no month's name, weekday or weekday's abbreviation ("Madrid", "Buenos Aires", "Kuala Lumpur";
    /// not "Di." of "Di., 7. März 2023").
    static func isCapitalisedPlace(_ place: Substring) -> Bool {
        let words = place.split(separator: " ")
        guard (1...3).contains(words.count), words.allSatisfy({ word in
            guard let first = word.unicodeScalars.first, first.properties.isUppercase else { return false }
            return word.unicodeScalars.allSatisfy { $0.properties.isAlphabetic || $0 == "-" || $0 == "." || $0 == "'" }
        }) else { return false }
        let first = String(words[0])
        return !DateParsing.mayStart(first) && !DateParsing.isWeekdayAbbreviation(first)
    }

    /// Whether `line` is a blog's "Posted by Jane Doe on Tuesday" or "Posted on Tuesday by Jane Doe" line: a header line,
    /// with or without a date (short, and no sentence's full stop at its end).
    static func isPostedLine(_ line: String) -> Bool {
        // The first ten bytes, each with its 0x20 bit set, against the prefixes (no array built: the test runs on every line
        // of the header, and most fail at the first byte).
        let posted: StaticString = "posted "
        var bytes = line.utf8.makeIterator()
        for offset in 0..<posted.utf8CodeUnitCount {
            guard let byte = bytes.next(), byte | 0x20 == posted.utf8Start[offset] else { return false }
        }
        guard let first = bytes.next(), let second = bytes.next(), let space = bytes.next(), space | 0x20 == 32,
              first | 0x20 == UInt8(ascii: "b") && second | 0x20 == UInt8(ascii: "y")
                || first | 0x20 == UInt8(ascii: "o") && second | 0x20 == UInt8(ascii: "n") else { return false }
        return scalarCount(line) <= 80 && line.utf8.last != UInt8(ascii: ".")
    }

    /// The number of Unicode scalars of `line`, `line.unicodeScalars.count`, counted on its UTF-8 bytes (each byte but a
    /// continuation byte starts a scalar): a few instructions a byte, not a decoding.
    static func scalarCount(_ line: String) -> Int {
        var line = line
        return line.withUTF8 { bytes in
            var count = 0
            for byte in bytes where byte & 0xC0 != 0x80 { count += 1 }
            return count
        }
    }

    /// The date of a blog's date line without its "Posted" (`posted`: it had one): "on March 19, 2013 by Jane Doe", "by
    /// Jane Doe on March 19, 2013 at 10:15 am", "March 19, 2013 by Jane Doe" (a date, then only "by" and a name: no
    /// "Posted" needed); the date is read before " by ", " | " or the end.
    static func postedDate(_ candidate: String, posted: Bool) -> (CalendarDate, String?, String?)? {
        // ASCII lines, read on their lower-cased bytes (a line without "Posted" needs " by " or " | ": most lines stop here,
        // before any array is built).
        if !posted, !hasByOrBar(candidate) { return nil }
        let lower = candidate.utf8.map { (65...90).contains($0) ? $0 | 0x20 : $0 }
        guard lower.allSatisfy({ $0 < 0x80 }) else { return nil }
        func find(_ word: StaticString, from start: Int) -> Int? {
            let count = word.utf8CodeUnitCount
            guard start + count <= lower.count else { return nil }
            return (start...(lower.count - count)).first { index in (0..<count).allSatisfy { lower[index + $0] == word.utf8Start[$0] } }
        }
        var start = 0
        if posted {
            // "by Jane Doe on …": the date after " on "; "on …": after "on ".
            if find("by ", from: 0) == 0 {
                guard let on = find(" on ", from: 3) else { return nil }
                start = on + 4
            } else if find("on ", from: 0) == 0 {
                start = 3
            } else {
                return nil
            }
        }
        let cut = [find(" by ", from: start), find(" | ", from: start)].compactMap { $0 }.min()
        guard let end = cut ?? (posted ? lower.count : nil), end > start else { return nil }
        let head = String(decoding: candidate.utf8.dropFirst(start).prefix(end - start), as: UTF8.self).trimmingCharacters(in: " ,")
        // A day's date: a day of one or two digits in it ("March 2013 by the numbers" is a headline).
        var run = 0, day = false
        for byte in head.utf8 {
            if (48...57).contains(byte) { run += 1; continue }
            if run == 1 || run == 2 { day = true }
            run = 0
        }
        guard day || run == 1 || run == 2, DateParsing.mayStart(head) else { return nil }
        if let date = DateParsing.shared.parse(head) { return (date, nil, nil) }
        return dateBeforeTime(in: head)
    }

    /// Whether `candidate` holds " by " (its letters in either case) or " | ", as ``postedDate(_:posted:)`` needs of a line
    /// without "Posted".
    private static func hasByOrBar(_ candidate: String) -> Bool {
        var candidate = candidate
        return candidate.withUTF8 { bytes in
            // Each space after "|" and a space, or after a space, "b" and "y".
            for index in bytes.indices.dropFirst(2) where bytes[index] == 32 {
                if bytes[index - 1] == UInt8(ascii: "|") && bytes[index - 2] == 32
                    || index >= 3 && bytes[index - 1] | 0x20 == UInt8(ascii: "y") && bytes[index - 2] | 0x20 == UInt8(ascii: "b")
                    && bytes[index - 3] == 32 {
                    return true
                }
            }
            return false
        }
    }

    /// "Fri 3 Mar 2023 12.00 GMT", "March 3, 2023 at 5:31 p.m. EST", "Mar 3, 2023 / 05:31 PM EST",
    /// "2023-03-03T12:00:00Z", "1999-04-19 23:14": a line that is a date and then only a time (a sentence that starts
    /// with a date is no header). The date is the line's first one to six words up to a four-digit year, longest
    /// first (a few ICU calls per line at most).
    static func dateBeforeTime(in line: String) -> (CalendarDate, String?, String?)? {
        // A run of exactly four digits ending a word (or before "-", "T", ","): checked on the bytes first, as most
        // header lines have none.
        var run = 0, hasYear = false
        for byte in line.utf8.prefix(60) {
            if (48...57).contains(byte) { run += 1; continue }
            // 0xE5: "2023年3月7日 15:45", the first byte of 年 (round 104).
            if run == 4, byte == 32 || byte == UInt8(ascii: ",") || byte == UInt8(ascii: "-") || byte == UInt8(ascii: "T") || byte == 0xE5 {
                hasYear = true
                break
            }
            run = 0
        }
        guard hasYear || run == 4, line.unicodeScalars.count <= 60 else { return nil }
        let words = line.split(separator: " ")
        // Up to six words: "8 de marzo de 2023, 10:15".
        guard let yearIndex = words.prefix(6).firstIndex(where: { word in
            let scalars = Array(word.unicodeScalars)
            let digits = scalars.prefix { ("0"..."9").contains($0) }.count
            return digits == 4 && (scalars.count == 4 || scalars[4] == "," || scalars[4] == "-" || scalars[4] == "T" || scalars[4] == "年")
                || isNumericDate(scalars)
        }), words[(yearIndex + 1)...].allSatisfy(isTimeWord) else { return nil }
        let zone = TimeZoneAbbreviations.zone(in: words)
        let scalars = Array(words[yearIndex].unicodeScalars)
        if scalars.count > 4, scalars[4] == "-" {
            // "2023-03-03T12:00:00Z", "1999-04-19": an ISO date, its time in the same word or the next.
            guard yearIndex == 0, scalars.count == 10 || scalars.count > 10 && scalars[10] == "T",
                  let date = DateParsing.shared.parse(String(String.UnicodeScalarView(scalars.prefix(10)))) else { return nil }
            // "2023-03-07T14:02:11+01:00" (round 119): the offset written in the same word is its zone, as RFC 2822's.
            if zone == nil, scalars.count > 16, let sign = scalars[16...].lastIndex(where: { $0 == "+" || $0 == "-" }) {
                return (date, TimeZoneAbbreviations.offsetZone(Substring(String(String.UnicodeScalarView(scalars[sign...])))), nil)
            }
            return (date, zone, nil)
        }
        let text = words[...yearIndex].joined(separator: " ").trimmingCharacters(in: ",")
        guard let date = DateParsing.shared.parse(text) else { return nil }
        return (date, zone, nil)
    }

    /// The number the `count` ASCII digits of `bytes` from `from` on write, or `nil` (a byte that is no digit, or past
    /// the end).
    private static func number(in bytes: UnsafeBufferPointer<UInt8>, from: Int, count: Int) -> Int? {
        guard from + count <= bytes.count else { return nil }
        var value = 0
        for index in from..<(from + count) {
            guard bytes[index] &- 48 < 10 else { return nil }
            value = value * 10 + Int(bytes[index] &- 48)
        }
        return value
    }

    /// "20230307", "20230307T1402Z", "20230307T140211+0100" (round 119): ISO 8601's basic form, the whole of a header
    /// line: eight digits, a day that exists (``CalendarDate/isValid``) in 1900–2199 (an eight-digit number is more often
    /// an identifier than a far date), perhaps a time of four or six digits after "T" (six perhaps with a fraction,
    /// "T091500.123", round 168), and "Z" or an offset (kept as
    /// RFC 2822's is, "GMT+01:00"). An eight-digit number in a sentence ("20230307 shares") is never a line's whole.
    static func compactDate(_ line: String) -> (CalendarDate, String?, String?)? {
        var line = line
        return line.withUTF8 { bytes -> (CalendarDate, String?, String?)? in
            guard (8...25).contains(bytes.count), bytes[0] &- 49 < 2 else { return nil }
            func number(_ from: Int, _ count: Int) -> Int? { Self.number(in: bytes, from: from, count: count) }
            guard let year = number(0, 4), let month = number(4, 2), let day = number(6, 2), (1900...2199).contains(year) else { return nil }
            let date = CalendarDate(year: year, month: month, day: day)
            guard date.isValid else { return nil }
            if bytes.count == 8 { return (date, nil, nil) }
            guard bytes[8] == UInt8(ascii: "T"), let hour = number(9, 2), let minute = number(11, 2), hour < 24, minute < 60 else { return nil }
            var end = 13
            if let second = number(13, 2) {
                guard second < 61 else { return nil }
                end = 15
                // "20261201T091500.123Z" (round 168): a fraction of the second after a dot or a comma, passed over.
                if end + 1 < bytes.count, bytes[end] == UInt8(ascii: ".") || bytes[end] == UInt8(ascii: ","), bytes[end + 1] &- 48 < 10 {
                    end += 1
                    while end < bytes.count, bytes[end] &- 48 < 10 { end += 1 }
                }
            }
            if end == bytes.count { return (date, nil, nil) }
            let rest = String(decoding: bytes[end...], as: UTF8.self)
            if rest == "Z" { return (date, nil, nil) }
            guard let zone = TimeZoneAbbreviations.offsetZone(Substring(rest)) else { return nil }
            return (date, zone, nil)
        }
    }

    /// A month in numbers as a header line's whole (after a label), round 134: ISO 8601's `2023-03` and the year-first
    /// `2023/03`, a year in 1900–2199 and a two-digit month: the first of the month (``Dateline/readDoubts(in:)`` makes it
    /// a month's dateline). Not a season or a fiscal year written as two years ("2010-11", "2011/12": the month is the
    /// next year's last two digits), not the month first (`03/2023`, `3/2023`: laws, decrees and issues are numbered so,
    /// "Law 3/2023"), nor a month without its zero (`2023-3`).
    static func numericMonth(_ line: String) -> (CalendarDate, String?, String?)? {
        guard let (year, month) = Dateline.yearAndMonth(line, slash: true), (1900...2199).contains(year),
              month != (year + 1) % 100 else { return nil }
        return (CalendarDate(year: year, month: month, day: 1), nil, nil)
    }

    /// "Tue Mar  7 14:02:11 UTC 2023", "Tue Mar 7 14:02:11 CET 2023", "Mar 7 14:02:11 2023" (round 119): the Unix
    /// `date` command's output (and C's `asctime`), the whole of a header line: a weekday perhaps, a month's English
    /// abbreviation or name, a day, a clock time, a zone perhaps, and the year last. The zone is kept as other header
    /// shapes keep theirs: an abbreviation of ``TimeZoneAbbreviations`` as its IANA zone ("CET" Europe/Paris), an
    /// offset as "GMT+01:00"; an abbreviation it does not know is no zone, and the line no date. The weekday is checked
    /// by ``DatelineWarning``.
    static func unixDate(_ line: String) -> (CalendarDate, String?, String?)? {
        // Four digits last, a colon in the first 20 bytes: checked on the bytes first.
        let bytes = line.utf8
        guard (14...48).contains(bytes.count), bytes.suffix(4).allSatisfy({ $0 &- 48 < 10 }),
              bytes.prefix(20).contains(UInt8(ascii: ":")) else { return nil }
        var words = line.split(separator: " ")
        if let first = words.first, Lexicon.weekdays.contains(where: { $0.0 == first.lowercased() }) { words.removeFirst() }
        guard (4...5).contains(words.count), let month = Lexicon.months.first(where: { $0.0 == words[0].lowercased() })?.1,
              words[1].utf8.count <= 2, let day = Int(words[1]), let year = Int(words[words.count - 1]),
              words[2].utf8.allSatisfy({ $0 &- 48 < 10 || $0 == UInt8(ascii: ":") }), words[2].split(separator: ":").count >= 2
        else { return nil }
        var zone: String?
        if words.count == 5 {
            guard let named = TimeZoneAbbreviations.table[String(words[3])] ?? TimeZoneAbbreviations.offsetZone(words[3]) else { return nil }
            zone = named
        }
        let date = CalendarDate(year: year, month: Int(month), day: day)
        guard date.isValid, (1000...9999).contains(year) else { return nil }
        return (date, zone == "UTC" ? nil : zone, nil)
    }

    /// "3:45 PM ET Mar 7, 2023", "15:45 GMT 7 March 2023" (round 104, after a label: "Published 3:45 PM ET Mar 7, 2023"):
    /// a clock time ("3:45", "15:45:00"), the words of a time after it ("PM", "ET", "p.m.", ``isTimeWord(_:)``), then
    /// only a date; the zone the time names. A time and then a comma ("15:45 GMT, 7 March 2023") is a comma tail's.
    static func dateAfterTime(in line: String) -> (CalendarDate, String?, String?)? {
        guard let first = line.utf8.first, first &- 48 < 10, line.utf8.count <= 60,
              line.utf8.prefix(9).contains(UInt8(ascii: ":")) else { return nil }
        let words = line.split(separator: " ")
        guard let clock = words.first, clock.utf8.contains(UInt8(ascii: ":")),
              clock.utf8.allSatisfy({ $0 &- 48 < 10 || $0 == UInt8(ascii: ":") || ($0 | 0x20) &- 97 < 26 || $0 == UInt8(ascii: ".") })
        else { return nil }
        var start = 1
        while start < words.count, let lead = words[start].utf8.first, lead &- 48 >= 10, isTimeWord(words[start]) { start += 1 }
        guard start < words.count, let date = DateParsing.shared.parse(words[start...].joined(separator: " ")) else { return nil }
        return (date, TimeZoneAbbreviations.zone(in: Array(words[..<start])), nil)
    }

    /// "03/07/2023", "7.3.2023": a numeric date with its year last, a slash or a period before its four digits.
    private static func isNumericDate(_ scalars: [Unicode.Scalar]) -> Bool {
        guard scalars.count >= 8, scalars.count <= 10 else { return false }
        let mark = scalars[scalars.count - 5]
        return (mark == "/" || mark == ".") && scalars.allSatisfy { ("0"..."9").contains($0) || $0 == mark }
    }

    /// A word of a time after a date: "12.00", "5:31pm", "at", "p.m.", "EST", "/", "|".
    /// Also a zone's offset, "-0500", "+01:00" (RFC 2822's "Wed, 02 Jan 2013 23:50:00 -0500"), and a time restated in
    /// brackets, CNN's "Updated 2350 GMT (0750 HKT)".
    private static func isTimeWord(_ word: Substring) -> Bool {
        guard let first = word.unicodeScalars.first else { return true }
        if ("0"..."9").contains(first) { return true }
        let bare = String(word).trimmingCharacters(in: "()[],")
        let scalars = bare.unicodeScalars
        if let lead = scalars.first, ("0"..."9").contains(lead)
            || (lead == "+" || lead == "-") && scalars.count > 1 && ("0"..."9").contains(scalars[scalars.index(after: scalars.startIndex)]) {
            return true
        }
        return timeLinks.contains(bare.lowercased()) || TimeZoneAbbreviations.table[bare] != nil
            || trailingWeekdays.contains(bare) || TimeZoneAbbreviations.namedOffsetZone(Substring(bare)) != nil
    }

    /// LexisNexis' "October 24, 2013 Thursday": the weekday after the date (its name in full, capitalised or in capitals).
    static let trailingWeekdays: Set<String> = {
        let names = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
        return Set(names + names.map { $0.uppercased() })
    }()

    /// "at", the BBC's "Last updated at", CNN's "-- Updated", the marks between a date and its time.
    static let timeLinks: Set<String> = ["at", "last", "updated", "-", "--", "–", "—", "|", "/", "·", "•", "a.m.", "p.m.", "a.m", "p.m", "am", "pm",
                                         // "à 10h15", "a las 10:15", "10:15 Uhr" (round 76)
                                         "à", "a", "las", "uhr",
                                         // "alle 10:15", "alle ore 10:15", "às 10h15" (round 88)
                                         "alle", "ore", "às",
                                         // Reuters' "March 7, 2023 / 3:45 PM / Updated 2 hours ago" (round 104)
                                         "ago", "min", "mins", "minute", "minutes", "hr", "hrs", "hour", "hours", "day", "days"]

    /// `text.split(separator: ",", omittingEmptySubsequences: false)`; an ASCII text is split on its
    /// bytes (its characters are its bytes, but for CR LF), without grapheme breaking (speed).
    static func commaSeparated(_ text: String) -> [Substring] {
        guard text.utf8.allSatisfy({ $0 < 0x80 }) else { return text.split(separator: ",", omittingEmptySubsequences: false) }
        return text.utf8.split(separator: UInt8(ascii: ","), omittingEmptySubsequences: false).map { Substring($0) }
    }

    /// "HONG KONG (CNN) —": the place and the source of a wire lede.
    /// "MANILA, Philippines (AP) —", "AMHERST, N.Y. (AP) —": the region or country after the place too.
    static func lede(in line: String) -> (place: String, source: String)? {
        guard let parts = ledeParts(Array(line.unicodeScalars)), !parts.source.isEmpty, parts.source.count <= 30,
              let place = wirePlace(parts.before), place.rest.allSatisfy({ $0 == " " }) else { return nil }
        return (place.place, parts.source)
    }

    /// The place a wire lede opens with: an upper-case place ("LONDON", "HONG KONG"), then the region or country AP
    /// writes after it in its own case ("MANILA, Philippines", "SPRINGFIELD, Ill."), then `rest`: what follows the
    /// comma after them (a dated lede's date), or `""`. `nil` unless the place is upper case, or (round 88, `mixed`)
    /// written in mixed case before a comma and a date: "New Delhi, Mar 7 (PTI)", "Kuala Lumpur, March 7 (Bernama) --";
    /// there the source must be a wire's name (``isWireName(_:)``), as it is what tells the lede from a sentence.
    static func wirePlace(_ text: String) -> (place: String, rest: Substring, mixed: Bool)? {
        let fields = text.split(separator: ",", maxSplits: 2, omittingEmptySubsequences: false)
        let city = String(fields[0]).trimmingCharacters(in: " ")
        guard !city.isEmpty, city.unicodeScalars.count <= 40, city != city.lowercased() else { return nil }
        guard city == city.uppercased() else {
            let rest = text[fields[0].endIndex...].dropFirst()
            let date = String(rest).trimmingCharacters(in: " ")
            guard fields.count > 1, isCapitalisedPlace(Substring(city)), DateParsing.hasDigit(date), DateParsing.mayStart(date)
            else { return nil }
            // "In Rome, March 7 (Reuters) -" (round 104): the place without its preposition.
            return (city.hasPrefix("In ") ? String(city.dropFirst(3)) : city, rest, true)
        }
        guard fields.count > 1 else { return (displayPlace(city), "", false) }
        // A region: capitalised words without digits that start no date ("LONDON, March 3, 2023" has none).
        let region = String(fields[1]).trimmingCharacters(in: " ")
        if let initial = region.unicodeScalars.first, region.unicodeScalars.count <= 30, initial.properties.isUppercase,
           !region.unicodeScalars.contains(where: { $0.properties.numericType != nil }), !DateParsing.mayStart(region) {
            return (displayPlace(city) + ", " + region, fields.count > 2 ? fields[2] : "", false)
        }
        return (displayPlace(city), text[fields[0].endIndex...].dropFirst(), false)
    }

    /// Whether a lede's bracket names a wire after a mixed-case place (round 88): each word capitalised ("PTI",
    /// "Bernama", "Agenzia Nova"), and no weekday or month ("Rome, March 7 (Tuesday) -" is a sentence's aside).
    static func isWireName(_ source: String) -> Bool {
        let words = source.split(separator: " ")
        return !words.isEmpty && words.allSatisfy { $0.unicodeScalars.first?.properties.isUppercase == true }
            && !DateParsing.mayStart(String(words[0])) && !DateParsing.isWeekday(String(words[0]))
    }

    /// Whether `line` may open with a wire lede's mixed-case place and its date (round 88: "New Delhi, Mar 7 (PTI)",
    /// "São Paulo, 3 jun 2022 (Agência Brasil) -"), as far as its first 100 bytes tell, for a line whose upper-case place's
    /// bytes failed: capitalised words (letters, "'", "-", ".", bytes beyond ASCII) up to a comma within 30 bytes, then a
    /// capital letter or a digit, then a digit and "(". Most lines stop at their first word ("However, the" at its "t",
    /// "The minister said" at its "m").
    static func mayOpenWithMixedPlace(_ line: String) -> Bool {
        var line = line
        return line.withUTF8 { bytes in
            // The place: its first byte a capital (most lines stop at their first word's end or before).
            guard let first = bytes.first, (65...90).contains(first) || first >= 0x80 else { return false }
            var index = 1
            var previous = first
            while index < min(bytes.count, 30) {
                let byte = bytes[index]
                if byte == UInt8(ascii: ",") { break }
                if previous == 32 {
                    guard (65...90).contains(byte) || byte >= 0x80 else { return false }
                } else {
                    guard (byte | 0x20) &- 97 < 26 || byte >= 0x80 || byte == 32 || byte == UInt8(ascii: "'")
                            || byte == UInt8(ascii: "-") || byte == UInt8(ascii: ".") else { return false }
                }
                previous = byte
                index += 1
            }
            guard index < bytes.count, bytes[index] == UInt8(ascii: ",") else { return false }
            index += 1
            while index < bytes.count, bytes[index] == 32 { index += 1 }
            // The date: a capital or a digit first, then a digit and the bracket.
            guard index < bytes.count, (65...90).contains(bytes[index]) || bytes[index] &- 48 < 10 else { return false }
            var digit = false
            while index < min(bytes.count, 100) {
                let byte = bytes[index]
                if byte &- 48 < 10 { digit = true } else if byte == UInt8(ascii: "(") { return digit }
                index += 1
            }
            return false
        }
    }

    /// "March 7, 2023 — " after "WASHINGTON (AP) — " (round 104): a date alone between an undated lede's dash (`from`, in
    /// scalars) and another dash or the line's end; the date when it has a year, the date as written, and the number of
    /// scalars up to the body after the dash. `nil` when anything but a date stands there ("March 7 was chosen").
    static func dateAfterLede(_ line: String, from start: Int) -> (date: CalendarDate?, written: String, length: Int)? {
        let scalars = Array(line.unicodeScalars.dropFirst(start).prefix(40))
        guard let first = scalars.first, first.properties.isUppercase || ("0"..."9").contains(first) else { return nil }
        var end = scalars.count, next = scalars.count
        if let dash = scalars.indices.first(where: { $0 > 0 && scalars[$0 - 1] == " " && (scalars[$0] == "—" || scalars[$0] == "–" || scalars[$0] == "-") }) {
            end = dash
            next = dash
            while next < scalars.count, scalars[next] == "—" || scalars[next] == "–" || scalars[next] == "-" || scalars[next] == " " { next += 1 }
        } else if line.unicodeScalars.count > start + scalars.count {
            return nil
        }
        let written = String(String.UnicodeScalarView(scalars[..<end])).trimmingCharacters(in: " ,")
        guard DateParsing.hasDigit(written), DateParsing.mayStart(written) else { return nil }
        if let date = DateParsing.shared.parse(written) { return (date, written, start + next) }
        return isYearlessDay(written) ? (nil, written, start + next) : nil
    }

    /// "DUBAI // ", "DOHA // ", "NAIROBI -- ": an upper-case place (three letters at least) and two slashes or a dash
    /// opening a line under the date line, as the Gulf and some African papers write their dateline, without a source; the
    /// place and the number of scalars up to the body.
    static func placeLede(in line: String) -> (place: String, length: Int)? {
        let head = Array(line.unicodeScalars.prefix(48))
        var letters = 0
        for (index, scalar) in head.enumerated() {
            // The mark, between spaces: "//", "--", "—".
            if index >= 1, head[index - 1] == " ", scalar == "/" || scalar == "-" || scalar == "—" {
                let mark = scalar == "—" ? index + 1 : index + 2
                guard letters >= 3, mark < head.count, scalar == "—" || head[index + 1] == scalar, head[mark] == " " else { return nil }
                var end = mark
                while end < head.count, head[end] == " " { end += 1 }
                let place = String(String.UnicodeScalarView(head[..<index])).trimmingCharacters(in: " ")
                return (displayPlace(place), end)
            }
            guard scalar.isASCII, isWirePlaceByte(UInt8(scalar.value)) else { return nil }
            if ("A"..."Z").contains(scalar) { letters += 1 }
        }
        return nil
    }

    /// "LONDON, March 3, 2023 (Reuters) -", "BEIJING, Jan. 5, 2023 (Xinhua) --": a wire lede that carries the date
    /// (with its year), and the number of scalars up to the body after its dash.
    static func datedLede(in line: String) -> (dateline: Dateline, length: Int)? {
        // An upper-case place, a comma, a four-digit year, "(" in the first 100 bytes ("WASHINGTON, Aug. 11 (Xinhua)
        // --" has no year): checked on the bytes, so most lines are turned away at their first lower-case letter.
        // A mixed-case place (round 88) is checked by ``mayOpenWithMixedPlace(_:)``.
        var comma = false, year = false, open = false, run = 0
        var bytes = line.utf8.makeIterator()
        for _ in 0..<100 {
            guard let byte = bytes.next() else { break }
            if !comma {
                if byte == UInt8(ascii: ",") { comma = true; continue }
                guard isWirePlaceByte(byte) else {
                    guard mayOpenWithMixedPlace(line) else { return nil }
                    open = true
                    break
                }
                continue
            }
            if (48...57).contains(byte) { run += 1; continue }
            if run == 4 { year = true }
            run = 0
            if year, byte == UInt8(ascii: "(") || byte == UInt8(ascii: "/") { open = true; break }
        }
        guard open, let parts = ledeParts(Array(line.unicodeScalars.prefix(100))), let place = wirePlace(parts.before) else { return nil }
        let source = parts.source.trimmingCharacters(in: " ,")
        guard !source.isEmpty, source.unicodeScalars.count <= 30, !place.mixed || isWireName(source),
              let date = DateParsing.shared.parse(String(place.rest).trimmingCharacters(in: " ,")) else { return nil }
        return (Dateline(date: date, place: place.place, source: source), parts.length)
    }

    /// "March 22 (Bloomberg) -- ", "March 21, 2013 (AFP) - ": a wire lede that opens with its date, without a place; the
    /// date when it has a year, the date as written, the source, and the number of scalars up to the body after the dash.
    /// `nil` unless a month's name and a day (and perhaps a year) alone stand before the bracket.
    static func placelessLede(in line: String) -> (date: CalendarDate?, written: String, source: String, length: Int)? {
        // A capital letter first, a digit and "(" in the first 24 bytes: checked on the bytes, so most lines are turned
        // away at once.
        var line = line
        let opens = line.withUTF8 { bytes in
            guard let initial = bytes.first, (65...90).contains(initial) else { return false }
            var digit = false
            for byte in bytes.prefix(24) {
                if (48...57).contains(byte) { digit = true }
                if byte == UInt8(ascii: "(") { return digit }
            }
            return false
        }
        guard opens, let parts = ledeParts(Array(line.unicodeScalars.prefix(60))) else { return nil }
        let source = parts.source.trimmingCharacters(in: " ,")
        guard let first = source.unicodeScalars.first, first.properties.isUppercase, source.unicodeScalars.count <= 30,
              parts.length < line.unicodeScalars.count, DateParsing.mayStart(parts.before) else { return nil }
        if let date = DateParsing.shared.parse(parts.before) { return (date, parts.before, source, parts.length) }
        // "March 22", "Aug. 11": a month's name and a day of one or two digits.
        let words = parts.before.split(separator: " ")
        guard words.count == 2, let day = Int(words[1]), (1...31).contains(day) else { return nil }
        return (nil, parts.before, source, parts.length)
    }

    /// Whether `byte` may be part of a wire lede's upper-case place: "ST. LOUIS", "WINSTON-SALEM", and Reuters' joint
    /// datelines' two places, "LONDON/NEW YORK".
    @inline(__always) private static func isWirePlaceByte(_ byte: UInt8) -> Bool {
        (65...90).contains(byte) || byte == 32 || byte == UInt8(ascii: ".") || byte == UInt8(ascii: "-") || byte == UInt8(ascii: "/")
    }

    /// "LOS ANGELES, March 22 (Reuters) -", "WASHINGTON, Aug. 11 (Xinhua) --", "HONG KONG (CNN) —" opening the body: a
    /// wire lede without a year, or without a date; its place, source, date as written ("March 22", or `nil`), and the
    /// number of scalars up to the body after its dash. `nil` for anything else after the place than a month and a day.
    static func undatedLede(in line: String) -> (place: String, source: String, date: String?, length: Int)? {
        // An upper-case place up to its comma or bracket: checked on the bytes, so most lines are turned away at their
        // first lower-case letter.
        // A mixed-case place (round 88) is checked by ``mayOpenWithMixedPlace(_:)``.
        var placeEnds = false
        var bytes = line.utf8.makeIterator()
        for _ in 0..<100 {
            guard let byte = bytes.next() else { break }
            if byte == UInt8(ascii: ",") || byte == UInt8(ascii: "(") { placeEnds = true; break }
            guard isWirePlaceByte(byte) else {
                guard mayOpenWithMixedPlace(line) else { return nil }
                placeEnds = true
                break
            }
        }
        guard placeEnds, let parts = ledeParts(Array(line.unicodeScalars.prefix(100))), let place = wirePlace(parts.before) else { return nil }
        let source = parts.source.trimmingCharacters(in: " ,")
        let rest = String(place.rest).trimmingCharacters(in: " ,")
        // A wire's name: "Reuters", "AP", "CNN" (not "NATO (the alliance) - said"); after a date, a one-word name in lower
        // case too, Germany's "BERLIN, 7. März (dpa) -".
        // On a line of its own ("LONDON, March 3 (Reuters) -" over the body), the lede ends the line.
        guard let initial = source.unicodeScalars.first, source.unicodeScalars.count <= 30,
              parts.length <= line.unicodeScalars.count else { return nil }
        if rest.isEmpty { return initial.properties.isUppercase ? (place.place, source, nil, parts.length) : nil }
        guard place.mixed ? isWireName(source) : initial.properties.isUppercase || source.unicodeScalars.allSatisfy(\.properties.isLowercase),
              isYearlessDay(rest) else { return nil }
        return (place.place, source, rest, parts.length)
    }

    /// "March 22", "Aug. 11", and day first (round 76) "7 Mar" (EFE), "7. März" (dpa), "7 de marzo": a month's name and a
    /// day of one or two digits, without a year.
    static func isYearlessDay(_ text: String) -> Bool {
        let words = text.split(separator: " ").filter { $0 != "de" }
        guard words.count == 2 else { return false }
        func day(_ word: Substring) -> Bool {
            let digits = word.hasSuffix(".") ? word.dropLast() : word
            return digits.utf8.count <= 2 && Int(digits).map { (1...31).contains($0) } == true
        }
        func month(_ word: Substring) -> Bool {
            guard let first = word.unicodeScalars.first, first.properties.isAlphabetic else { return false }
            return DateParsing.mayStart(String(word))
        }
        return month(words[0]) && day(words[1]) && !words[1].hasSuffix(".") || day(words[0]) && month(words[1])
    }

    /// The parts of a wire lede, "PLACE (SOURCE) —" or "PLACE, DATE (SOURCE) -": the text before the bracket (without
    /// spaces and commas around it), the source as written, and the number of scalars up to the body after the dash;
    /// `nil` unless a closed bracket is followed by a dash (EFE's ").-" too), or, after a date (a digit before the
    /// bracket), by a space and a capital letter: India's and Malaysia's wires write no dash, "NEW DELHI, March 7 (PTI)
    /// The minister said".
    private static func ledeParts(_ line: [Unicode.Scalar]) -> (before: String, source: String, length: Int)? {
        // A press-release wire's source between slashes, after a space: "NEW YORK, March 7, 2023 /PRNewswire/ --".
        guard let (open, close) = bracket(in: line) ?? slashes(in: line) else { return nil }
        var end = close + 1
        if end + 1 < line.count, line[end] == ".", line[end + 1] == "-" { end += 1 }
        while end < line.count, line[end] == " " { end += 1 }
        let dashes = end
        while end < line.count, line[end] == "-" || line[end] == "—" || line[end] == "–" { end += 1 }
        if end == dashes {
            guard dashes > close + 1, dashes < line.count, line[dashes].properties.isUppercase,
                  line[..<open].contains(where: { ("0"..."9").contains($0) }) else { return nil }
        }
        while end < line.count, line[end] == " " { end += 1 }
        return (String(String.UnicodeScalarView(line[..<open])).trimmingCharacters(in: " ,"),
                String(String.UnicodeScalarView(line[(open + 1)..<close])), end)
    }

    /// The first "(" of `line` and the ")" after it.
    private static func bracket(in line: [Unicode.Scalar]) -> (Int, Int)? {
        guard let open = line.firstIndex(of: "("), let close = line[open...].firstIndex(of: ")") else { return nil }
        return (open, close)
    }

    /// The first "/" after a space in `line` and the next "/", with a capital letter between them (PR Newswire's
    /// "/PRNewswire/", "/CNW/", "/GLOBE NEWSWIRE/").
    private static func slashes(in line: [Unicode.Scalar]) -> (Int, Int)? {
        guard let open = line.indices.dropFirst().first(where: { line[$0] == "/" && line[$0 - 1] == " " }),
              open + 1 < line.count, line[open + 1].properties.isUppercase,
              let close = line[(open + 1)...].firstIndex(of: "/") else { return nil }
        return (open, close)
    }

    static func isDashLine(_ line: String) -> Bool {
        !line.isEmpty && line.allSatisfy { $0 == "—" || $0 == "-" || $0 == "–" || $0 == " " }
    }

    /// "hong kong" and "HONG KONG" read "Hong Kong", "LONDON/NEW YORK" "London/New York"; mixed case stays as written.
    static func displayPlace(_ place: String) -> String {
        guard place == place.lowercased() || place == place.uppercased() else { return place }
        return place.split(separator: " ").map { word in
            word.split(separator: "/", omittingEmptySubsequences: false)
                .map { $0.prefix(1).uppercased() + $0.dropFirst().lowercased() }.joined(separator: "/")
        }.joined(separator: " ")
    }
}

/// Time zone abbreviations news headers use, mapped to IANA identifiers.
enum TimeZoneAbbreviations {
    static let table: [String: String] = [
        "EST": "America/New_York", "EDT": "America/New_York", "ET": "America/New_York",
        "CST": "America/Chicago", "CDT": "America/Chicago", "MST": "America/Denver", "MDT": "America/Denver",
        "PST": "America/Los_Angeles", "PDT": "America/Los_Angeles", "PT": "America/Los_Angeles",
        "GMT": "Europe/London", "BST": "Europe/London", "UTC": "UTC", "CET": "Europe/Paris", "CEST": "Europe/Paris",
        "HKT": "Asia/Hong_Kong", "JST": "Asia/Tokyo", "IST": "Asia/Kolkata", "AEST": "Australia/Sydney",
    ]

    /// The zone of the first abbreviation among `words` ("5:31 AM EST" → America/New_York); without one, the first
    /// numeric offset as ICU's custom zone (RFC 2822's "23:50:00 -0500" → GMT-05:00, "+01:00" → GMT+01:00).
    static func zone(in words: [Substring]) -> String? {
        words.lazy.compactMap { table[String($0)] ?? bracketed($0) }.first ?? words.lazy.compactMap(offsetZone).first
            ?? words.lazy.compactMap(namedOffsetZone).first
    }

    /// "[IST]", "(EST)": an abbreviation of ``table`` in brackets (round 158: "Last Updated: Tuesday, 01 December 2026,
    /// 09:15 [IST]").
    private static func bracketed(_ word: Substring) -> String? {
        guard let first = word.utf8.first, first == UInt8(ascii: "[") || first == UInt8(ascii: "(") else { return nil }
        return table[String(word.dropFirst().dropLast())]
    }

    /// "GMT+1", "UTC+05:30", "GMT-5", "UTC+0530" as "GMT+01:00" … (round 158: "Published: 1 December 2026, 09:15
    /// GMT+1"): "GMT" or "UTC", a sign, an hour of one or two digits (at most 14), perhaps minutes ("30", ":30").
    static func namedOffsetZone(_ word: Substring) -> String? {
        let bytes = Array(word.utf8)
        guard (5...9).contains(bytes.count), bytes[3] == UInt8(ascii: "+") || bytes[3] == UInt8(ascii: "-"),
              bytes[0] == UInt8(ascii: "G") && bytes[1] == UInt8(ascii: "M") && bytes[2] == UInt8(ascii: "T")
                || bytes[0] == UInt8(ascii: "U") && bytes[1] == UInt8(ascii: "T") && bytes[2] == UInt8(ascii: "C") else { return nil }
        let digits = bytes[4...].filter { $0 != UInt8(ascii: ":") }
        guard digits.allSatisfy({ $0 &- 48 < 10 }), [1, 2, 4].contains(digits.count) || digits.count == 3 && bytes.count == 8 && bytes[5] == UInt8(ascii: ":")
        else { return nil }
        // One digit of hours before ":30" ("UTC+5:30"), or one or two digits alone, or four (two and two).
        let hourDigits = digits.count == 3 ? 1 : min(digits.count, 2)
        let hours = digits.prefix(hourDigits).reduce(0) { $0 * 10 + Int($1 - 48) }
        let minutes = digits.dropFirst(hourDigits).reduce(0) { $0 * 10 + Int($1 - 48) }
        return formattedOffset(sign: bytes[3], hours: hours, minutes: minutes)
    }

    /// "-0500", "+0530", "-05:00", "(+01:00)" as "GMT-05:00": a sign, two digits of hours (at most 14), two of minutes.
    static func offsetZone(_ word: Substring) -> String? {
        let bytes = Array(word.utf8.filter { $0 != UInt8(ascii: "(") && $0 != UInt8(ascii: ")") && $0 != UInt8(ascii: ",") })
        guard bytes.count == 5 || bytes.count == 6, bytes[0] == UInt8(ascii: "+") || bytes[0] == UInt8(ascii: "-") else { return nil }
        let digits = bytes.count == 6 ? (bytes[3] == UInt8(ascii: ":") ? [bytes[1], bytes[2], bytes[4], bytes[5]] : []) : Array(bytes[1...])
        guard digits.count == 4, digits.allSatisfy({ (48...57).contains($0) }) else { return nil }
        let hours = Int(digits[0] - 48) * 10 + Int(digits[1] - 48), minutes = Int(digits[2] - 48) * 10 + Int(digits[3] - 48)
        return formattedOffset(sign: bytes[0], hours: hours, minutes: minutes)
    }

    /// An offset as a zone identifier: "GMT+05:30", "UTC" at zero; `nil` past 14 hours or 59 minutes.
    private static func formattedOffset(sign: UInt8, hours: Int, minutes: Int) -> String? {
        guard hours <= 14, minutes < 60 else { return nil }
        if hours == 0 && minutes == 0 { return "UTC" }
        return "GMT" + String(decoding: [sign], as: UTF8.self) + (hours < 10 ? "0" : "") + String(hours) + ":"
            + (minutes < 10 ? "0" : "") + String(minutes)
    }
}
