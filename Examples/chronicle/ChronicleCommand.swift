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

    /// Parses and runs the command. A usage error (an unknown option, `--format xml`, a missing value) is one line on
    /// standard error, "chronicle: …", and the usage status 64 (round 147; ArgumentParser wrote the error, the option's
    /// help and the whole usage, four lines); `--help` and `--version` and the commands' own errors are as before.
    static func main() {
        let command: ParsableCommand
        do {
            command = try parseAsRoot()
        } catch {
            let status = exitCode(for: error)
            guard status != .success else { exit(withError: error) }
            let message = self.message(for: error).split(separator: "\n").first.map(String.init) ?? "invalid arguments"
            FileHandle.standardError.write(Data("chronicle: \(message) (see chronicle help)\n".utf8))
            Foundation.exit(status.rawValue)
        }
        do {
            var command = command
            try command.run()
        } catch {
            exit(withError: error)
        }
    }
}
