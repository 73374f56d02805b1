import ArgumentParser
@_spi(Benchmark) import Chronicle
import Foundation

/// `chronicle benchmark`: throughput, allocations, peak memory and scaling on the gold corpora's text.
///
/// Why a subcommand and not a `Benchmarks/` package: it builds with the tool (no second package whose first
/// build takes minutes), measures the very binary users run, and can run that binary's `batch` as a child
/// process to read its own peak memory (`wait4`'s `ru_maxrss`). See Documentation/Performance.md.
struct Benchmark: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Measure throughput, allocations, peak memory and scaling (see Documentation/Performance.md).",
        discussion: """
            Reads the text of the TimeML corpora (tags stripped), builds JSON Lines archives of 1 MB and --size-mb MB from it in --work-dir, and prints a Markdown table. Allocations are counted with valgrind's DHAT when valgrind is installed. Build in release mode first:

              swift build -c release && .build/release/chronicle benchmark ../shared/corpora
            """
    )

    enum Stage: String, ExpressibleByArgument { case load, recognition, pipeline }

    @Argument(help: "The corpora folder (its subfolders hold *.tml files).")
    var corpora: String = "../shared/corpora"

    @Option(help: "Size of the large archive, in MB.")
    var sizeMB: Int = 100

    @Option(help: "Where the archives are generated (never inside the repository).")
    var workDir: String = "/tmp/chronicle-benchmark"

    @Option(help: "Minimum seconds per in-process throughput measurement.")
    var seconds: Double = 3

    @Flag(help: "Skip the allocation count (valgrind).")
    var skipAllocations = false

    @Flag(help: "Only the two in-process throughput rows (recognition, whole pipeline): a quick check while optimising.")
    var throughputOnly = false

    @Option(help: .hidden) var only: Stage?
    @Option(help: .hidden) var archive: String?

    func run() throws {
        if let only, let archive { return try runStage(only, archive: archive) }
        let documents = try loadCorpora()
        let corpusBytes = documents.reduce(0) { $0 + $1.text.utf8.count }
        print("# chronicle benchmark\n")
        print("- machine: \(ProcessInfo.processInfo.activeProcessorCount) cores, \(String(format: "%.1f", Double(ProcessInfo.processInfo.physicalMemory) / 1_073_741_824)) GiB")
        print("- corpus: \(documents.count) documents of \(corpora), \(mb(corpusBytes)) MB of text")
        print("- load average at start: \(loadAverage()) (other processes skew the wall-clock figures; CPU seconds do not)\n")
        print("| measure | value |\n|---|---|")

        let extractor = TimelineExtractor()
        let recognition = measure(bytes: corpusBytes) { for document in documents { _ = extractor.recognizeOnly(document.text) } }
        print("| recognition alone, 1 core (corpus in memory) | \(f(recognition)) MB/s |")
        let pipeline = measure(bytes: corpusBytes) {
            for document in documents {
                let article = Article(text: document.text, dateline: try! Dateline(parsing: document.dateline))
                _ = try? extractor.timeline(for: article).json(prettyPrinted: false)
            }
        }
        print("| whole pipeline, 1 core (dateline → JSON, corpus in memory) | \(f(pipeline)) MB/s |")
        if throughputOnly { return }

        try FileManager.default.createDirectory(atPath: workDir, withIntermediateDirectories: true)
        let small = try makeArchive(documents, megabytes: 1)
        let large = try makeArchive(documents, megabytes: sizeMB)
        let smallBytes = fileSize(small), largeBytes = fileSize(large)

        // Linear scaling, in process, one job: the large archive's time against 100 × the small one's.
        var smallTimes: [Double] = []
        for _ in 0..<5 { smallTimes.append(try timeBatch(small, jobs: 1)) }
        let smallTime = smallTimes.sorted()[2]
        let largeTime = try timeBatch(large, jobs: 1)
        let ratio = largeTime / (smallTime * Double(largeBytes) / Double(smallBytes))
        print("| batch 1 MB, 1 job, in process (median of 5) | \(f(smallTime * 1000)) ms (\(f(Double(smallBytes) / smallTime / 1e6)) MB/s) |")
        print("| batch \(sizeMB) MB, 1 job, in process | \(f(largeTime)) s (\(f(Double(largeBytes) / largeTime / 1e6)) MB/s) |")
        print("| linearity: time(\(sizeMB) MB) / (size ratio × time(1 MB)) | \(String(format: "%.3f", ratio)) (target ≤ 1.2) |")

        // Batch scaling and peak memory: the real command in a child process, output to /dev/null.
        let cores = ProcessInfo.processInfo.activeProcessorCount
        var oneJob = 0.0
        for jobs in 1...cores {
            let (seconds, cpu, maxRSS, status) = try spawn(["batch", "--jobs", "\(jobs)", "--output", "/dev/null", large])
            if jobs == 1 { oneJob = seconds }
            print("| `chronicle batch --jobs \(jobs)` on \(sizeMB) MB | \(f(seconds)) s (CPU \(f(cpu)) s), \(f(Double(largeBytes) / seconds / 1e6)) MB/s, speed-up \(String(format: "%.2f", oneJob / seconds))×, peak RSS \(f(Double(maxRSS) / 1024)) MB, exit \(status), load \(loadAverage()) |")
        }

        // Linear scaling on run-on text: the corpus without full stops or line breaks, one "sentence" of 2 MB against
        // one of 512 KB (look-ups stop at a window, not at the sentence's edge: Reliability.md). After the child processes,
        // whose peak memory would count this process's: `posix_spawn` shares its memory until the child execs.
        let runOn = runOnText(documents, bytes: 1 << 21)
        let runOnQuarter = String(decoding: runOn.utf8.prefix(1 << 19), as: UTF8.self)
        let runOnRatio = timePipeline(runOn) / (4 * timePipeline(runOnQuarter))
        print("| linearity on run-on text: time(2 MB) / (4 × time(512 KB)), one sentence without full stops | \(String(format: "%.3f", runOnRatio)) (target ≤ 1.2) |")

        if !skipAllocations, let valgrind = which("valgrind") {
            let base = try dhatBlocks(valgrind, ["benchmark", "--only", "load", "--archive", small])
            let recognition = try dhatBlocks(valgrind, ["benchmark", "--only", "recognition", "--archive", small])
            let pipeline = try dhatBlocks(valgrind, ["benchmark", "--only", "pipeline", "--archive", small])
            let text = Double(try recordTexts(small).reduce(0) { $0 + $1.text.utf8.count }) / 1e6
            print("| allocations per MB of text, recognition alone (DHAT, 1 MB archive) | \(Int(Double(recognition - base) / text)) |")
            print("| allocations per MB of text, whole pipeline (DHAT, 1 MB archive) | \(Int(Double(pipeline - base) / text)) |")
        }
    }

    // MARK: Measurements

    /// MB/s of `body` over `bytes`, repeated for at least `seconds`.
    private func measure(bytes: Int, _ body: () -> Void) -> Double {
        body()  // warm up: ICU handles, lexicon
        let clock = ContinuousClock()
        var rounds = 0
        let start = clock.now
        repeat { body(); rounds += 1 } while (clock.now - start) < .seconds(seconds)
        return Double(bytes * rounds) / seconds(clock.now - start) / 1e6
    }

    /// The corpus text run on into one sentence of about `bytes` bytes: full stops, question and exclamation marks and
    /// line breaks become spaces.
    private func runOnText(_ documents: [Record], bytes: Int) -> String {
        var text: [UInt8] = []
        text.reserveCapacity(bytes)
        while text.count < bytes {
            for byte in documents.lazy.flatMap(\.text.utf8) {
                text.append([0x2E, 0x3F, 0x21, 0x0A, 0x0D].contains(byte) ? 0x20 : byte)
                if text.count == bytes { break }
            }
        }
        return String(decoding: text, as: UTF8.self)
    }

    /// Seconds of the whole pipeline (dateline → JSON) on `text`, the fastest of five runs.
    private func timePipeline(_ text: String) -> Double {
        let extractor = TimelineExtractor()
        let article = Article(text: text, dateline: try! Dateline(parsing: "2013-03-22"))
        let clock = ContinuousClock()
        let times = (0..<5).map { _ in
            let start = clock.now
            _ = try? extractor.timeline(for: article).json(prettyPrinted: false)
            return seconds(clock.now - start)
        }
        return times.min()!
    }

    private func timeBatch(_ path: String, jobs: Int) throws -> Double {
        let fd = open(path, O_RDONLY)
        defer { close(fd) }
        let clock = ContinuousClock()
        let start = clock.now
        _ = try CLI.blocking {
            var reader = JSONLinesReader(descriptor: fd)
            return try await BatchProcessor(jobs: jobs).run(next: { reader.next() }, write: { _ in })
        }
        return seconds(clock.now - start)
    }

    /// Runs this executable with `arguments`: wall seconds, CPU seconds, peak RSS (KiB) and exit status.
    private func spawn(_ arguments: [String], executable: String? = nil) throws -> (Double, Double, Int, Int32) {
        let path = executable ?? selfPath()
        let argv = ([path] + arguments).map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        var pid: pid_t = 0
        let clock = ContinuousClock()
        let start = clock.now
        guard posix_spawn(&pid, path, nil, nil, argv, environ) == 0 else { throw ValidationError("cannot run \(path)") }
        var status: Int32 = 0
        var usage = rusage()
        wait4(pid, &status, 0, &usage)
        let cpu = Double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) + Double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6
        return (seconds(clock.now - start), cpu, Int(usage.ru_maxrss), (status >> 8) & 0xFF)
    }

    /// Heap blocks allocated by `chronicle ARGUMENTS` under valgrind's DHAT.
    private func dhatBlocks(_ valgrind: String, _ arguments: [String]) throws -> Int {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: valgrind)
        process.arguments = ["--tool=dhat", "--dhat-out-file=/dev/null", selfPath()] + arguments
        let pipe = Pipe()
        process.standardError = pipe
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        let log = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        // "==123== Total:     1,234 bytes in 56 blocks"
        guard let line = log.split(separator: "\n").first(where: { $0.contains("Total:") }),
              let blocks = line.split(separator: " ").dropLast().last.map({ $0.replacingOccurrences(of: ",", with: "") }),
              let count = Int(blocks) else { throw ValidationError("unexpected DHAT output:\n\(log)") }
        return count
    }

    /// The child stages DHAT counts: `load` reads and decodes the records, the others also run a stage.
    private func runStage(_ stage: Stage, archive: String) throws {
        let records = try recordTexts(archive)
        let extractor = TimelineExtractor()
        var total = 0
        for record in records {
            switch stage {
            case .load: total += record.text.utf8.count
            case .recognition: total += extractor.recognizeOnly(record.text)
            case .pipeline:
                let article = Article(text: record.text, dateline: try Dateline(parsing: record.dateline))
                total += try extractor.timeline(for: article).json(prettyPrinted: false).utf8.count
            }
        }
        print(total)
    }

    // MARK: Inputs

    struct Record: Codable { var id: String; var dateline: String; var text: String }

    private func loadCorpora() throws -> [Record] {
        let root = URL(fileURLWithPath: corpora)
        let folders = try FileManager.default.contentsOfDirectory(atPath: corpora).sorted()
            .filter { (try? FileManager.default.contentsOfDirectory(atPath: root.appendingPathComponent($0).path))?.contains { $0.hasSuffix(".tml") } ?? false }
        var records: [Record] = []
        for folder in folders {
            for document in try TimeMLDocument.load(directory: root.appendingPathComponent(folder)) {
                guard let dct = document.creationTime?.prefix(10) else { continue }
                records.append(Record(id: "\(folder)/\(document.name)", dateline: String(dct), text: document.text))
            }
        }
        guard !records.isEmpty else { throw ValidationError("no TimeML documents under \(corpora)") }
        return records
    }

    /// Writes (once) a JSON Lines archive of at least `megabytes` MB, cycling through the corpus.
    private func makeArchive(_ documents: [Record], megabytes: Int) throws -> String {
        let path = "\(workDir)/archive-\(megabytes)MB.jsonl"
        if FileManager.default.fileExists(atPath: path) { return path }
        _ = FileManager.default.createFile(atPath: path, contents: nil)
        let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: path))
        defer { try? handle.close() }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.withoutEscapingSlashes]
        var written = 0
        var round = 0
        while written < megabytes * 1_000_000 {
            var block = Data()
            for document in documents where written + block.count < megabytes * 1_000_000 {
                var record = document
                record.id += "#\(round)"
                block.append(try encoder.encode(record))
                block.append(10)
            }
            handle.write(block)
            written += block.count
            round += 1
        }
        return path
    }

    private func recordTexts(_ path: String) throws -> [Record] {
        let decoder = JSONDecoder()
        return try Data(contentsOf: URL(fileURLWithPath: path)).split(separator: 10).map { try decoder.decode(Record.self, from: Data($0)) }
    }

    // MARK: Helpers

    private func loadAverage() -> String {
        var loads = [0.0, 0.0, 0.0]
        return getloadavg(&loads, 3) == 3 ? String(format: "%.2f", loads[0]) : "?"
    }
    private func selfPath() -> String { URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath().path }
    private func fileSize(_ path: String) -> Int { ((try? FileManager.default.attributesOfItem(atPath: path)[.size]) as? Int) ?? 0 }
    private func seconds(_ duration: Duration) -> Double {
        Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18
    }
    private func mb(_ bytes: Int) -> String { String(format: "%.2f", Double(bytes) / 1e6) }
    private func f(_ value: Double) -> String { String(format: value >= 100 ? "%.0f" : "%.2f", value) }
    private func which(_ tool: String) -> String? {
        (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin").split(separator: ":")
            .map { "\($0)/\(tool)" }.first { FileManager.default.isExecutableFile(atPath: $0) }
    }
}
