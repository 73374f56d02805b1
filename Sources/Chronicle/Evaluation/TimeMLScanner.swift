/// A minimal XML tokenizer over UTF-8 bytes, enough for TimeML: tags with attributes, text, entities,
/// comments, processing instructions, DOCTYPE and CDATA. It checks no schema; ``TimeMLParser`` checks nesting.
struct TimeMLScanner {
    /// One piece of the file.
    enum Token {
        /// `<name a="v" …>` or `<name … />`.
        case open(name: String, attributes: [String: String], selfClosing: Bool)
        /// `</name>`.
        case close(name: String)
        /// Character data between tags, as a byte range, entities still encoded; `raw` for CDATA (never decoded).
        case text(Range<Int>, raw: Bool)
    }

    /// The file's bytes.
    let bytes: [UInt8]
    /// Where the next token starts.
    private(set) var position = 0

    init(_ xml: String) {
        bytes = Array(xml.utf8)
    }

    /// The next token, or `nil` at the end of the file; throws a reason (without the document name).
    mutating func next() throws(TimeMLScanFailure) -> Token? {
        guard position < bytes.count else { return nil }
        if bytes[position] != UInt8(ascii: "<") {
            let start = position
            while position < bytes.count, bytes[position] != UInt8(ascii: "<") { position += 1 }
            return .text(start..<position, raw: false)
        }
        if has("<!--") { try skip(past: "-->", what: "comment"); return try next() }
        if has("<?") { try skip(past: "?>", what: "processing instruction"); return try next() }
        if has("<![CDATA[") {
            let start = position + 9
            try skip(past: "]]>", what: "CDATA section")
            return .text(start..<(position - 3), raw: true)
        }
        if has("<!") { try skip(past: ">", what: "declaration"); return try next() }
        return try tag()
    }

    /// The 1-based line of a byte offset, for messages.
    func line(at offset: Int) -> Int {
        var line = 1
        for byte in bytes[..<min(offset, bytes.count)] where byte == UInt8(ascii: "\n") { line += 1 }
        return line
    }

    // MARK: - Tags

    private mutating func tag() throws(TimeMLScanFailure) -> Token {
        let tagStart = position
        position += 1
        let closing = position < bytes.count && bytes[position] == UInt8(ascii: "/")
        if closing { position += 1 }
        let name = readName()
        guard !name.isEmpty else { throw TimeMLScanFailure(offset: tagStart, reason: "malformed tag") }
        var attributes: [String: String] = [:]
        while true {
            skipSpace()
            guard position < bytes.count else { throw TimeMLScanFailure(offset: tagStart, reason: "unterminated <\(name)> tag") }
            switch bytes[position] {
            case UInt8(ascii: ">"):
                position += 1
                return closing ? .close(name: name) : .open(name: name, attributes: attributes, selfClosing: false)
            case UInt8(ascii: "/") where !closing && position + 1 < bytes.count && bytes[position + 1] == UInt8(ascii: ">"):
                position += 2
                return .open(name: name, attributes: attributes, selfClosing: true)
            default:
                guard !closing else { throw TimeMLScanFailure(offset: tagStart, reason: "malformed </\(name)> tag") }
                let key = readName()
                skipSpace()
                guard !key.isEmpty, position < bytes.count, bytes[position] == UInt8(ascii: "=") else {
                    throw TimeMLScanFailure(offset: tagStart, reason: "malformed attribute in <\(name)> tag")
                }
                position += 1
                skipSpace()
                attributes[key] = try readQuoted(tagStart: tagStart, tag: name)
            }
        }
    }

    private mutating func readName() -> String {
        let start = position
        while position < bytes.count {
            switch bytes[position] {
            case UInt8(ascii: " "), UInt8(ascii: "\t"), UInt8(ascii: "\n"), UInt8(ascii: "\r"),
                 UInt8(ascii: "/"), UInt8(ascii: ">"), UInt8(ascii: "="), UInt8(ascii: "<"):
                return String(decoding: bytes[start..<position], as: UTF8.self)
            default:
                position += 1
            }
        }
        return String(decoding: bytes[start..<position], as: UTF8.self)
    }

