import ArgumentParser
import Chronicle
import Foundation

@main
struct ChronicleCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "chronicle",
        abstract: "Extract a dated event timeline from news articles.",
        subcommands: [Extract.self, Evaluate.self, Batch.self, Benchmark.self],
        defaultSubcommand: Extract.self
    )
}
