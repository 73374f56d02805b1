import ArgumentParser
import Chronicle
import Foundation

/// Input, output and error reporting shared by the subcommands.
enum CLI {
    /// Reads an article file ('-' for standard input) and applies an explicit dateline if given.
    static func readArticle(_ path: String, dateline: String?, timeZone: String?) throws -> Article {
        let bytes: Data
        do {
            bytes = path == "-" ? FileHandle.standardInput.readDataToEndOfFile() : try Data(contentsOf: URL(fileURLWithPath: path))
        } catch {
            throw ChronicleError(ChronicleError.Code(rawValue: "unreadable"), "cannot read the file")
        }
        var given: Dateline?
        if let dateline { given = try Dateline(parsing: dateline, timeZone: timeZone ?? "UTC") }
        var article = try Article(utf8: bytes, dateline: given)
        if given == nil, let timeZone {
            var zoned = article.dateline
            zoned.timeZone = timeZone
            article = try Article(utf8: bytes, dateline: Dateline(parsing: zoned.date.description, place: zoned.place, source: zoned.source, timeZone: timeZone))
        }
        return article
    }

    /// One clear line on standard error.
    static func fail(_ path: String, _ error: any Error) {
        let chronicleError = error as? ChronicleError
        var message = "chronicle: \(path == "-" ? "stdin" : path): \(chronicleError?.message ?? "\(error)")"
        if chronicleError?.code == .missingDateline { message += " with --dateline 2023-02-28" }
        FileHandle.standardError.write(Data((message + "\n").utf8))
    }

    /// Writes to a file, or to standard output.
    static func write(_ text: String, to path: String?) throws {
        if let path {
            do {
                try Data(text.utf8).write(to: URL(fileURLWithPath: path))
            } catch {
                FileHandle.standardError.write(Data("chronicle: cannot write \(path)\n".utf8))
                throw ExitCode.failure
            }
        } else {
            FileHandle.standardOutput.write(Data(text.utf8))
        }
    }
}
