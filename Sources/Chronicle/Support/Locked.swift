import Foundation

/// A value behind a lock (a pthread mutex, through `NSLock`).
///
/// Not `Synchronization.Mutex`: on Linux that one waits on a futex the ThreadSanitizer cannot see, so every
/// correctly locked access it guards was reported as a race; a pthread mutex is one the sanitizer understands,
/// and these locks are taken once per document, where the difference in cost does not show.
final class Locked<Value>: @unchecked Sendable {
    private var value: Value
    private let lock = NSLock()

    init(_ value: Value) { self.value = value }

    /// Runs `body` with the value, the lock held.
    func withLock<T>(_ body: (inout Value) throws -> T) rethrows -> T {
        lock.lock()
        defer { lock.unlock() }
        return try body(&value)
    }
}
