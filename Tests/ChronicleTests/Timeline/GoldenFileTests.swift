import Foundation
import Testing
@testable import Chronicle

/// The seed's Markdown and JSON against golden files. Re-record with `CHRONICLE_RECORD=1 swift test`.
@Suite("Golden files")
struct GoldenFileTests {
    static let folder = TestSupport.packageRoot.appendingPathComponent("Tests/ChronicleTests/Golden")

    static func check(_ actual: String, against name: String) throws {
        let url = folder.appendingPathComponent(name)
        if ProcessInfo.processInfo.environment["CHRONICLE_RECORD"] == "1" {
            try actual.write(to: url, atomically: true, encoding: .utf8)
        }
        let expected = try TestSupport.read(url)
        #expect(actual == expected, "\(name) differs from the golden file; re-record with CHRONICLE_RECORD=1 if the change is intended")
    }

    @Test func seedMarkdown() throws {
        let (_, timeline) = try TestSupport.seedTimeline()
        try Self.check(timeline.markdown(locale: "en_US"), against: "seed.md")
    }

    @Test func seedJSON() throws {
        let (_, timeline) = try TestSupport.seedTimeline()
        try Self.check(timeline.json() + "\n", against: "seed.json")
    }

    @Test func jsonOffsetsPointAtTheExpressionText() throws {
        let (article, timeline) = try TestSupport.seedTimeline()
        let scalars = Array(article.text.unicodeScalars)
        for expression in timeline.expressions {
            var view = String.UnicodeScalarView()
            view.append(contentsOf: scalars[expression.start..<expression.end])
            #expect(String(view) == expression.text)
        }
    }

    /// The command-line tool, run with another time zone and locale, prints exactly the golden Markdown.
    @Test func outputIgnoresTheMachinesTimeZoneAndLocale() throws {
        let executable = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
            .deletingLastPathComponent().appendingPathComponent("chronicle")
        let binary = FileManager.default.fileExists(atPath: executable.path) ? executable
            : URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath().deletingLastPathComponent().appendingPathComponent("chronicle")
        try #require(FileManager.default.fileExists(atPath: binary.path), "build the chronicle tool first (swift build)")
        for (zone, lang) in [("Pacific/Kiritimati", "de_DE.UTF-8"), ("America/Adak", "ja_JP.UTF-8"), ("UTC", "C")] {
            let process = Process()
            process.executableURL = binary
            process.arguments = [TestSupport.seedArticle.path]
            process.environment = ["TZ": zone, "LANG": lang, "LC_ALL": lang, "PATH": "/usr/bin:/bin"]
            let pipe = Pipe()
            process.standardOutput = pipe
            try process.run()
            let output = pipe.fileHandleForReading.readDataToEndOfFile()
            process.waitUntilExit()
            #expect(process.terminationStatus == 0)
            #expect(String(decoding: output, as: UTF8.self) == (try TestSupport.read(Self.folder.appendingPathComponent("seed.md"))), "TZ=\(zone) LANG=\(lang)")
        }
    }
}
