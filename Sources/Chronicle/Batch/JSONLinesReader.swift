#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads JSON Lines records from a file descriptor in 1 MiB blocks, so memory stays flat.
///
/// Lines end in `\n` (a `\r` before it is dropped). Blank lines (only spaces or tabs) are not
/// records: they are skipped and yield no result, as most JSON Lines tools do with a trailing
/// empty line. Line numbers still count them, so error messages point at the right line.
public struct JSONLinesReader {
    private let descriptor: Int32
    private var buffer: [UInt8] = []
    private var position = 0
    private var atEnd = false
    private var line = 0
    /// Whether a read failed (then ``next()`` stops early).
    public private(set) var failed = false

    /// Reads from an open file descriptor, which the caller keeps and closes.
    public init(descriptor: Int32) {
        self.descriptor = descriptor
    }

    /// The next record, or `nil` at the end of the input.
    public mutating func next() -> BatchInput? {
        while true {
            if let newline = buffer[position...].firstIndex(of: 10) {
                let record = take(upTo: newline)
                position = newline + 1
                if let record { return record }
                continue
            }
            if atEnd {
                guard position < buffer.count else { return nil }
                let record = take(upTo: buffer.count)
                position = buffer.count
                if let record { return record }
                continue
            }
            fill()
        }
    }

    private mutating func take(upTo end: Int) -> BatchInput? {
        line += 1
        var last = end
        if last > position, buffer[last - 1] == 13 { last -= 1 }
        let bytes = buffer[position..<last]
        if bytes.allSatisfy({ $0 == 32 || $0 == 9 }) { return nil }
        return .jsonLine(Array(bytes), line: line)
    }

    private mutating func fill() {
        if position > 0 {
            buffer.removeSubrange(0..<position)
            position = 0
        }
        let block = 1 << 20
        let old = buffer.count
        buffer.append(contentsOf: repeatElement(0, count: block))
        var count = 0
        repeat {
            count = buffer.withUnsafeMutableBytes { read(descriptor, $0.baseAddress! + old, block) }
        } while count < 0 && errno == EINTR
        if count < 0 { failed = true }
        buffer.removeSubrange((old + max(count, 0))...)
        if count <= 0 { atEnd = true }
    }
}
