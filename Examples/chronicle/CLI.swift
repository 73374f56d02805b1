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
            throw ChronicleError(ChronicleError.Code(rawValue: "unreadable"), unreadable(path))
        }
        var given: Dateline?
        if let dateline { given = try Dateline(parsing: dateline, timeZone: timeZone ?? "UTC") }
        var article = try Article(utf8: bytes, dateline: given)
        if given == nil, let timeZone {
            // The header's dateline in the given zone (checked, and made canonical, by Dateline).
            var zoned = article.dateline
            zoned.timeZone = try Dateline(parsing: zoned.date.description, timeZone: timeZone).timeZone
            article = Article(text: article.text, dateline: zoned)
        }
        warn(path, article.dateline.warnings)
        return article
    }

    /// One line on standard error per dateline warning ("March 2023" names no day; a weekday that is not the date's,
    /// round 119); the article is read all the same, and the exit status is not changed.
    static func warn(_ path: String, _ warnings: [DatelineWarning]) {
        for warning in warnings {
            FileHandle.standardError.write(Data("chronicle: \(path == "-" ? "stdin" : path): warning: \(warning.message)\n".utf8))
        }
    }

    /// Why `path` cannot be read, for the one line on standard error.
    static func unreadable(_ path: String) -> String {
        var isFolder: ObjCBool = false
        if !FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) { return "no such file" }
        if isFolder.boolValue { return "is a folder, not a file (chronicle batch --dir reads a folder of articles)" }
        if !FileManager.default.isReadableFile(atPath: path) { return "permission denied" }
        return "cannot read the file"
    }

    /// Runs async work to completion from a synchronous command.
    ///
    /// The tool's entry point stays synchronous: valgrind (callgrind, DHAT) crashes on the async
    /// entry point's dispatch main thread, and the benchmark and profiles run under valgrind.
    static func blocking<T: Sendable>(_ body: @escaping @Sendable () async throws -> T) throws -> T {
        let box = ResultBox<T>()
        let done = DispatchSemaphore(value: 0)
        Task {
            do { box.result = .success(try await body()) } catch { box.result = .failure(error) }
            done.signal()
        }
        done.wait()
        return try box.result!.get()
    }

    /// One clear line on standard error.
    static func fail(_ path: String, _ error: any Error) {
        let chronicleError = error as? ChronicleError
        var message = "chronicle: \(path == "-" ? "stdin" : path): \(chronicleError?.message ?? "\(error)")"
        // A header without a dateline, or with an impossible one ("Feb 30, 2023"): how to give it.
        if chronicleError?.message.hasSuffix("give the article's date explicitly") == true { message += ", e.g. --dateline 2023-02-28" }
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

/// The result of async work, handed to the waiting thread once (guarded by a semaphore).
private final class ResultBox<T>: @unchecked Sendable {
    var result: Result<T, any Error>?
}
