import Testing
@testable import Chronicle

/// One shared `TimelineExtractor` serves many tasks at once (ICU handles come from pools, one
/// borrower each); every result equals the sequential one. Run under `--sanitize=thread` too.
@Suite("Robustness: concurrency")
struct RobustnessConcurrencyTests {
    /// 50 different small articles, each with its own dateline, so results cannot be mixed up unnoticed.
    static let articles: [Article] = (0..<50).map { index in
        let day = CalendarDate(year: 2000 + index % 24, month: 1 + index % 12, day: 1 + index % 28)
        let text = """
            Officials met on Friday, \(index) days after the vote in March. Talks resume next week and run \
            from Tuesday to Thursday; the deal was signed last year, a decade ago, on \(1 + index % 28) May \(1990 + index).
            """
        return Article(text: text, dateline: Dateline(date: day, source: "Wire \(index)"))
    }

    @Test func sharedExtractorAcrossTasks() async throws {
        let extractor = TimelineExtractor()
        let sequential = try Self.articles.map { try extractor.timeline(for: $0) }
        let concurrent = try await withThrowingTaskGroup(of: (Int, [Timeline]).self) { group in
            for task in 0..<8 {
                group.addTask {
                    // Each task walks all 50 articles, starting at a different one.
                    let order = (0..<Self.articles.count).map { ($0 + task * 7) % Self.articles.count }
                    var results = [Timeline?](repeating: nil, count: Self.articles.count)
                    for index in order { results[index] = try extractor.timeline(for: Self.articles[index]) }
                    return (task, results.map { $0! })
                }
            }
            var all: [[Timeline]] = []
            for try await (_, results) in group { all.append(results) }
            return all
        }
        #expect(concurrent.count == 8)
        for results in concurrent {
            #expect(results == sequential)
            #expect(results.map { $0.markdown() } == sequential.map { $0.markdown() })
        }
        #expect(sequential.allSatisfy { !$0.events.isEmpty })
    }

    @Test func datelineParsingAcrossTasks() async throws {
        let texts = ["2023-02-28", "Feb. 28, 2023", "28 February 2023", "Tue February 28, 2023", "2/28/2023"]
        let parsed = try await withThrowingTaskGroup(of: [CalendarDate].self) { group in
            for _ in 0..<8 {
                group.addTask { try (0..<50).map { try Dateline(parsing: texts[$0 % texts.count]).date } }
            }
            var all: [[CalendarDate]] = []
            for try await dates in group { all.append(dates) }
            return all
        }
        #expect(parsed.allSatisfy { $0.allSatisfy { $0 == CalendarDate(year: 2023, month: 2, day: 28) } })
    }
}
