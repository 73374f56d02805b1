/// A news article: its text and its dateline.
///
/// ```swift
/// let article = try Article(text: raw)   // dateline found in the article's own header
/// let other = Article(text: body, dateline: Dateline(date: CalendarDate(year: 2023, month: 2, day: 28)))
/// ```
public struct Article: Sendable, Hashable {
    /// The whole text, header included; expression offsets count Unicode scalars into it.
    public let text: String
    /// When (and where, and by whom) the article was written.
    public let dateline: Dateline
    /// Offset (in Unicode scalars) where the body starts: expressions are searched from here on,
    /// so a header's own date is not reported as an event.
    public let bodyStart: Int
    /// Where (in Unicode scalars) the headline written above the dateline's line lies ("Obama visits Israel next week"
    /// over "WASHINGTON, March 15, 2013 (AP) —"), if the header has one: its expressions are searched too, as a sentence
    /// of its own.
    public let headline: Range<Int>?

    /// Reads the dateline from the article's header: a date line, "Feb. 28, 2023", "Updated 5:31 AM EST, Tue February 28,
    /// 2023", "28 February 2023", a "HONG KONG (CNN) —" lede, "By … | Reuters | Feb 28, 2023", a dated wire lede
    /// "LONDON, March 3, 2023 (Reuters) - …" (the body starts after its dash).
    ///
    /// - Throws: ``ChronicleError`` `emptyText` for empty or blank text, `binaryData` for text
    ///   holding NUL or other control characters, `missingDateline` when the header has no date, or one without a year
    ///   ("LOS ANGELES, March 22 (Reuters) -": the year is never guessed from the clock), `invalidDateline` when the header's
    ///   date names no real day ("Feb 30, 2023", "2023-13-01": the message names the date and says why).
    public init(text: String) throws(ChronicleError) {
        try Article.validate(text)
        let header = DatelineDetector.detect(in: text)
        guard let header, let dateline = header.dateline else {
            if let written = header?.yearlessDate {
                throw ChronicleError(.missingDateline, "the header's date \"\(written)\" has no year; give the article's date explicitly")
            }
            // "Feb 30, 2023", "2023-13-01": a date in the header's form, but no real day.
            if let impossible = ImpossibleHeaderDate.find(in: text) {
                throw ChronicleError(.invalidDateline, "the header's date \"\(impossible.written)\" is not a valid date: "
                    + "\(impossible.reason); correct it or give the article's date explicitly")
            }
            // HTML pasted from a page: its header is inside tags, which are read as text.
            if text.unicodeScalars.first(where: { !Tokenizer.isSpace($0.value) }) == "<" {
                throw ChronicleError(.missingDateline, "no dateline found in the article's header, which looks like HTML (Chronicle "
                    + "reads plain text: convert the page first); give the article's date explicitly")
            }
            throw ChronicleError(.missingDateline, "no dateline found in the article's header; give the article's date explicitly")
        }
        self.text = text
        self.dateline = dateline
        self.bodyStart = header.bodyStart
        self.headline = header.headline
    }

    /// Uses the given dateline. A header the article carries is still skipped (unless `skipsHeader`
    /// is `false`, e.g. for gold corpora whose text has no header), and its place and source fill in
    /// those the given dateline leaves out; so is a wire lede without a year or a date ("LOS ANGELES, March 22
    /// (Reuters) -", "HONG KONG (CNN) —"), whose body starts after its dash.
    public init(text: String, dateline: Dateline, skipsHeader: Bool = true) {
        let header = skipsHeader ? DatelineDetector.detect(in: text) : nil
        var merged = dateline
        if merged.place == nil { merged.place = header?.dateline?.place ?? header?.place }
        if merged.source == nil { merged.source = header?.dateline?.source ?? header?.source }
        self.text = text
        self.dateline = merged
        self.bodyStart = header?.bodyStart ?? 0
        self.headline = header?.headline
    }

    /// Decodes UTF-8 bytes, then reads or uses the dateline as the other initialisers do.
    ///
    /// - Throws: ``ChronicleError`` `invalidUTF8` (with the value, offset and line of the first bad byte; for UTF-16
    ///   text, with or without its byte-order mark, a message that says so), or the errors of ``init(text:)``. A UTF-8
    ///   byte-order mark opening the text is kept in ``text`` (offsets count it) and passed over when the header is read.
    public init(utf8 bytes: some Collection<UInt8>, dateline: Dateline? = nil) throws(ChronicleError) {
        let text = try Article.decode(bytes)
        if let dateline {
            try Article.validate(text)
            self.init(text: text, dateline: dateline)
        } else {
            try self.init(text: text)
        }
    }

