internal import ChronicleICU

/// Finds sentence boundaries with ICU (`en_US@ss=standard`, so "Mr. Xi" does not end a sentence).
///
/// Blank lines also end a sentence: headlines, bylines and paragraphs without final punctuation
/// must not run into the next paragraph.
enum SentenceSplitter {
    private static let pool = ResourcePool<ICUSentenceBreaker> { try ICUSentenceBreaker() }

    /// The scalar offset at which each sentence ends, ascending; the last one is `scalars.count`.
    static func sentenceEnds(_ scalars: [Unicode.Scalar]) throws(ChronicleError) -> [Int] {
        // One pass into a buffer sized for the worst case (every scalar a surrogate pair), no append checks.
        let utf16 = [UInt16](unsafeUninitializedCapacity: 2 * scalars.count) { buffer, count in
            var index = 0
            for scalar in scalars {
                if scalar.value < 0x10000 {
                    buffer[index] = UInt16(truncatingIfNeeded: scalar.value)
                    index += 1
                } else {
                    // Both surrogates; the sentence iterator never breaks between them.
                    buffer[index] = UTF16.leadSurrogate(scalar)
                    buffer[index + 1] = UTF16.trailSurrogate(scalar)
                    index += 2
                }
            }
            count = index
        }
        let ends16: [Int]
        do {
            ends16 = try pool.borrow { breaker in try utf16.withUnsafeBufferPointer { try breaker.sentenceEnds(utf16: $0) } }
        } catch let error as ICUError {
            throw ChronicleError(.icu, error.description)
        } catch {
            throw ChronicleError(.icu, "\(error)")
        }
        // Map UTF-16 offsets back to scalar offsets, adding breaks at blank lines.
        var ends: [Int] = []
        ends.reserveCapacity(ends16.count + 8)
        var unit = 0
        var scalarIndex = 0
        var next = 0
        var newlines = 0
        var sawTextSinceBreak = false
        for scalar in scalars {
            let value = scalar.value
            if value == 10 {
                newlines += 1
                if newlines >= 2 && sawTextSinceBreak {
                    if ends.last != scalarIndex { ends.append(scalarIndex) }
                    sawTextSinceBreak = false
                }
            } else if !(value == 32 || value == 9 || value == 13) {
                newlines = 0
                sawTextSinceBreak = true
            }
            unit += value < 0x10000 ? 1 : 2
            scalarIndex += 1
            while next < ends16.count && ends16[next] <= unit {
                if ends.last.map({ $0 < scalarIndex }) ?? true { ends.append(scalarIndex) }
                sawTextSinceBreak = false
                next += 1
            }
        }
        if ends.last != scalars.count { ends.append(scalars.count) }
        return ends
    }
}
