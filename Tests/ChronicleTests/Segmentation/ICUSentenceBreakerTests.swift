import Foundation
import Testing
@testable import Chronicle

/// ICU reads a shortened text, the middles of long plain runs cut out (`PlainRuns` in `ChronicleICU`): the sentence ends
/// must be those of the whole text.
@Suite struct ICUSentenceBreakerTests {
    private func expectSameEnds(_ text: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let scalars = Array(text.unicodeScalars)
        let skipping = try SentenceSplitter.sentenceEnds(scalars)
        let whole = try SentenceSplitter.sentenceEnds(scalars, skippingPlainRuns: false)
        #expect(skipping == whole, sourceLocation: sourceLocation)
    }

    /// Abbreviations (the `ss=standard` exceptions) at the ends of long runs, periods before lowercase words far on,
    /// initials, numbers, quotes and brackets after a period, and runs without a letter.
    @Test func edgesOfLongRuns() throws {
        let long = "the quick brown fox jumps over the lazy dog again and again"
        let texts = [
            "\(long) with Mr. Smith and \(long). Then \(long) at 5 p.m. Sunday \(long).",
            "\(long) in the U.S. \(long) and Hon.B.A. holders \(long) vs. them \(long) e.g. this.",
            "\(long) rose 3.5 percent \(long) \"as it did.\" \(long) (in 2009.) \(long)! And \(long)? yes \(long)",
            "\(long).   \(long)   ,  \(long).\n\n\(long) 1234567890 1234567890 1234567890 1234567890. \(long)",
            "\(long). 12345678901234567890123456789012345, 1234567890123 \(long). ... \(long)",
            "\(long) — “\(long).” \(long)… \(long) Ph.D. \(long) Lt.Cdr. \(long) approx. \(long)",
            "NAIROBI, Kenya (AP) _\n\n\(long) J. R. R. Tolkien \(long) at No. 10 \(long).",
            "Ph.D. \(long)\nLt.Cdr. \(long).\n\(long) U.S.\n\(long)\r\n  \(long). \n\(long)\u{1}\(long).\u{1} \(long)",
        ]
        for text in texts { try expectSameEnds(text) }
    }

    /// Every text of the gold corpora, tags and all.
    @Test func corpora() throws {
        let folder = TestSupport.shared.appendingPathComponent("corpora")
        for corpus in ["timebank", "aquaint", "wikiwars"] {
            let directory = folder.appendingPathComponent(corpus)
            guard let files = try? FileManager.default.contentsOfDirectory(atPath: directory.path) else { continue }
            for file in files.sorted() {
                try expectSameEnds(try TestSupport.read(directory.appendingPathComponent(file)))
            }
        }
    }
}
