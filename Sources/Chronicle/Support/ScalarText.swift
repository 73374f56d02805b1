/// Text built from Unicode scalars through a UTF-8 byte buffer.
///
/// Appending scalars one by one to a `String.UnicodeScalarView` re-checks the string's storage
/// at every call and took a quarter of the pipeline's time; encoding into bytes and making one
/// `String` at the end gives the same text, several times faster.
enum ScalarText {
    /// The text of `scalars`.
    static func string(_ scalars: ArraySlice<Unicode.Scalar>) -> String {
        let capacity = isShortASCII(scalars, room: 0) ? scalars.count : 4 * scalars.count
        return String(unsafeUninitializedCapacity: capacity) { buffer in
            var count = 0
            for scalar in scalars { write(scalar, to: buffer, at: &count) }
            return count
        }
    }

    /// Whether the scalars are ASCII and, with `room` bytes more, fit the 15 bytes of a small string:
    /// a string made with that exact capacity is then stored inline, not allocated (a string is allocated whenever
    /// its capacity is above 15 bytes, four per scalar in the worst case, however few bytes are written).
    @inline(__always)
    static func isShortASCII(_ scalars: ArraySlice<Unicode.Scalar>, room: Int) -> Bool {
        scalars.count + room <= 15 && scalars.allSatisfy { $0.value < 0x80 }
    }

    /// Writes the UTF-8 encoding of `scalar` at `index` in `buffer`, which has room for it (up to four
    /// bytes), and moves `index` past it: no capacity or uniqueness check per byte, as `append` has.
    @inline(__always)
    static func write(_ scalar: Unicode.Scalar, to buffer: UnsafeMutableBufferPointer<UInt8>, at index: inout Int) {
        let value = scalar.value
        switch value {
        case ..<0x80:
            buffer[index] = UInt8(value)
            index += 1
        case ..<0x800:
            buffer[index] = UInt8(0xC0 | value >> 6)
            buffer[index + 1] = UInt8(0x80 | value & 0x3F)
            index += 2
        case ..<0x10000:
            buffer[index] = UInt8(0xE0 | value >> 12)
            buffer[index + 1] = UInt8(0x80 | value >> 6 & 0x3F)
            buffer[index + 2] = UInt8(0x80 | value & 0x3F)
            index += 3
        default:
            buffer[index] = UInt8(0xF0 | value >> 18)
            buffer[index + 1] = UInt8(0x80 | value >> 12 & 0x3F)
            buffer[index + 2] = UInt8(0x80 | value >> 6 & 0x3F)
            buffer[index + 3] = UInt8(0x80 | value & 0x3F)
            index += 4
        }
    }
}

extension ScalarText {
    /// Writes the `width` ASCII bytes of `bytes` from `index` on as scalars at `destination`: 32-bit values stored through a
    /// raw pointer (a scalar is its value), which the compiler widens several at a time, rather than one
    /// `initializeElement` per scalar. (Inlined with a constant width, the loop is unrolled.)
    @inline(__always) private static func widenASCII(_ bytes: UnsafeBufferPointer<UInt8>, from index: Int, _ width: Int,
                                                     to destination: UnsafeMutablePointer<Unicode.Scalar>) {
        let destination = UnsafeMutableRawPointer(destination)
        for offset in 0..<width {
            destination.storeBytes(of: UInt32(bytes[index + offset]), toByteOffset: 4 * offset, as: UInt32.self)
        }
    }

    /// The Unicode scalars of `text`, decoded from its UTF-8 in one pass (`Array(text.unicodeScalars)`
    /// first counts the scalars, then decodes them again) into a buffer sized for the worst case (one
    /// scalar per byte), without a capacity check per scalar.
    static func scalars(of text: String) -> [Unicode.Scalar] {
        var text = text
        return text.withUTF8 { bytes in
            [Unicode.Scalar](unsafeUninitializedCapacity: bytes.count) { scalars, initializedCount in
                // Counted in a local, stored once at the end: through the `inout` count it was loaded and stored again
                // at every step, and so was the buffer's address.
                var decoded = 0
                defer { initializedCount = decoded }
                guard let base = scalars.baseAddress else { return }  // an empty text
                var index = 0
                let count = bytes.count
                let raw = UnsafeRawBufferPointer(bytes)
                while index < count {
                    // Sixteen ASCII bytes at a time (most of a text; one test of two words), else eight, widened without a
                    // test per byte.
                    if index + 16 <= count, (raw.loadUnaligned(fromByteOffset: index, as: UInt64.self)
                        | raw.loadUnaligned(fromByteOffset: index + 8, as: UInt64.self)) & 0x8080_8080_8080_8080 == 0 {
                        widenASCII(bytes, from: index, 16, to: base + decoded)
                        (decoded, index) = (decoded + 16, index + 16)
                        continue
                    }
                    if index + 8 <= count, raw.loadUnaligned(fromByteOffset: index, as: UInt64.self) & 0x8080_8080_8080_8080 == 0 {
                        widenASCII(bytes, from: index, 8, to: base + decoded)
                        (decoded, index) = (decoded + 8, index + 8)
                        continue
                    }
                    let lead = UInt32(bytes[index])
                    if lead < 0x80 {
                        scalars.initializeElement(at: decoded, to: Unicode.Scalar(UInt8(lead)))
                        decoded += 1
                        index += 1
                        continue
                    }
                    // A native String holds valid UTF-8: the lead byte says how many bytes follow.
                    let width = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2
                    var value = lead & (0x7F >> width)
                    for offset in 1..<width { value = value << 6 | UInt32(bytes[index + offset] & 0x3F) }
                    scalars.initializeElement(at: decoded, to: Unicode.Scalar(value)!)
                    decoded += 1
                    index += width
                }
            }
        }
    }
}
