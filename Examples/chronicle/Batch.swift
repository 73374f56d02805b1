import ArgumentParser
import Chronicle
import Foundation

/// `chronicle batch [FILE...]`: JSON Lines in, JSON Lines out, on every core.
struct Batch: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Extract timelines from a JSON Lines archive (or a folder of articles), in parallel.",
        discussion: """
            Each input line is a record {"id": …, "text": …, "dateline": "2023-02-28", …}; "dateline" may be left out when the text carries its own header. Each record gives one output line, in input order: {"id": …, <other input fields>, "timeline": {…}}, or {"id": …, "error": {"code": …, "message": …}} for a bad record (invalid JSON or UTF-8, no text, no dateline). Blank lines are skipped.

            The exit code is non-zero iff some record failed. A progress bar is drawn on standard error when it is a terminal. See Documentation/Scaling.md.

            Examples:
              chronicle batch archive.jsonl > timelines.jsonl
              zcat archive.jsonl.gz | chronicle batch --jobs 8 --output timelines.jsonl
              chronicle batch --dir Examples/Articles
            """
    )

    @Argument(help: "JSON Lines files ('-' or nothing for standard input).")
    var files: [String] = []

    @Option(help: "A folder whose regular files are plain-text articles (one record each, id = file name).")
    var dir: String?

    @Option(name: .shortAndLong, help: "Parallel jobs (default: the number of cores).")
    var jobs: Int = ProcessInfo.processInfo.activeProcessorCount

    @Option(name: .shortAndLong, help: "Write to FILE instead of standard output.")
    var output: String?

    @Flag(help: "Narrative mode: resolve dates without a year against the last date mentioned.")
    var narrative = false

    func validate() throws {
        if dir != nil && !files.isEmpty { throw ValidationError("Give either FILE arguments or --dir, not both.") }
        if jobs < 1 { throw ValidationError("--jobs must be at least 1.") }
    }

    func run() throws {
        let out = try openOutput()
        let (files, dir) = (files, dir)
        let processor = BatchProcessor(extractor: TimelineExtractor(options: .init(narrative: narrative)), jobs: jobs)
        let failed = try CLI.blocking {
            var inputs = try Inputs(files: files, dir: dir)
            var bar = ProgressBar(total: inputs.totalBytes)
            let totals = try await processor.run(
                next: { try inputs.next() },
                write: { try Self.write($0, to: out) },
                progress: { bar.update($0) }
            )
            bar.finish(totals)
            // Round 158: an empty archive (no bytes, only blank lines or spaces, a folder without files) is no error, but
            // is said: one line on standard error, terminal or not, and the exit status 0.
            if totals.records == 0, inputs.unreadable == 0 {
                let what = dir.map { "the folder \($0) holds no files" } ?? "the input holds no records (it is empty or only blank lines)"
                FileHandle.standardError.write(Data("chronicle: 0 records: \(what); the output is empty\n".utf8))
            }
            return totals.failed > 0 || inputs.unreadable > 0
        }
        if out != STDOUT_FILENO { close(out) }
        if failed { throw ExitCode.failure }
    }

    private func openOutput() throws -> Int32 {
        guard let output else { return STDOUT_FILENO }
        let fd = open(output, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        if fd < 0 {
            FileHandle.standardError.write(Data("chronicle: cannot write \(output)\n".utf8))
            throw ExitCode.failure
        }
        return fd
    }

    static func write(_ bytes: [UInt8], to fd: Int32) throws {
        var done = 0
        while done < bytes.count {
            let count = bytes.withUnsafeBytes { Glibc.write(fd, $0.baseAddress! + done, bytes.count - done) }
            if count < 0 && errno == EINTR { continue }
            guard count > 0 else {
                FileHandle.standardError.write(Data("chronicle: cannot write the output\n".utf8))
                throw ExitCode.failure
            }
            done += count
        }
    }
}

/// The records of the JSON Lines files one after the other, or the articles of a folder.
private struct Inputs {
    var paths: [String]
    var isFolder: Bool
    var reader: JSONLinesReader?
    var fd: Int32 = -1
    /// The file being read.
    var current = ""
    var unreadable = 0
    /// The input size when every input is a regular file (for the progress bar's ETA).
    var totalBytes: Int?

