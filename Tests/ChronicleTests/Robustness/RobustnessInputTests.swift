import Testing
@testable import Chronicle

/// Input the pipeline cannot work on fails with a typed error and a reason; odd but valid text
/// gives a result.
@Suite("Robustness: degenerate input")
struct RobustnessInputTests {
    @Test func emptyTextIsAnError() {
        #expect(Robust.code { _ = try Article(text: "") } == .emptyText)
        #expect(Robust.code { _ = try Article(utf8: [UInt8](), dateline: Robust.dateline) } == .emptyText)
    }

    @Test func whitespaceOnlyIsAnError() {
        let blank = " \t\n\r\n\u{A0}\u{2003}\u{3000}\n"
        #expect(Robust.code { _ = try Article(text: blank) } == .emptyText)
        #expect(Robust.code { _ = try Article(utf8: Array(blank.utf8), dateline: Robust.dateline) } == .emptyText)
        // Without validation (the explicit-dateline initialiser) it is simply an empty timeline.
        let (_, timeline) = try! Robust.timeline(blank)
        #expect(timeline.expressions.isEmpty && timeline.events.isEmpty)
    }

    @Test func invalidUTF8IsAnErrorNamingTheOffset() {
        let bytes = Array("Officials met on Friday ".utf8) + [0xED, 0xA0, 0x80] + Array(" again.".utf8)  // a UTF-16 surrogate
        do {
            _ = try Article(utf8: bytes, dateline: Robust.dateline)
            Issue.record("accepted invalid UTF-8")
        } catch {
            #expect(error.code == .invalidUTF8)
            #expect(error.message.contains("offset 24"))
        }
        #expect(Robust.code { _ = try Article(utf8: [0xFF, 0xFE, 0x41], dateline: Robust.dateline) } == .invalidUTF8)
        #expect(Robust.code { _ = try Article(utf8: [0xC0, 0xAF], dateline: Robust.dateline) } == .invalidUTF8)  // overlong "/"
    }

    /// Round 57: a text past the default limit (32 Mi scalars; it was 256 Mi, which took some 18 GB) is refused at once,
    /// before the pipeline allocates for it, with a message naming the option; under the limit it is read.
    @Test func textPastTheLimitIsRefusedAtOnce() throws {
        let limit = TimelineExtractor.Options.defaultMaximumLength
        #expect(limit == 32 << 20)
        let huge = Article(text: String(repeating: "x", count: limit + 1), dateline: Robust.dateline, skipsHeader: false)
        do {
            _ = try TimelineExtractor().timeline(for: huge)
            Issue.record("accepted a text past the limit")
        } catch {
            #expect(error.code == .inputTooLarge)
            #expect(error.message == "the text has \(limit + 1) characters, more than the limit of \(limit) "
                + "(TimelineExtractor.Options.maximumLength); split it into its articles")
        }
        // Scalars, not bytes: 40 three-byte scalars (120 bytes) pass a limit of 50.
        let small = Article(text: String(repeating: "€", count: 40) + " on Friday", dateline: Robust.dateline, skipsHeader: false)
        #expect(throws: Never.self) { _ = try TimelineExtractor(options: .init(maximumLength: 50)).timeline(for: small) }
        #expect(throws: ChronicleError.self) { _ = try TimelineExtractor(options: .init(maximumLength: 49)).timeline(for: small) }
    }

    @Test func nulBytesAreBinaryData() {
        let bytes = Array("2023-02-28\nOfficials met on Friday.".utf8) + [0] + Array("More text.".utf8)
        #expect(Robust.code { _ = try Article(utf8: bytes) } == .binaryData)
        #expect(Robust.code { _ = try Article(utf8: bytes, dateline: Robust.dateline) } == .binaryData)
        // Far past the first 64 Ki scalars, too.
        let late = String(repeating: "Officials met on Friday. ", count: 5_000) + "\u{0}"
        #expect(Robust.code { _ = try Article(utf8: Array(late.utf8), dateline: Robust.dateline) } == .binaryData)
        // Unvalidated text with NUL still gives a result, not a crash.
        let (article, timeline) = try! Robust.timeline("On Friday\u{0}\u{0} and on Monday\u{0}.")
        #expect(timeline.expressions.map(\.text) == ["Friday", "Monday"])
        #expect(Robust.offsetsAreValid(timeline, in: article))
    }
}
