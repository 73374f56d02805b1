/// A list of values that hands them all over in a given order without copying them: each value is moved out of the
/// list's memory into the new array, and the list is gone.
///
/// A timeline's events are large (an expression, a sentence, a description, triggers: a dozen strings and arrays).
/// `order.map { events[$0] }` copied each one into timeline order, a retain of every string and array it holds, and
/// the unordered array then released them all again (~850 instructions an event, Performance.md).
struct MovingList<Element>: ~Copyable {
    private let storage: UnsafeMutablePointer<Element>
    private let capacity: Int
    /// The number of values.
    private(set) var count = 0

    /// An empty list with room for `capacity` values, no more.
    init(capacity: Int) {
        self.capacity = max(capacity, 0)
        storage = .allocate(capacity: self.capacity)
    }

    deinit {
        storage.deinitialize(count: count)
        storage.deallocate()
    }

    /// Appends `value`.
    mutating func append(_ value: consuming Element) {
        precondition(count < capacity, "a MovingList holds at most its capacity")
        (storage + count).initialize(to: value)
        count += 1
    }

    /// The values in the order `order` gives, moved out: the value at position `order[i]` of the list is the `i`-th of
    /// the array. `order` holds each position of the list once.
    consuming func ordered(by order: [Int]) -> [Element] {
        precondition(order.count == count, "an order for every value")
        var taken = [Bool](repeating: false, count: count)
        let result = [Element](unsafeUninitializedCapacity: count) { buffer, initialized in
            for (position, index) in order.enumerated() {
                precondition(index >= 0 && index < count && !taken[index], "each position once")
                taken[index] = true
                (buffer.baseAddress! + position).initialize(to: (storage + index).move())
                initialized = position + 1
            }
        }
        storage.deallocate()
        discard self
        return result
    }
}
