/// Text built from Unicode scalars through a UTF-8 byte buffer.
///
/// Appending scalars one by one to a `String.UnicodeScalarView` re-checks the string's storage
/// at every call and took a quarter of the pipeline's time; encoding into bytes and making one
/// `String` at the end gives the same text, several times faster.
enum ScalarText {
    /// The text of `scalars`.
    static func string(_ scalars: ArraySlice<Unicode.Scalar>) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(scalars.count)
        for scalar in scalars { append(scalar, to: &bytes) }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Appends the UTF-8 encoding of `scalar`.
    @inline(__always) static func append(_ scalar: Unicode.Scalar, to bytes: inout [UInt8]) {
        let value = scalar.value
        switch value {
        case ..<0x80:
            bytes.append(UInt8(value))
        case ..<0x800:
            bytes.append(UInt8(0xC0 | value >> 6))
            bytes.append(UInt8(0x80 | value & 0x3F))
        case ..<0x10000:
            bytes.append(UInt8(0xE0 | value >> 12))
            bytes.append(UInt8(0x80 | value >> 6 & 0x3F))
            bytes.append(UInt8(0x80 | value & 0x3F))
        default:
            bytes.append(UInt8(0xF0 | value >> 18))
            bytes.append(UInt8(0x80 | value >> 12 & 0x3F))
            bytes.append(UInt8(0x80 | value >> 6 & 0x3F))
            bytes.append(UInt8(0x80 | value & 0x3F))
        }
    }
}

extension ScalarText {
    /// The Unicode scalars of `text`, decoded from its UTF-8 in one pass (`Array(text.unicodeScalars)`
    /// first counts the scalars, then decodes them again).
    static func scalars(of text: String) -> [Unicode.Scalar] {
        var text = text
        return text.withUTF8 { bytes in
            var scalars: [Unicode.Scalar] = []
            scalars.reserveCapacity(bytes.count)
            var index = 0
            let count = bytes.count
            while index < count {
                let lead = UInt32(bytes[index])
                if lead < 0x80 {
                    scalars.append(Unicode.Scalar(UInt8(lead)))
                    index += 1
                    continue
                }
                // A native String holds valid UTF-8: the lead byte says how many bytes follow.
                let width = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2
                var value = lead & (0x7F >> width)
                for offset in 1..<width { value = value << 6 | UInt32(bytes[index + offset] & 0x3F) }
                scalars.append(Unicode.Scalar(value)!)
                index += width
            }
            return scalars
        }
    }
}
