/// A read-only table keyed by the lexicon's 64-bit word keys (``Lexicon/key(_:)``).
///
/// The keys are already FNV-1a hashes, so a look-up is one multiplication, a shift and a probe or two
/// into flat arrays; `Dictionary` and `Set` would hash them again with SipHash on every token.
/// Open addressing with linear probing, at most a quarter full: most words looked up are in no table, and a miss
/// probes until it meets an empty slot (~2.5 slots at half full, ~1.4 at a quarter).
struct KeyTable<Value: Sendable>: Sendable {
    private let keys: [UInt64]
    private let values: [Value?]
    private let shift: UInt64

    /// A table holding `pairs`; a later pair replaces an earlier one with the same key.
    init(_ pairs: some Sequence<(UInt64, Value)>) {
        let pairs = Array(pairs)
        var bits: UInt64 = 4
        while (1 << bits) < 4 * max(pairs.count, 1) { bits += 1 }
        var keys = [UInt64](repeating: 0, count: 1 << bits)
        var values = [Value?](repeating: nil, count: 1 << bits)
        shift = 64 - bits
        for (key, value) in pairs {
            var slot = Self.slot(key, shift)
            while values[slot] != nil && keys[slot] != key { slot = (slot + 1) & (keys.count - 1) }
            keys[slot] = key
            values[slot] = value
        }
        self.keys = keys
        self.values = values
    }

    /// A table built from a dictionary.
    init(_ dictionary: [UInt64: Value]) {
        self.init(dictionary.map { ($0.key, $0.value) })
    }

    /// (`&>>`: the shift is 60 at most, so Swift's smart shift, which tests for one of 64 or more, gives the same.)
    @inline(__always)
    private static func slot(_ key: UInt64, _ shift: UInt64) -> Int {
        Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) &>> shift)
    }

    /// The value stored under `key`, if any. (Read through buffer pointers: a slot is below the tables' count, a power
    /// of two, by construction, and the arrays' bounds checks cost ~5 instructions a probe, ~450,000 look-ups per MB.)
    @inline(__always)
    subscript(key: UInt64) -> Value? {
        keys.withUnsafeBufferPointer { keys in
            values.withUnsafeBufferPointer { values in
                let mask = keys.count - 1
                var slot = Self.slot(key, shift)
                while let value = values[slot] {
                    if keys[slot] == key { return value }
                    slot = (slot + 1) & mask
                }
                return nil
            }
        }
    }
}

/// A read-only set of word keys, with the look-up of ``KeyTable``.
struct KeySet: Sendable, ExpressibleByArrayLiteral {
    private let table: KeyTable<Bool>

    /// The set of `keys`.
    init(_ keys: some Sequence<UInt64>) {
        table = KeyTable(keys.map { ($0, true) })
    }

    /// The set of the keys of `words` (``Lexicon/key(_:)``).
    init(words: some Sequence<String>) {
        self.init(words.map { Lexicon.key($0.unicodeScalars) })
    }

    init(arrayLiteral keys: UInt64...) {
        self.init(keys)
    }

    /// Whether `key` is in the set.
    @inline(__always)
    func contains(_ key: UInt64) -> Bool { table[key] != nil }
}