    init(files: [String], dir: String?) throws {
        if let dir {
            isFolder = true
            let folder = URL(fileURLWithPath: dir)
            guard let names = try? FileManager.default.contentsOfDirectory(atPath: dir) else {
                FileHandle.standardError.write(Data("chronicle: cannot list \(dir)\n".utf8))
                throw ExitCode.failure
            }
            paths = names.sorted().map { folder.appendingPathComponent($0).path }.filter {
                (try? FileManager.default.attributesOfItem(atPath: $0)[.type] as? FileAttributeType) == .typeRegular
            }
        } else {
            isFolder = false
            paths = files.isEmpty ? ["-"] : files
        }
        var total = 0
        for path in paths {
            var info = stat()
            let ok = path == "-" ? fstat(STDIN_FILENO, &info) == 0 : stat(path, &info) == 0
            guard ok, (info.st_mode & S_IFMT) == S_IFREG else { total = -1; break }
            total += Int(info.st_size)
        }
        totalBytes = total >= 0 ? total : nil
        paths.reverse()
    }

    mutating func next() throws -> BatchInput? {
        if isFolder {
            while let path = paths.popLast() {
                if let data = FileManager.default.contents(atPath: path) {
                    return .document(id: URL(fileURLWithPath: path).lastPathComponent, utf8: [UInt8](data))
                }
                unreadable += 1
                FileHandle.standardError.write(Data("chronicle: cannot read \(path)\n".utf8))
            }
            return nil
        }
        while true {
            if reader != nil, let input = reader!.next() { return input }
            if reader?.failed == true {
                unreadable += 1
                FileHandle.standardError.write(Data("chronicle: \(current == "-" ? "stdin" : current): read error\n".utf8))
            }
            if fd > STDIN_FILENO { close(fd) }
            reader = nil
            guard let path = paths.popLast() else { return nil }
            current = path
            fd = path == "-" ? STDIN_FILENO : open(path, O_RDONLY)
            var info = stat()
            if fd > STDIN_FILENO, fstat(fd, &info) == 0, (info.st_mode & S_IFMT) == S_IFDIR {
                close(fd)
                fd = -1
            }
            if fd < 0 {
                unreadable += 1
                FileHandle.standardError.write(Data("chronicle: \(path): \(CLI.unreadable(path))\n".utf8))
                continue
            }
            reader = JSONLinesReader(descriptor: fd)
        }
    }
}

/// A one-line progress bar on standard error, drawn only when standard error is a terminal.
private struct ProgressBar {
    let total: Int?
    let enabled = isatty(STDERR_FILENO) == 1
    let start = Date()
    var lastDraw = Date.distantPast

    init(total: Int?) { self.total = total }

    mutating func update(_ progress: BatchProcessor.Progress, force: Bool = false) {
        guard enabled, force || Date().timeIntervalSince(lastDraw) >= 0.1 else { return }
        lastDraw = Date()
        let seconds = max(Date().timeIntervalSince(start), 0.001)
        let rate = Double(progress.bytes) / seconds
        var line = "\(progress.records) records, \(String(format: "%.1f", rate / 1e6)) MB/s, \(progress.failed) errors"
        if let total, total > 0 {
            let done = min(Double(progress.bytes) / Double(total), 1)
            let width = 24
            let filled = Int(done * Double(width))
            let eta = rate > 0 ? Int(Double(max(total - progress.bytes, 0)) / rate) : 0
            line = "[" + String(repeating: "#", count: filled) + String(repeating: " ", count: width - filled) + "] "
                + String(format: "%3.0f%% ", done * 100) + line + ", ETA \(eta / 60):\(String(format: "%02d", eta % 60))"
        }
        FileHandle.standardError.write(Data(("\r\u{1B}[K" + line).utf8))
    }

    mutating func finish(_ totals: BatchProcessor.Progress) {
        guard enabled else { return }
        update(totals, force: true)
        FileHandle.standardError.write(Data("\n".utf8))
    }
}
