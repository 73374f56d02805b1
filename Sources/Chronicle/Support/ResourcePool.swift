/// A small thread-safe pool of non-`Sendable` objects that own ICU handles.
///
/// Opening ICU formatters and break iterators is far more expensive than using them, so each
/// is made once and reused; a borrower has one to itself, so no ICU handle is ever shared
/// between threads at the same time.
final class ResourcePool<Resource>: @unchecked Sendable {
    /// Resources are handed over whole between threads, never used by two at once.
    private struct Lent: @unchecked Sendable { let resource: Resource }
    private let idle = Locked<[Lent]>([])
    private let make: @Sendable () throws -> Resource
    private let keep: Int

    init(keep: Int = 16, make: @escaping @Sendable () throws -> Resource) {
        self.make = make
        self.keep = keep
    }

    /// Lends a resource to `body` and takes it back afterwards.
    func borrow<T>(_ body: (Resource) throws -> T) throws -> T {
        let lent = try idle.withLock { $0.popLast() } ?? Lent(resource: make())
        defer { idle.withLock { if $0.count < keep { $0.append(lent) } } }
        return try body(lent.resource)
    }
}
