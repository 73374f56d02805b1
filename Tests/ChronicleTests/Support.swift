import Foundation
@testable import Chronicle

/// Paths and helpers shared by the tests.
enum TestSupport {
    /// The package's root folder.
    static let packageRoot: URL = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    /// The shared folder beside the checkout (`../shared`), which holds the seed and the gold corpora.
    static let shared: URL = packageRoot.deletingLastPathComponent().appendingPathComponent("shared")
    /// The seed article, as the project keeps it.
    static let seedArticle = packageRoot.appendingPathComponent("Examples/Articles/belarus-lukashenko-china-visit.txt")

    static func read(_ url: URL) throws -> String { try String(contentsOf: url, encoding: .utf8) }

    /// The seed article read with nothing but its own header.
    static func seedTimeline() throws -> (Article, Timeline) {
        let article = try Article(text: read(seedArticle))
        return (article, try TimelineExtractor().timeline(for: article))
    }

    /// The timeline of one sentence written on `dateline` (UTC).
    static func timeline(_ text: String, dateline: String, narrative: Bool = false) throws -> Timeline {
        let article = Article(text: text, dateline: try Dateline(parsing: dateline), skipsHeader: false)
        return try TimelineExtractor(options: .init(narrative: narrative)).timeline(for: article)
    }
}
