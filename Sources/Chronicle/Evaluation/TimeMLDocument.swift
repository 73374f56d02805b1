/// A TimeML document (`.tml`) with the gold annotations that TempEval-3 Task A scoring needs.
///
/// All offsets are counted in Unicode scalars into ``text``, with exclusive ends, so
/// `Array(text.unicodeScalars)[start..<end]` is the annotated text.
public struct TimeMLDocument: Sendable, Hashable {
    /// The document's name (for files loaded with ``load(directory:)``, the file name without `.tml`).
    public var name: String
    /// The content of `<TEXT>…</TEXT>` with every tag removed and XML entities decoded:
    /// exactly the string a tagger is run on.
    public var text: String
    /// The value of the dateline (the `<DCT>` TIMEX3), e.g. `"1998-01-08"`; when there is no `<DCT>`,
    /// the value of the first TIMEX3 whose `functionInDocument` is `CREATION_TIME` or `PUBLICATION_TIME`.
    public var creationTime: String?
    /// The gold TIMEX3 expressions inside `<TEXT>`, in document order. The dateline (`tid="t0"`) is never among them.
    public var timexes: [TimexAnnotation]
    /// The gold EVENTs inside `<TEXT>`, in document order.
    public var events: [EventAnnotation]
    /// Links that anchor an event on a gold TIMEX3 of ``timexes`` (never on the dateline), in file order, without duplicates.
    public var anchorLinks: [AnchorLink]

    /// Makes a document from its parts.
    public init(
        name: String, text: String, creationTime: String?,
        timexes: [TimexAnnotation], events: [EventAnnotation], anchorLinks: [AnchorLink]
    ) {
        self.name = name
        self.text = text
        self.creationTime = creationTime
        self.timexes = timexes
        self.events = events
        self.anchorLinks = anchorLinks
    }

    /// Parses the contents of a `.tml` file.
    /// - Parameters:
    ///   - xml: the whole file as a string.
    ///   - name: the name to give the document, used in error messages and error reports.
    /// - Throws: ``TimeMLParseError`` when the file is not well-formed enough to read (no `<TEXT>`,
    ///   an unterminated tag, mismatched or unclosed elements).
    public init(parsing xml: String, name: String) throws(TimeMLParseError) {
        self = try TimeMLParser(xml: xml, name: name).parse()
    }

    /// The gold event with this `eid`, if any.
    public func event(withID eid: String) -> EventAnnotation? {
        events.first { $0.eid == eid }
    }

    /// The gold TIMEX3 with this `tid`, if any.
    public func timex(withID tid: String) -> TimexAnnotation? {
        timexes.first { $0.tid == tid }
    }
}

/// A temporal expression: a gold TIMEX3 or one found by a system.
public struct TimexAnnotation: Sendable, Hashable, Codable {
    /// The gold `tid` (e.g. `"t12"`); `nil` for system expressions.
    public var tid: String?
    /// Offset of the first Unicode scalar of the expression in the document text.
    public var start: Int
    /// Offset just past the last Unicode scalar of the expression (exclusive).
    public var end: Int
    /// The TIMEX3 `type`: `DATE`, `TIME`, `DURATION` or `SET`.
    public var type: String
    /// The normalised TIMEX3 `value`, e.g. `"1998-W05"` (empty when the annotation has none).
    public var value: String
    /// The TIMEX3 `mod` (e.g. `"START"`), if any.
    public var mod: String?
    /// The expression's text; may be left empty for system expressions (reports take it from the document).
    public var text: String
    /// System side: the span of the event trigger the system anchored on this expression, if any; `nil` in gold.
    public var trigger: Range<Int>?
    /// System side: the spans of the other events the system tied this expression to (``Event/secondaryTriggers``);
    /// empty in gold.
    public var secondaryTriggers: [Range<Int>]

    /// Makes an annotation.
    public init(
        tid: String? = nil, start: Int, end: Int, type: String, value: String,
        mod: String? = nil, text: String = "", trigger: Range<Int>? = nil, secondaryTriggers: [Range<Int>] = []
    ) {
        self.secondaryTriggers = secondaryTriggers
        self.tid = tid
        self.start = start
        self.end = end
        self.type = type
        self.value = value
        self.mod = mod
        self.text = text
        self.trigger = trigger
    }

