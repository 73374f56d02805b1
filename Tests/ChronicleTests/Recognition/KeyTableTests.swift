import Testing
@testable import Chronicle

/// `KeyTable` reads its slots through buffer pointers, without bounds checks: it must still find every key stored, the
/// last value stored under a key, and no key it does not hold, at every size (clustered slots and wrap-around included).
@Test func keyTableAgreesWithADictionary() {
    var generator = SplitMix64(seed: 0x5EED)
    for size in [0, 1, 2, 3, 7, 16, 100, 1_000, 5_000] {
        var pairs: [(UInt64, Int)] = []
        for value in 0..<size { pairs.append((generator.next() % UInt64(max(size, 1) * 3), value)) }
        let table = KeyTable(pairs)
        var expected: [UInt64: Int] = [:]
        for (key, value) in pairs { expected[key] = value }
        for key in 0..<UInt64(max(size, 1) * 4) { #expect(table[key] == expected[key], "size \(size), key \(key)") }
        for _ in 0..<200 {
            let key = generator.next()
            #expect(table[key] == expected[key], "size \(size), key \(key)")
        }
    }
    let words = KeySet(words: ["q1", "re", "ve"])
    #expect(words.contains(Lexicon.key("re".unicodeScalars)))
    #expect(!words.contains(Lexicon.key("r".unicodeScalars)))
}

/// The tense reader's contraction keys, folded into constants, are the lexicon's keys of the words.
@Test func foldedContractionKeysAreTheLexiconKeys() {
    #expect(TenseReader.reKey == Lexicon.key("re".unicodeScalars))
    #expect(TenseReader.veKey == Lexicon.key("ve".unicodeScalars))
}

/// A small deterministic generator for reproducible tables.
private struct SplitMix64: RandomNumberGenerator {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