    /// Decodes strict UTF-8: an invalid sequence is an error, never silently replaced.
    static func decode(_ bytes: some Collection<UInt8>) throws(ChronicleError) -> String {
        if let text = String(validating: bytes, as: UTF8.self) { return text }
        // UTF-16 with its byte-order mark (what some Windows editors save as "Unicode").
        if bytes.count >= 2 {
            let first = bytes[bytes.startIndex], second = bytes[bytes.index(after: bytes.startIndex)]
            if first == 0xFF && second == 0xFE || first == 0xFE && second == 0xFF {
                throw utf16Error(littleEndian: first == 0xFF, marked: true)
            }
        }
        // Invalid: find the first bad byte for the message.
        var offset = 0
        var line = 1
        var iterator = bytes.makeIterator()
        var decoder = UTF8()
        while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let scalar):
                offset += UTF8.width(scalar)
                if scalar == "\n" { line += 1 }
            case .emptyInput:
                throw ChronicleError(.invalidUTF8, "the input is not valid UTF-8")  // not reached: the bytes were invalid
            case .error:
                let bad = bytes[bytes.index(bytes.startIndex, offsetBy: offset)]
                let hex = String(bad, radix: 16, uppercase: true)
                throw ChronicleError(.invalidUTF8, "the input is not valid UTF-8 (first bad byte 0x\(hex.count < 2 ? "0" : "")\(hex) at "
                    + "offset \(offset), line \(line)); if it is Latin-1 or Windows-1252 text, convert it first, e.g. "
                    + "iconv -f WINDOWS-1252 -t UTF-8")
            }
        }
    }

    /// The error for UTF-16 text, with or without its byte-order mark.
    static func utf16Error(littleEndian: Bool, marked: Bool) -> ChronicleError {
        let order = littleEndian ? "LE" : "BE"
        return ChronicleError(.invalidUTF8, "the input is UTF-16\(marked ? "" : "\(order)") text, not UTF-8; convert it first, "
            + "e.g. iconv -f UTF-16\(marked ? "" : order) -t UTF-8")
    }

    /// Whether text holding NUL is UTF-16 read as bytes: ASCII letters with a NUL before (big-endian) or after
    /// (little-endian) each, in the first 256 bytes: `true` for little-endian, `false` for big-endian, `nil` otherwise.
    static func utf16ByteOrder(_ text: String) -> Bool? {
        var nulsAt = (even: 0, odd: 0)
        var count = 0
        for byte in text.utf8.prefix(256) {
            if byte == 0 { if count % 2 == 0 { nulsAt.even += 1 } else { nulsAt.odd += 1 } }
            count += 1
        }
        guard count >= 4 else { return nil }
        let pairs = count / 2
        if nulsAt.odd * 10 >= pairs * 9 && nulsAt.even * 10 <= pairs { return true }
        if nulsAt.even * 10 >= pairs * 9 && nulsAt.odd * 10 <= pairs { return false }
        return nil
    }

    /// Rejects text a tagger cannot work on: empty, blank, or binary.
    static func validate(_ text: String) throws(ChronicleError) {
        var sawText = false
        var controls = 0
        var scanned = 0
        for scalar in text.unicodeScalars {
            let value = scalar.value
            if value == 0 {
                if let littleEndian = utf16ByteOrder(text) { throw utf16Error(littleEndian: littleEndian, marked: false) }
                throw ChronicleError(.binaryData, "the input holds NUL bytes: it looks like binary data, not text")
            }
            if value < 32 && value != 9 && value != 10 && value != 13 && value != 12 { controls += 1 }
            if !Tokenizer.isSpace(value) { sawText = true }
            scanned += 1
            if scanned == 65_536 && sawText { break }
        }
        // Control characters are sampled in the first 64 Ki scalars; a NUL anywhere is binary.
        if scanned == 65_536, text.utf8.contains(0) {
            throw ChronicleError(.binaryData, "the input holds NUL bytes: it looks like binary data, not text")
        }
        guard sawText else { throw ChronicleError(.emptyText, "the text is empty") }
        if controls * 20 > min(scanned, 65_536) {
            throw ChronicleError(.binaryData, "the input holds control characters: it looks like binary data, not text")
        }
    }
}