    /// The expression's span, `start..<end`.
    public var range: Range<Int> { start..<end }

    private enum CodingKeys: String, CodingKey {
        case tid, start, end, type, value, mod, text, trigger, secondaryTriggers
    }

    /// Decodes an annotation; `secondaryTriggers` may be absent (written before it existed).
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        tid = try container.decodeIfPresent(String.self, forKey: .tid)
        start = try container.decode(Int.self, forKey: .start)
        end = try container.decode(Int.self, forKey: .end)
        type = try container.decode(String.self, forKey: .type)
        value = try container.decode(String.self, forKey: .value)
        mod = try container.decodeIfPresent(String.self, forKey: .mod)
        text = try container.decode(String.self, forKey: .text)
        trigger = try container.decodeIfPresent(Range<Int>.self, forKey: .trigger)
        secondaryTriggers = try container.decodeIfPresent([Range<Int>].self, forKey: .secondaryTriggers) ?? []
    }
}

/// A gold EVENT: its text span and the event instances (`eiid`) that MAKEINSTANCE made of it.
public struct EventAnnotation: Sendable, Hashable, Codable {
    /// The event id, e.g. `"e12"`.
    public var eid: String
    /// The instance ids (`eiid`) of this event, in file order; usually exactly one.
    public var eiids: [String]
    /// The event's text (its trigger word).
    public var text: String
    /// Offset of the first Unicode scalar of the trigger in the document text.
    public var start: Int
    /// Offset just past the trigger (exclusive).
    public var end: Int

    /// Makes an event annotation.
    public init(eid: String, eiids: [String] = [], text: String, start: Int, end: Int) {
        self.eid = eid
        self.eiids = eiids
        self.text = text
        self.start = start
        self.end = end
    }

    /// The trigger's span, `start..<end`.
    public var range: Range<Int> { start..<end }
}

/// A TLINK that anchors an event on a gold TIMEX3.
///
/// The relation is always stated from the event's side: a TLINK written `t INCLUDES e` is stored as
/// `e IS_INCLUDED t` (likewise `BEGINS`↔`BEGUN_BY`, `ENDS`↔`ENDED_BY`; `DURING` and `SIMULTANEOUS` stay).
public struct AnchorLink: Sendable, Hashable, Codable {
    /// The anchored event's `eid`.
    public var eventID: String
    /// The anchoring TIMEX3's `tid`.
    public var timexID: String
    /// The relation of the event to the timex: one of ``AnchorLink/anchoringRelations``.
    public var relType: String

    /// Makes an anchor link.
    public init(eventID: String, timexID: String, relType: String) {
        self.eventID = eventID
        self.timexID = timexID
        self.relType = relType
    }

    /// The TLINK relation types that count as anchoring an event on a time.
    public static let anchoringRelations: Set<String> = [
        "IS_INCLUDED", "DURING", "SIMULTANEOUS", "BEGINS", "ENDS", "BEGUN_BY", "ENDED_BY", "INCLUDES",
    ]

    /// The same relation seen from the other side (`INCLUDES` ↔ `IS_INCLUDED`, …); symmetric ones unchanged.
    public static func inverse(of relType: String) -> String {
        switch relType {
        case "INCLUDES": "IS_INCLUDED"
        case "IS_INCLUDED": "INCLUDES"
        case "BEGINS": "BEGUN_BY"
        case "BEGUN_BY": "BEGINS"
        case "ENDS": "ENDED_BY"
        case "ENDED_BY": "ENDS"
        default: relType
        }
    }
}

/// A `.tml` file that cannot be read.
public struct TimeMLParseError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The document's name (file name without `.tml`).
    public var name: String
    /// What is wrong, with a line number where there is one.
    public var reason: String

    /// Makes an error.
    public init(name: String, reason: String) {
        self.name = name
        self.reason = reason
    }

    /// `"NAME: reason"`, or the reason alone when the error is the folder's (an empty name).
    public var description: String { name.isEmpty ? reason : "\(name): \(reason)" }
}
