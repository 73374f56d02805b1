import ArgumentParser
import Chronicle
import Foundation

/// `chronicle [extract] FILE...`: the timeline of each article.
struct Extract: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Print the timeline of one or more articles (the default command).",
        discussion: """
            Each FILE is a plain-text article; '-' reads standard input. The dateline comes from the \
            article's own header unless --dateline gives it.

            Examples:
              chronicle Examples/Articles/belarus-lukashenko-china-visit.txt
              chronicle --format json --dateline 2023-02-28 --time-zone Asia/Hong_Kong article.txt
              cat article.txt | chronicle --dateline "Feb. 28, 2023" -
              chronicle --output timelines.md a.txt b.txt
              chronicle --format timeml article.txt > article.tml
            """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case markdown, json, timeml
    }

    @Argument(help: "Article files ('-' for standard input).")
    var files: [String] = []

    @Option(name: .shortAndLong, help: "Output format: markdown, json or timeml.")
    var format: Format = .markdown

    @Option(help: "The article's date, for an article whose header has none or a wrong one (e.g. 2023-02-28, \"Feb. 28, 2023\" or 2023-02-28T10:00:00Z; a month alone, 2023-03 or \"March 2023\", leaves dates that need the day unresolved).")
    var dateline: String?

    @Option(help: "The article's time zone (an IANA identifier such as Asia/Hong_Kong).")
    var timeZone: String?

    @Option(help: "The locale dates are shown in (Markdown), e.g. en_US, fr_FR or de-DE; one ICU has no data for is an error.")
    var locale: String = "en_US"

    @Flag(help: "Narrative mode: resolve dates without a year against the last date mentioned (histories, encyclopaedias).")
    var narrative = false

    @Option(name: .shortAndLong, help: "Write to FILE instead of standard output.")
    var output: String?

    func validate() throws {
        if files.isEmpty { throw ValidationError("Give at least one article file, or '-' for standard input.") }
    }

    func run() throws {
        let displayLocale: DisplayLocale
        do {
            displayLocale = try DisplayLocale(locale)
        } catch {
            FileHandle.standardError.write(Data("chronicle: --locale: \(error.message)\n".utf8))
            throw ExitCode.validationFailure
        }
        let extractor = TimelineExtractor(options: .init(narrative: narrative))
        var rendered: [String] = []
        var failed = false
        for file in files {
            do {
                let article = try CLI.readArticle(file, dateline: dateline, timeZone: timeZone)
                let timeline = try extractor.timeline(for: article)
                switch format {
                case .markdown: rendered.append(timeline.markdown(in: displayLocale))
                case .json: rendered.append(timeline.json())
                case .timeml: rendered.append(timeline.timeML(for: article, documentID: file))
                }
            } catch {
                CLI.fail(file, error)
                failed = true
            }
        }
        let text = format == .json && files.count > 1 ? "[\n" + rendered.joined(separator: ",\n") + "\n]\n"
            : rendered.joined(separator: format == .json ? "\n" : "\n---\n\n") + (format == .json ? "\n" : "")
        if !rendered.isEmpty { try CLI.write(text, to: output) }
        if failed { throw ExitCode.failure }
    }
}