    private mutating func readQuoted(tagStart: Int, tag: String) throws(TimeMLScanFailure) -> String {
        guard position < bytes.count, bytes[position] == UInt8(ascii: "\"") || bytes[position] == UInt8(ascii: "'") else {
            throw TimeMLScanFailure(offset: tagStart, reason: "unquoted attribute value in <\(tag)> tag")
        }
        let quote = bytes[position]
        let start = position + 1
        position = start
        while position < bytes.count, bytes[position] != quote { position += 1 }
        guard position < bytes.count else { throw TimeMLScanFailure(offset: tagStart, reason: "unterminated attribute value in <\(tag)> tag") }
        var value: [UInt8] = []
        Self.decode(bytes[start..<position], raw: false, into: &value)
        position += 1
        return String(decoding: value, as: UTF8.self)
    }

    private mutating func skipSpace() {
        while position < bytes.count {
            switch bytes[position] {
            case UInt8(ascii: " "), UInt8(ascii: "\t"), UInt8(ascii: "\n"), UInt8(ascii: "\r"): position += 1
            default: return
            }
        }
    }

    private func has(_ prefix: StaticString) -> Bool {
        let count = prefix.utf8CodeUnitCount
        guard position + count <= bytes.count else { return false }
        return prefix.withUTF8Buffer { buffer in
            for k in 0..<count where bytes[position + k] != buffer[k] { return false }
            return true
        }
    }

    private mutating func skip(past terminator: StaticString, what: String) throws(TimeMLScanFailure) {
        let start = position
        while position < bytes.count {
            if has(terminator) { position += terminator.utf8CodeUnitCount; return }
            position += 1
        }
        throw TimeMLScanFailure(offset: start, reason: "unterminated \(what)")
    }

    // MARK: - Character data

    /// Appends `source` to `output` with XML entities decoded (unless `raw`), and returns how many Unicode
    /// scalars it appended. Unknown or malformed entities are kept as written.
    @discardableResult
    static func decode(_ source: ArraySlice<UInt8>, raw: Bool, into output: inout [UInt8]) -> Int {
        var scalars = 0
        var i = source.startIndex
        while i < source.endIndex {
            let byte = source[i]
            if byte == UInt8(ascii: "&"), !raw, let (scalar, length) = entity(in: source, at: i) {
                var encoded = [UInt8]()
                UTF8.encode(scalar) { encoded.append($0) }
                output.append(contentsOf: encoded)
                scalars += 1
                i += length
                continue
            }
            output.append(byte)
            if byte & 0xC0 != 0x80 { scalars += 1 }
            i += 1
        }
        return scalars
    }

    /// The scalar an entity at `index` (which holds `&`) stands for, and the entity's length in bytes.
    private static func entity(in source: ArraySlice<UInt8>, at index: Int) -> (Unicode.Scalar, Int)? {
        var end = index + 1
        while end < source.endIndex, end - index <= 12, source[end] != UInt8(ascii: ";") { end += 1 }
        guard end < source.endIndex, source[end] == UInt8(ascii: ";") else { return nil }
        let body = String(decoding: source[(index + 1)..<end], as: UTF8.self)
        let length = end - index + 1
        switch body {
        case "amp": return ("&", length)
        case "lt": return ("<", length)
        case "gt": return (">", length)
        case "quot": return ("\"", length)
        case "apos": return ("'", length)
        default:
            guard body.hasPrefix("#") else { return nil }
            let digits = body.dropFirst()
            let number: UInt32? = digits.hasPrefix("x") || digits.hasPrefix("X")
                ? UInt32(digits.dropFirst(), radix: 16) : UInt32(digits, radix: 10)
            guard let number, let scalar = Unicode.Scalar(number) else { return nil }
            return (scalar, length)
        }
    }
}

/// Why scanning stopped, at which byte.
struct TimeMLScanFailure: Error {
    var offset: Int
    var reason: String
}
