/// The one error type Chronicle throws: a code to switch on and a message for people.
///
/// An expression that cannot be resolved is not an error: it stays in the timeline with
/// ``TemporalExpression/unresolvedReason``. Errors are for input the pipeline cannot work on at all.
public struct ChronicleError: Error, Sendable, Hashable, CustomStringConvertible {
    /// What went wrong, in a form code can switch on.
    public struct Code: RawRepresentable, Sendable, Hashable, CustomStringConvertible {
        /// The code's name.
        public let rawValue: String
        /// Creates a code from its name.
        public init(rawValue: String) { self.rawValue = rawValue }
        /// The code's name.
        public var description: String { rawValue }

        /// The text is empty or only whitespace.
        public static let emptyText = Code(rawValue: "emptyText")
        /// The bytes are not valid UTF-8.
        public static let invalidUTF8 = Code(rawValue: "invalidUTF8")
        /// The input looks like binary data (NUL or other control bytes), not text.
        public static let binaryData = Code(rawValue: "binaryData")
        /// No dateline was given and none was found in the article's header.
        public static let missingDateline = Code(rawValue: "missingDateline")
        /// A dateline was given or found but is not a valid date.
        public static let invalidDateline = Code(rawValue: "invalidDateline")
        /// A time zone identifier that ICU does not know.
        public static let invalidTimeZone = Code(rawValue: "invalidTimeZone")
        /// A locale identifier ICU has no data for (see ``DisplayLocale``).
        public static let invalidLocale = Code(rawValue: "invalidLocale")
        /// The input is larger than the configured limit.
        public static let inputTooLarge = Code(rawValue: "inputTooLarge")
        /// ICU failed (the message names the call).
        public static let icu = Code(rawValue: "icu")
    }

    /// What went wrong.
    public let code: Code
    /// One line for people, saying what was wrong and, where it helps, what to do.
    public let message: String

    /// Creates an error.
    public init(_ code: Code, _ message: String) {
        self.code = code
        self.message = message
    }

    /// The message.
    public var description: String { message }
}
