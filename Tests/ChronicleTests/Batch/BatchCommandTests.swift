import Foundation
import Testing
@testable import Chronicle

/// `chronicle batch` as users run it: the built binary in a child process.
@Suite("Batch command")
struct BatchCommandTests {
    static var binary: URL? {
        let beside = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
            .deletingLastPathComponent().appendingPathComponent("chronicle")
        let fromExe = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath().deletingLastPathComponent().appendingPathComponent("chronicle")
        return [beside, fromExe].first { FileManager.default.isExecutableFile(atPath: $0.path) }
    }

    /// Runs `chronicle ARGUMENTS` with `input` on standard input: exit status, stdout, stderr.
    static func run(_ arguments: [String], input: [UInt8] = []) throws -> (Int32, String, String) {
        let process = Process()
        let executable: URL = try #require(binary, "build the chronicle tool first (swift build)")
        process.executableURL = executable
        process.arguments = arguments
        let stdin = Pipe(), stdout = Pipe(), stderr = Pipe()
        process.standardInput = stdin
        process.standardOutput = stdout
        process.standardError = stderr
        try process.run()
        stdin.fileHandleForWriting.write(Data(input))
        try stdin.fileHandleForWriting.close()
        let out = stdout.fileHandleForReading.readDataToEndOfFile()
        let err = stderr.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: out, as: UTF8.self), String(decoding: err, as: UTF8.self))
    }

    static func records(_ output: String) throws -> [[String: Any]] {
        try output.split(separator: "\n").map { try #require(try JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any]) }
    }

    @Test func stdinToStdoutInOrderExitCodeSaysWhetherAnyFailed() throws {
        let lines = BatchProcessorTests.mixedLines(30)
        var input: [UInt8] = []
        for line in lines { input += line + [10, 10] }  // blank lines between records are skipped
        let (status, out, err) = try Self.run(["batch", "--jobs", "2"], input: input)
        #expect(status != 0)
        #expect(err.isEmpty, "no progress bar when standard error is not a terminal")
        let records = try Self.records(out)
        #expect(records.count == 30)
        #expect(records.enumerated().allSatisfy { $0.offset % 6 == 2 || $0.element["id"] as? Int == $0.offset })

        let good = Array(#"{"id":"g","text":"They met on Friday.","dateline":"2023-02-28"}"#.utf8) + [10]
        let (okStatus, okOut, _) = try Self.run(["batch", "-"], input: good + good)
        #expect(okStatus == 0)
        #expect(try Self.records(okOut).count == 2)
    }

    @Test func filesAndOutputOption() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("batch-files-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let a = folder.appendingPathComponent("a.jsonl"), b = folder.appendingPathComponent("b.jsonl")
        try Data(#"{"id":"a1","text":"Met on Friday.","dateline":"2023-02-28"}"#.utf8 + [10]).write(to: a)
        try Data(#"{"id":"b1","text":"Met on Monday.","dateline":"2023-02-28"}"#.utf8).write(to: b)
        let output = folder.appendingPathComponent("out.jsonl")
        let (status, out, _) = try Self.run(["batch", "--output", output.path, a.path, b.path])
        #expect(status == 0 && out.isEmpty)
        let records = try Self.records(try String(contentsOf: output, encoding: .utf8))
        #expect(records.compactMap { $0["id"] as? String } == ["a1", "b1"])
    }

    /// Round 57: a file that cannot be read says why, in one line on standard error ("cannot read the file" said
    /// nothing; a folder given to `batch` read as "read error"), and the other files are still read.
    @Test func unreadableInputsSayWhy() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("unreadable-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let missing = folder.appendingPathComponent("missing.txt").path
        let good = folder.appendingPathComponent("good.txt")
        try Data("2023-02-28\n\nThey met on Friday.\n".utf8).write(to: good)
        let (status, out, err) = try Self.run([folder.path, missing, good.path])
        #expect(status != 0)
        #expect(out.contains("Fri, Feb 24, 2023"))
        #expect(err == "chronicle: \(folder.path): is a folder, not a file (chronicle batch --dir reads a folder of articles)\n"
            + "chronicle: \(missing): no such file\n")
        let records = folder.appendingPathComponent("r.jsonl")
        try Data(#"{"id":1,"text":"They met on Friday.","dateline":"2023-02-28"}"#.utf8).write(to: records)
        let (batchStatus, batchOut, batchErr) = try Self.run(["batch", folder.path, missing, records.path])
        #expect(batchStatus != 0)
        #expect(try Self.records(batchOut).count == 1)
        #expect(batchErr == "chronicle: \(folder.path): is a folder, not a file (chronicle batch --dir reads a folder of articles)\n"
            + "chronicle: \(missing): no such file\n")
    }

    /// Round 57: `evaluate` on a folder that is missing, a file, or holds no TimeML says so in one line and fails (it
    /// printed Foundation's error dump after an empty ": ", and an empty folder scored 0.00 with exit status 0).
    @Test func evaluateOnABadFolderSaysWhy() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("evaluate-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("notes.txt")
        try Data("not TimeML".utf8).write(to: file)
        let missing = folder.appendingPathComponent("missing").path
        for (path, reason) in [(missing, "no such folder"), (file.path, "is a file, not a folder of TimeML documents"),
                               (folder.path, "no TimeML documents (*.tml) in the folder")] {
            let (status, out, err) = try Self.run(["evaluate", path])
            #expect(status != 0)
            #expect(out.isEmpty)
            #expect(err == "chronicle: \(path): \(reason)\n")
        }
    }

    /// `--dir`: every regular file is one article, by file name; subfolders are ignored.
    @Test func directoryMode() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("batch-dir-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("sub"), withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.copyItem(at: TestSupport.seedArticle, to: folder.appendingPathComponent("b-seed.txt"))
        try Data("2023-02-28\n\nThey met on Friday.\n".utf8).write(to: folder.appendingPathComponent("a-dated.txt"))
        try Data("No header, no date.\n".utf8).write(to: folder.appendingPathComponent("c-undated.txt"))
        let (status, out, _) = try Self.run(["batch", "--dir", folder.path])
        #expect(status != 0)
        let records = try Self.records(out)
        #expect(records.compactMap { $0["id"] as? String } == ["a-dated.txt", "b-seed.txt", "c-undated.txt"])
        #expect(records.map { $0["timeline"] != nil } == [true, true, false])
        #expect((records[2]["error"] as? [String: Any])?["code"] as? String == "missingDateline")
    }

    /// A usage error (round 147): one line on standard error and the usage status, not ArgumentParser's four.
    @Test func usageErrorsAreOneLine() throws {
        for arguments in [["extract", "--format", "xml", "a.txt"], ["extract", "--format"], ["batch", "--format", "xml"],
                          ["batch", "--jobs", "many", "a.jsonl"]] {
            let (status, out, err) = try Self.run(arguments)
            #expect(status == 64, "\(arguments)")
            #expect(out.isEmpty)
            #expect(err.hasPrefix("chronicle: ") && err.filter { $0 == "\n" }.count == 1, "\(arguments): \(err)")
        }
        let (status, out, _) = try Self.run(["extract", "--help"])
        #expect(status == 0 && out.contains("USAGE"))
    }

    /// An empty archive (round 158): no bytes, spaces only, blank lines only, a folder without files: status 0, no
    /// output, and one line on standard error that says so.
    @Test func emptyArchivesAreSaid() throws {
        for input in ["", "   \t  ", "\n\n\n", " \n\t\n"] {
            let (status, out, err) = try Self.run(["batch", "-"], input: Array(input.utf8))
            #expect(status == 0 && out.isEmpty, "\(input.debugDescription)")
            #expect(err == "chronicle: 0 records: the input holds no records (it is empty or only blank lines); the output is empty\n")
        }
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("batch-empty-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let (status, out, err) = try Self.run(["batch", "--dir", folder.path])
        #expect(status == 0 && out.isEmpty)
        #expect(err.hasPrefix("chronicle: 0 records: the folder ") && err.hasSuffix(" holds no files; the output is empty\n"))
    }

    /// A date counted past the year 9999 (round 158): unresolved, its reason in the Markdown and the JSON, and in a
    /// batch's record.
    @Test func farYearsSayWhyUnresolved() throws {
        let text = Array("Prices will rise next year.\n".utf8)
        let (status, out, _) = try Self.run(["extract", "--dateline", "9999-12-31", "-"], input: text)
        #expect(status == 0)
        #expect(out.contains("“next year”: unresolved: the date falls in the year 10000, and a TIMEX3 value's year has four digits"))
        #expect(!out.contains("10000-") && !out.contains("**10000"))
        let (_, json, _) = try Self.run(["extract", "--format", "json", "--dateline", "9999-12-31", "-"], input: text)
        #expect(json.contains("\"unresolvedReason\" : \"the date falls in the year 10000"))
        let record = Array(#"{"id":"far","text":"Prices will rise next year.","dateline":"9999-12-31"}"#.utf8) + [10]
        let (batchStatus, batchOut, _) = try Self.run(["batch", "-"], input: record)
        #expect(batchStatus == 0 && batchOut.contains("the date falls in the year 10000") && !batchOut.contains("\"10000\""))
    }
}
