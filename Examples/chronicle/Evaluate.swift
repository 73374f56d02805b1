import ArgumentParser
import Chronicle
import Foundation

/// `chronicle evaluate GOLD_DIR...`: TempEval-3 Task A scores on TimeML gold corpora.
struct Evaluate: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Score the tagger on TimeML gold corpora as TempEval-3 Task A does.",
        discussion: """
            Each GOLD_DIR holds TimeML documents (*.tml). Each document's tag-stripped text is tagged \
            with its <DCT> creation time as the dateline, then scored: strict and relaxed precision, \
            recall and F1; type and value accuracy and F1; event anchoring accuracy per gold link (the \
            gold event is among the events we tied the expression to) and per gold expression (the one \
            trigger a timeline shows is one of the expression's gold events).

            Examples:
              chronicle evaluate ../shared/corpora/timebank ../shared/corpora/aquaint
              chronicle evaluate --narrative ../shared/corpora/wikiwars
              chronicle evaluate --errors 20 ../shared/corpora/timebank
              chronicle evaluate --anchor-errors 20 ../shared/corpora/timebank
              chronicle evaluate --format json ../shared/corpora/timebank
            """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable { case markdown, json }

    @Argument(help: "Folders of TimeML gold documents.")
    var goldDirectories: [String]

    @Flag(help: "Narrative mode: resolve against the last mentioned date (histories, Wikipedia).")
    var narrative = false

    @Option(help: "List the N most frequent error families with examples.")
    var errors: Int = 0

    @Option(help: "List the N most frequent families of wrong anchors (by the trigger we chose) with examples.")
    var anchorErrors: Int = 0

    @Option(help: "How many examples to show for each error family.")
    var examples: Int = 3

    @Flag(help: "Also list the score of every document.")
    var perDocument = false

    @Option(name: .shortAndLong, help: "Output format: markdown or json.")
    var format: Format = .markdown

    func run() throws {
        let evaluator = Evaluator(extractor: TimelineExtractor(options: .init(narrative: narrative)))
        var results: [(String, Evaluator.CorpusResult)] = []
        for directory in goldDirectories {
            let url = URL(fileURLWithPath: directory)
            let documents: [TimeMLDocument]
            do {
                documents = try TimeMLDocument.load(directory: url)
            } catch {
                FileHandle.standardError.write(Data("chronicle: \(directory): \(error)\n".utf8))
                throw ExitCode.failure
            }
            if documents.isEmpty {
                FileHandle.standardError.write(Data("chronicle: \(directory): no TimeML documents (*.tml) in the folder\n".utf8))
                throw ExitCode.failure
            }
            let name = url.standardizedFileURL.lastPathComponent
            results.append((name, evaluator.evaluate(documents, name: name)))
        }
        let text = format == .json ? json(results) : markdown(results)
        FileHandle.standardOutput.write(Data(text.utf8))
    }

    private func markdown(_ results: [(String, Evaluator.CorpusResult)]) -> String {
        var out = "| corpus | docs | strict P | strict R | strict F1 | relaxed P | relaxed R | relaxed F1 | type F1 | value acc | value F1 | anchoring per link | anchoring per expression |\n"
        out += "|---|---|---|---|---|---|---|---|---|---|---|---|---|\n"
        for (_, result) in results { out += row(result.score) }
        for (name, result) in results {
            if perDocument {
                out += "\n## \(name): documents\n\n| document | docs | strict P | strict R | strict F1 | relaxed P | relaxed R | relaxed F1 | type F1 | value acc | value F1 | anchoring per link | anchoring per expression |\n"
                out += "|---|---|---|---|---|---|---|---|---|---|---|---|---|\n"
                for score in result.documents { out += row(score) }
            }
            if errors > 0 {
                out += "\n## \(name): the \(errors) most frequent error families\n\n"
                out += list(TempEvalScorer.families(of: result.errors, top: errors, examples: examples))
            }
            if anchorErrors > 0 {
                out += "\n## \(name): the \(anchorErrors) most frequent wrong-anchor families\n\n"
                out += "The expression is in [brackets], the gold event in {braces}, our trigger in <angle brackets>.\n\n"
                out += list(TempEvalScorer.families(of: result.anchoringErrors, top: anchorErrors, examples: examples))
            }
        }
        return out
    }

    private func list(_ families: [TempEvalErrorFamily]) -> String {
        var out = ""
        for family in families {
            out += "- **\(family.count)× \(family.key)**\n"
            for example in family.examples {
                out += "  - \(example.document): \(example.summary) — “\(example.context)”\n"
            }
        }
        return out
    }

    private func row(_ score: TempEvalScore) -> String {
        func p(_ value: Double) -> String { String(format: "%.2f", value * 100) }
        let cells = [score.name, "\(score.documents)", p(score.strict.precision), p(score.strict.recall), p(score.strict.f1),
                     p(score.relaxed.precision), p(score.relaxed.recall), p(score.relaxed.f1), p(score.type.f1),
                     p(score.value.accuracy), p(score.value.f1),
                     "\(p(score.anchoring.accuracy)) (\(score.anchoring.correct)/\(score.anchoring.total))",
                     "\(p(score.anchoring.expressionAccuracy)) (\(score.anchoring.expressionsCorrect)/\(score.anchoring.expressions))"]
        return "| " + cells.joined(separator: " | ") + " |\n"
    }

    private func json(_ results: [(String, Evaluator.CorpusResult)]) -> String {
        struct Output: Encodable {
            struct Corpus: Encodable {
                let score: TempEvalScore
                let documents: [TempEvalScore]?
                let errorFamilies: [TempEvalErrorFamily]?
                let anchoringErrorFamilies: [TempEvalErrorFamily]?
                func encode(to encoder: any Encoder) throws {
                    try score.encode(to: encoder)
                    var container = encoder.container(keyedBy: Keys.self)
                    try container.encodeIfPresent(documents, forKey: .perDocument)
                    try container.encodeIfPresent(errorFamilies, forKey: .errorFamilies)
                    try container.encodeIfPresent(anchoringErrorFamilies, forKey: .anchoringErrorFamilies)
                }
                enum Keys: String, CodingKey { case perDocument, errorFamilies, anchoringErrorFamilies }
            }
            let corpora: [Corpus]
        }
        let output = Output(corpora: results.map { _, result in
            Output.Corpus(score: result.score, documents: perDocument ? result.documents : nil,
                          errorFamilies: errors > 0 ? TempEvalScorer.families(of: result.errors, top: errors, examples: examples) : nil,
                          anchoringErrorFamilies: anchorErrors > 0
                              ? TempEvalScorer.families(of: result.anchoringErrors, top: anchorErrors, examples: examples) : nil)
        })
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted]
        return String(decoding: (try? encoder.encode(output)) ?? Data(), as: UTF8.self) + "\n"
    }
}
