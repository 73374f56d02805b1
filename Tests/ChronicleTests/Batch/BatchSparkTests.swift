import Foundation
import Testing
@testable import Chronicle

/// Examples/spark/chronicle_spark.py: `chronicle batch` under PySpark's `RDD.pipe`, local mode.
@Suite("Batch on Spark")
struct BatchSparkTests {
    /// Whether `python3 -c "import pyspark"` succeeds (pyspark from PyPI; Spark also needs Java 17).
    static let pysparkInstalled: Bool = {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-c", "import pyspark"]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        guard (try? process.run()) != nil else { return false }
        process.waitUntilExit()
        return process.terminationStatus == 0
    }()

    // Skipped (and reported as skipped) when pyspark is not installed: `pip install pyspark` enables it.
    @Test(.enabled(if: pysparkInstalled, "pyspark is not installed (pip install pyspark); the Spark example was not run"),
          .timeLimit(.minutes(5)))
    func sparkPipesTheArchiveThroughChronicleBatch() throws {
        let binary = try #require(BatchCommandTests.binary, "build the chronicle tool first (swift build)")
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("batch-spark-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let input = folder.appendingPathComponent("archive.jsonl")
        var archive = Data()
        for line in BatchProcessorTests.mixedLines(60) { archive.append(contentsOf: line + [10]) }
        try archive.write(to: input)

        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", TestSupport.packageRoot.appendingPathComponent("Examples/spark/chronicle_spark.py").path,
                             "--chronicle", binary.path, "--master", "local[2]", "--partitions", "3",
                             input.path, folder.appendingPathComponent("out").path]
        let stdout = Pipe()
        process.standardOutput = stdout
        process.standardError = FileHandle.nullDevice
        try process.run()
        let summaryData = stdout.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        let summary = try #require(String(decoding: summaryData, as: UTF8.self).split(separator: "\n").last)
        let totals = try #require(try JSONSerialization.jsonObject(with: Data(summary.utf8)) as? [String: Any])
        #expect(totals["records"] as? Int == 60)
        // 40 fail under `chronicle batch` alone, but Spark's textFile decodes lines as UTF-8 and replaces
        // invalid bytes with U+FFFD, so the 10 records with an invalid byte reach chronicle repaired.
        #expect(totals["errors"] as? Int == 30)

        // Part files, in partition order, hold the results in input order.
        let parts = try FileManager.default.contentsOfDirectory(atPath: folder.appendingPathComponent("out").path)
            .filter { $0.hasPrefix("part-") }.sorted()
        var ids: [Any] = []
        for part in parts {
            let text = try String(contentsOf: folder.appendingPathComponent("out/\(part)"), encoding: .utf8)
            for line in text.split(separator: "\n") {
                let record = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
                ids.append(record["id"] ?? NSNull())
            }
        }
        #expect(ids.count == 60)
        #expect(ids.enumerated().allSatisfy { $0.offset % 6 == 2 ? $0.element is NSNull : ($0.element as? Int) == $0.offset })
    }
}
