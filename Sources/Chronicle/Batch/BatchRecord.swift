import FoundationEssentials

/// One input of a batch: a JSON Lines record, or a plain-text article (one file of a folder).
public enum BatchInput: Sendable {
    /// A JSON Lines record, `{"id": …, "text": …, "dateline": "2023-02-28", …}`, without its line
    /// break; `line` (1-based) is only used in error messages.
    case jsonLine([UInt8], line: Int)
    /// A plain-text article whose dateline is in its own header; `id` names it in the result.
    case document(id: String, utf8: [UInt8])

    /// The input's size in bytes.
    public var byteCount: Int {
        switch self {
        case .jsonLine(let bytes, _): bytes.count
        case .document(_, let bytes): bytes.count
        }
    }
}

/// The result of one input: one JSON Lines record, line break included.
///
/// A good record is `{"id": …, <the input's other fields>, "timeline": {…}}` (keys sorted),
/// the timeline being the object ``Timeline/json(prettyPrinted:)`` writes. A bad one is
/// `{"id": …, "error": {"code": …, "message": …}}` (`id` is `null` when it could not be read).
public struct BatchResult: Sendable {
    /// The JSON Lines record, ending in `\n`.
    public var line: [UInt8]
    /// Whether this is an error record.
    public var failed: Bool
}

extension ChronicleError.Code {
    /// Batch: the line is not one JSON object.
    public static let invalidJSON = ChronicleError.Code(rawValue: "invalidJSON")
    /// Batch: the record has no `text` string.
    public static let missingText = ChronicleError.Code(rawValue: "missingText")
}

extension BatchProcessor {
    /// The result record of one input; never throws: a bad input gives an error record.
    public func result(for input: BatchInput) -> BatchResult {
        switch input {
        case .document(let id, let bytes):
            do throws(ChronicleError) {
                return encode(ResultRecord(id: .string(id), fields: [:], outcome: .timeline(try timeline(Article(utf8: bytes)))))
            } catch {
                return encode(ResultRecord(id: .string(id), fields: [:], outcome: .error(error)))
            }
        case .jsonLine(let bytes, let line):
            return record(bytes, line: line)
        }
    }

    private func record(_ bytes: [UInt8], line: Int) -> BatchResult {
        func failure(_ id: JSONValue, _ code: ChronicleError.Code, _ message: String) -> BatchResult {
            encode(ResultRecord(id: id, fields: [:], outcome: .error(ChronicleError(code, "line \(line): \(message)"))))
        }
        // Invalid UTF-8 is reported as such, with the record's id when the rest of the line can be read.
        guard let text = String(validating: bytes, as: UTF8.self) else {
            let lossy = Self.decodeObject(Array(String(decoding: bytes, as: UTF8.self).utf8))
            return failure(lossy?["id"] ?? .null, .invalidUTF8, "the record is not valid UTF-8")
        }
        guard var fields = Self.decodeObject(Array(text.utf8)) else {
            return failure(.null, .invalidJSON, "not a JSON object")
        }
        let id = fields["id"] ?? .null
        guard case .string(let articleText)? = fields["text"] else {
            let kind = switch fields["text"] {
            case nil: "the record has no \"text\" field"
            case .null?: "\"text\" is null"
            case .bool?: "\"text\" is a boolean"
            case .integer?, .number?: "\"text\" is a number"
            case .array?: "\"text\" is an array"
            case .object?: "\"text\" is an object"
            case .string?: ""
            }
            return failure(id, .missingText, kind + "; it must be the article's text as a string")
        }
        do throws(ChronicleError) {
            let article: Article
            switch fields["dateline"] {
            case nil, .null?:
                article = try Article(utf8: Array(articleText.utf8))
            case .string(let dateline)?:
                article = try Article(utf8: Array(articleText.utf8), dateline: Dateline(parsing: dateline))
            default:
                throw ChronicleError(.invalidDateline, "\"dateline\" must be a string such as \"2023-02-28\"")
            }
            for key in Self.reservedKeys { fields[key] = nil }
            return encode(ResultRecord(id: id, fields: fields, outcome: .timeline(try timeline(article))))
        } catch {
            return failure(id, error.code, error.message)
        }
    }

    /// Input keys that are read, or that the result writes itself; never passed through.
    private static let reservedKeys = ["id", "text", "dateline", "timeline", "error"]

    private func timeline(_ article: Article) throws(ChronicleError) -> Timeline {
        try extractor.timeline(for: article)
    }

    /// One JSON object, or `nil` when the bytes are anything else.
    static func decodeObject(_ bytes: [UInt8]) -> [String: JSONValue]? {
        try? JSONDecoder().decode([String: JSONValue].self, from: Data(bytes))
    }

    private func encode(_ record: ResultRecord) -> BatchResult {
        // Strings, finite numbers, booleans and nulls only: encoding cannot fail.
        var line = (try? JSONStreamEncoder().encode(record)) ?? Array("{}".utf8)
        line.append(10)
        if case .error = record.outcome { return BatchResult(line: line, failed: true) }
        return BatchResult(line: line, failed: false)
    }
}

/// The output record: `id`, the passed-through fields, and `timeline` or `error`; keys sorted.
private struct ResultRecord: Encodable {
    enum Outcome {
        case timeline(Timeline)
        case error(ChronicleError)
    }

    let id: JSONValue
    let fields: [String: JSONValue]
    let outcome: Outcome

    struct Key: CodingKey {
        let stringValue: String
        init(_ string: String) { stringValue = string }
        init?(stringValue: String) { self.stringValue = stringValue }
        var intValue: Int? { nil }
        init?(intValue: Int) { nil }
    }

    struct ErrorBody: Encodable {
        let code: String
        let message: String
    }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: Key.self)
        try container.encode(id, forKey: Key("id"))
        for (key, value) in fields { try container.encode(value, forKey: Key(key)) }
        switch outcome {
        case .timeline(let timeline): try container.encode(TimelineJSON(timeline), forKey: Key("timeline"))
        case .error(let error): try container.encode(ErrorBody(code: error.code.rawValue, message: error.message), forKey: Key("error"))
        }
    }
}
