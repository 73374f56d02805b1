import Foundation
import Testing
@testable import Chronicle

/// Ordered parallel processing and the JSON Lines reader.
@Suite("Batch processor")
struct BatchProcessorTests {
    /// A mix of good and bad records; record `i` has id `i` where it can carry one.
    static func mixedLines(_ count: Int) -> [[UInt8]] {
        (0..<count).map { i -> [UInt8] in
            switch i % 6 {
            case 0: Array(#"{"id":\#(i),"text":"They met on Friday and again last year.","dateline":"2023-02-28","n":\#(i)}"#.utf8)
            case 1: Array(#"{"id":\#(i),"text":"No date here."}"#.utf8)
            case 2: Array(#"{"id":\#(i),"#.utf8)  // invalid JSON: no id can be read
            case 3: Array(#"{"id":\#(i)}"#.utf8)
            case 4: Array(#"{"id":\#(i),"text":"caf"#.utf8) + [0xFF] + Array(#" on Monday","dateline":"2023-02-28"}"#.utf8)
            default: Array(#"{"id":\#(i),"text":"In September 2022 and on \u00e9 Sunday.","dateline":"Feb. 28, 2023"}"#.utf8)
            }
        }
    }

    static func run(_ lines: [[UInt8]], jobs: Int, chunkBytes: Int) async throws -> ([[String: Any]], BatchProcessor.Progress) {
        var iterator = lines.enumerated().makeIterator()
        var output: [UInt8] = []
        var reports = 0
        let totals = try await BatchProcessor(jobs: jobs, chunkBytes: chunkBytes).run(
            next: { iterator.next().map { .jsonLine($0.element, line: $0.offset + 1) } },
            write: { output += $0 },
            progress: { _ in reports += 1 })
        #expect(reports > 0 || lines.isEmpty)
        let records = try output.split(separator: 10, omittingEmptySubsequences: false).dropLast().map {
            try #require(try JSONSerialization.jsonObject(with: Data($0)) as? [String: Any])
        }
        return (records, totals)
    }

    @Test(arguments: [(1, 1), (2, 300), (4, 1 << 20), (3, 64)])
    func nInputsGiveNOutputsInOrder(jobs: Int, chunkBytes: Int) async throws {
        let lines = Self.mixedLines(120)
        let (records, totals) = try await Self.run(lines, jobs: jobs, chunkBytes: chunkBytes)
        #expect(records.count == 120)
        #expect(totals.records == 120)
        #expect(totals.failed == 80)  // kinds 1-4 of every 6
        for (i, record) in records.enumerated() {
            if i % 6 == 2 {
                #expect(record["id"] is NSNull)
            } else {
                #expect(record["id"] as? Int == i)
            }
            #expect((record["timeline"] != nil) == (i % 6 == 0 || i % 6 == 5), "record \(i)")
            if i % 6 == 0 { #expect(record["n"] as? Int == i) }
        }
    }

    @Test func emptyInputGivesNoOutput() async throws {
        let (records, totals) = try await Self.run([], jobs: 2, chunkBytes: 100)
        #expect(records.isEmpty && totals == BatchProcessor.Progress())
    }

    /// Blank lines are not records: they are skipped and give no output; line numbers still count them.
    @Test func readerSkipsBlankLinesAndHandlesCRLFAndAMissingFinalNewline() throws {
        let text = "{\"a\":1}\r\n\n   \n\t\n{\"b\":2}\n\n{\"c\":3}"
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("batch-reader-\(UUID().uuidString).jsonl")
        try Data(text.utf8).write(to: url)
        defer { try? FileManager.default.removeItem(at: url) }
        let fd = open(url.path, O_RDONLY)
        defer { close(fd) }
        var reader = JSONLinesReader(descriptor: fd)
        var got: [(String, Int)] = []
        while let input = reader.next() {
            guard case .jsonLine(let bytes, let line) = input else { Issue.record("not a line"); continue }
            got.append((String(decoding: bytes, as: UTF8.self), line))
        }
        #expect(got.map(\.0) == [#"{"a":1}"#, #"{"b":2}"#, #"{"c":3}"#])
        #expect(got.map(\.1) == [1, 5, 7])
    }

    @Test func readerCopesWithLinesLongerThanItsBlock() throws {
        let long = #"{"id":"long","text":""# + String(repeating: "word ", count: 600_000) + #"on Friday.","dateline":"2023-02-28"}"#
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("batch-long-\(UUID().uuidString).jsonl")
        try Data((long + "\n" + #"{"id":"short"}"# + "\n").utf8).write(to: url)
        defer { try? FileManager.default.removeItem(at: url) }
        let fd = open(url.path, O_RDONLY)
        defer { close(fd) }
        var reader = JSONLinesReader(descriptor: fd)
        #expect(reader.next()?.byteCount == long.utf8.count)
        #expect(reader.next()?.byteCount == 14)
        #expect(reader.next() == nil)
    }
}
