/// Runs the pipeline over a stream of inputs on several cores, writing results in input order,
/// with memory bounded by the chunk size and the number of jobs, whatever the input size.
///
/// ```swift
/// let processor = BatchProcessor(jobs: 4)
/// let totals = await processor.run(next: { reader.next() }, write: { output.write($0) })
/// ```
///
/// Inputs are grouped into chunks of about ``chunkBytes``; at most ``jobs`` chunks are processed
/// at once, and at most `2 × jobs` chunks are read but not yet written.
public struct BatchProcessor: Sendable {
    /// The extractor every job shares (it is `Sendable`; ICU handles are pooled).
    public var extractor: TimelineExtractor
    /// How many chunks are processed at once.
    public var jobs: Int
    /// The input size, in bytes, after which a chunk is closed.
    public var chunkBytes: Int

    /// Creates a processor.
    public init(extractor: TimelineExtractor = TimelineExtractor(), jobs: Int, chunkBytes: Int = 256 << 10) {
        self.extractor = extractor
        self.jobs = max(1, jobs)
        self.chunkBytes = max(1, chunkBytes)
    }

    /// Running totals, reported after each chunk is written.
    public struct Progress: Sendable, Hashable {
        /// Records written.
        public var records = 0
        /// Error records among them.
        public var failed = 0
        /// Input bytes of the records written.
        public var bytes = 0
    }

    /// Processes every input `next` yields, in parallel, and passes each chunk of result records to
    /// `write` in input order.
    ///
    /// `next` and `write` run on the calling task only, never concurrently.
    /// - Returns: the totals; `failed > 0` means some records were error records.
    public func run(
        next: () throws -> BatchInput?,
        write: ([UInt8]) throws -> Void,
        progress: (Progress) -> Void = { _ in }
    ) async throws -> Progress {
        var totals = Progress()
        try await withThrowingTaskGroup(of: (Int, [UInt8], Int, Int, Int).self) { group in
            var submitted = 0
            var running = 0
            var written = 0
            var finished = false
            var waiting: [Int: (bytes: [UInt8], records: Int, failed: Int, input: Int)] = [:]
            while true {
                while !finished, running < jobs, submitted - written < 2 * jobs {
                    var chunk: [BatchInput] = []
                    var size = 0
                    while size < chunkBytes, let input = try next() {
                        size += input.byteCount + 1
                        chunk.append(input)
                    }
                    if chunk.isEmpty { finished = true; break }
                    let sequence = submitted
                    group.addTask { [self] in
                        var out: [UInt8] = []
                        out.reserveCapacity(size * 4)
                        var failed = 0
                        for input in chunk {
                            let result = result(for: input)
                            out.append(contentsOf: result.line)
                            if result.failed { failed += 1 }
                        }
                        return (sequence, out, chunk.count, failed, size)
                    }
                    submitted += 1
                    running += 1
                }
                guard let (sequence, out, records, failed, input) = try await group.next() else { break }
                running -= 1
                waiting[sequence] = (out, records, failed, input)
                while let ready = waiting.removeValue(forKey: written) {
                    try write(ready.bytes)
                    totals.records += ready.records
                    totals.failed += ready.failed
                    totals.bytes += ready.input
                    written += 1
                    progress(totals)
                }
            }
        }
        return totals
    }
}
