/// A `Codable` encoder that writes JSON bytes as the values encode themselves.
///
/// Foundation's `JSONEncoder` first builds a tree of boxed values (one heap object per string, number,
/// array and object) and serialises it afterwards; for a timeline that was half of the whole pipeline's
/// time. This encoder drives the same `Encodable` conformances but appends to one byte buffer, and its
/// output is byte for byte the output of `JSONEncoder` with `.sortedKeys` and `.withoutEscapingSlashes`
/// (and `.prettyPrinted` when asked): keys in UTF-8 byte order, `"\n"`-style escapes for the C0 controls
/// that have them and `\u00XX` for the others, `1`, `0.1` and `1e+20` for doubles, two-space indentation
/// with `" : "`. `Tests/ChronicleTests/Rendering/JSONStreamEncoderTests.swift` checks that equivalence.
///
/// Objects are written in the order their keys are encoded; an object whose keys did not come in order
/// is rearranged once, when it closes (the timeline's own types encode theirs in order).
struct JSONStreamEncoder {
    /// Two-space indentation and `" : "` between keys and values, as `JSONEncoder`'s `.prettyPrinted`.
    var prettyPrinted = false

    /// The JSON text of `value`.
    func encode<T: Encodable>(_ value: T) throws -> [UInt8] {
        try withWriter { writer in
            try writer.write(value)
            return writer.bytes
        }
    }

    /// The JSON text of `value` as a string, written into the string's own storage: no array in between,
    /// and the bytes are validated (as `String(decoding:as:)` would) in that one copy.
    func encodeString<T: Encodable>(_ value: T) throws -> String {
        try withWriter { writer in
            try writer.write(value)
            return writer.string
        }
    }

    /// Writers kept from one value to the next, one pool per setting: a writer's buffer keeps the room it has grown to,
    /// its ``KnownKeys`` the keys it has learnt and its containers their boxes, which a new writer per timeline learnt
    /// again (~36 keys a timeline, each written the long way), grew again (4 KB to the ~16 KB of a timeline) and made
    /// again (~7 containers a timeline).
    private static let writers = ResourcePool { KeptWriter(JSONByteWriter(prettyPrinted: false)) }
    private static let prettyWriters = ResourcePool { KeptWriter(JSONByteWriter(prettyPrinted: true)) }

    /// Lends a writer of this encoder's setting to `body`, emptied afterwards.
    private func withWriter<Result>(_ body: (JSONByteWriter) throws -> Result) throws -> Result {
        try (prettyPrinted ? Self.prettyWriters : Self.writers).borrow { kept in
            defer { kept.writer.empty() }
            return try body(kept.writer)
        }
    }

    /// A writer in a pool: let go of when the pool lets go of this, its containers first (they hold the writer).
    private final class KeptWriter {
        let writer: JSONByteWriter
        init(_ writer: JSONByteWriter) { self.writer = writer }
        deinit { writer.finish() }
    }
}

/// The encoder `JSONStreamEncoder` hands to the values.
///
/// A container cannot tell when its value has finished encoding, so containers close lazily: when the
/// `encode(to:)` that opened them returns, or when an outer container is written to again. All the
/// byte-level work happens in one mutating call on ``JSONOutput`` per step.
final class JSONByteWriter: Encoder {
    /// Not checked for exclusivity at run time (`swift_beginAccess` was ~10% of the encoder): every
    /// access is one mutating call on `JSONOutput` that never calls back into the writer or a value's
    /// `encode(to:)`, so two accesses never overlap; the writer lives on one thread.
    @exclusivity(unchecked) fileprivate var output: JSONOutput

    var codingPath: [any CodingKey] { [] }
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    init(prettyPrinted: Bool) {
        output = JSONOutput(prettyPrinted: prettyPrinted)
    }

    /// The JSON text written so far.
    var bytes: [UInt8] { output.bytes.elements() }

    /// The JSON text written so far, as a string.
    var string: String { output.bytes.string }

    /// Writes one value, opening and closing whatever containers it asks for.
    func write<T: Encodable>(_ value: T) throws {
        // Strings, booleans and integers directly (a metadata comparison, not a dynamic cast).
        if T.self == String.self {
            output.writeString(unsafeBitCast(value, to: String.self))
        } else if T.self == Bool.self {
            output.writeBool(unsafeBitCast(value, to: Bool.self))
        } else if T.self == Int.self {
            output.writeInteger(unsafeBitCast(value, to: Int.self))
        } else {
            let index = output.pushFrame()
            try value.encode(to: self)
            output.close(downTo: index)
        }
    }

    /// The keyed containers handed out so far (``container(keyedBy:)``): their key types and frame indices, and
    /// each container as the one reference it holds. Not checked for exclusivity at run time, as `output`: only
    /// `container(keyedBy:)` and `finish()` touch them, and neither calls out while it does.
    @exclusivity(unchecked) private var keptKeys: [(key: ObjectIdentifier, frame: Int)] = []
    @exclusivity(unchecked) private var keptBoxes: [AnyObject] = []

    /// A keyed container for the innermost frame.
    ///
    /// A new `KeyedEncodingContainer` costs ~1,400 instructions: the generic metadata of `ObjectContainer<Key>` and
    /// its conformance looked up, then a box allocated by the standard library, whose class is looked up too (23 M
    /// instructions per MB of text, 17,000 objects). But an `ObjectContainer` holds nothing but the writer and its
    /// frame's index, and never changes: the container made for a key type at a frame index (a depth: every event
    /// of the array is at the same one) is the container any later object of that type at that index gets, so it
    /// is made once per writer and handed out again (~450 instructions, the metadata of `KeyedEncodingContainer<Key>`).
    ///
    /// The one unchecked step: a `KeyedEncodingContainer` is kept as the reference to its box, its only stored
    /// property (`unsafeBitCast` traps, rather than reading garbage, should its size ever differ from a reference's),
    /// and cast back only for the key type it was made for.
    ///
    /// Specialised for the keys of the objects written most (expressions, events, intervals, triggers: 17,000 per MB of
    /// text): unspecialised, the metadata of `KeyedEncodingContainer<Key>` is looked up in the runtime's cache on every
    /// call (~450 instructions); specialised, it is read from a variable once it is known.
    @_specialize(where Key == JSONExpression.Keys)
    @_specialize(where Key == DayInterval.CodingKeys)
    @_specialize(where Key == JSONEvent.Keys)
    @_specialize(where Key == JSONSpan.Keys)
    func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
        let frame = output.open(.object)
        let key = ObjectIdentifier(type)
        for index in keptKeys.indices where keptKeys[index].key == key && keptKeys[index].frame == frame {
            return unsafeBitCast(keptBoxes[index], to: KeyedEncodingContainer<Key>.self)
        }
        let container = KeyedEncodingContainer<Key>(ObjectContainer(writer: self, frame: frame))
        keptKeys.append((key, frame))
        keptBoxes.append(unsafeBitCast(container, to: AnyObject.self))
        return container
    }

    /// Empties the output for the next value, once one is written (or has failed to be); the containers made and
    /// the keys known stay.
    func empty() {
        output.empty()
    }

    /// Lets go of the containers kept: each holds the writer, a reference cycle until then.
    func finish() {
        keptKeys = []
        keptBoxes = []
    }

    func unkeyedContainer() -> any UnkeyedEncodingContainer {
        ArrayContainer(writer: self, frame: output.open(.array))
    }

    func singleValueContainer() -> any SingleValueEncodingContainer {
        SingleContainer(writer: self, frame: output.open(.single))
    }
}

/// The output buffer and the stack of open containers.
struct JSONOutput: ~Copyable {
    private(set) var bytes = ByteBuffer(capacity: 4096)
    private let prettyPrinted: Bool
    // Deeper and wider than a timeline's objects, so that neither stack grows while it is written.
    private var frames = PlainBuffer<Frame>(capacity: 16)
    /// The keys written into the open objects, innermost last (each frame remembers where its own begin).
    private var entries = PlainBuffer<Entry>(capacity: 64)
    /// The keys written so far, by where they were written (``KnownKeys``).
    private var knownKeys = KnownKeys()

    init(prettyPrinted: Bool) {
        self.prettyPrinted = prettyPrinted
    }

    /// Forgets the bytes and containers written, for the next value; the keys known stay. A buffer grown past 1 MB
    /// (a very long article) is let go of, so that a kept writer never holds more.
    mutating func empty() {
        if bytes.capacity > 1 << 20 { bytes = ByteBuffer(capacity: 4096) } else { bytes.removeLast(bytes.count) }
        frames.removeLast(frames.count)
        entries.removeLast(entries.count)
    }

    enum Kind { case unopened, object, array, single }

    private struct Frame {
        var kind: Kind = .unopened
        var count = 0
        /// Indentation depth of this container's members.
        var level: Int
        var entryBase = 0
        var contentStart = 0
        /// Whether this object's keys came in UTF-8 byte order so far (checked as each key comes,
        /// so that an object in order, the usual case, is never compared again when it closes).
        var keysInOrder = true
    }

    private struct Entry {
        /// The key's first eight UTF-8 bytes, big-endian, zero-padded (see ``writeString(_:)``). The key
        /// itself is read back from the bytes written when it is needed (``key(in:at:)``): seldom, and
        /// a `String` kept per key cost a retain and a release.
        var prefix: UInt64
        /// The offset of the key's opening quote.
        var start: Int
        var end = 0
    }

    // MARK: Scalars

    /// (Inlined: the literal, a constant at each call, then folds into a copy of its few bytes; ~26,000 calls per MB of
    /// text, "null", "true", "false" and the brackets.)
    @inline(__always) mutating func writeLiteral(_ literal: StaticString) {
        literal.withUTF8Buffer { bytes.append($0) }
    }

    mutating func writeBool(_ value: Bool) {
        writeLiteral(value ? "true" : "false")
    }

    mutating func writeInteger<I: BinaryInteger>(_ value: I) {
        if value < 0 { bytes.append(UInt8(ascii: "-")) }
        var magnitude = UInt64(value.magnitude)
        // Eight digits at most (offsets and counts: nearly every integer written): assembled in one word, the first digit
        // in its first byte, and appended in one store; no buffer and no copy of a few bytes (~120 → ~40 instructions).
        if magnitude < 100_000_000 {
            var bytesInOrder: UInt64 = 0
            var count = 0
            repeat {
                bytesInOrder = bytesInOrder << 8 | (UInt64(UInt8(ascii: "0")) + magnitude % 10)
                magnitude /= 10
                count += 1
            } while magnitude > 0
            bytes.append(word: UInt64(littleEndian: bytesInOrder), count: count)
            return
        }
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 20) { digits in  // 20 at most, written backwards
            var start = digits.count
            repeat {
                start -= 1
                digits[start] = UInt8(ascii: "0") + UInt8(magnitude % 10)
                magnitude /= 10
            } while magnitude > 0
            bytes.append(UnsafeBufferPointer(rebasing: digits[start...]))
        }
    }

    mutating func writeFloatingPoint<F: BinaryFloatingPoint & LosslessStringConvertible>(_ value: F) throws {
        guard value.isFinite else {
            throw EncodingError.invalidValue(value, .init(codingPath: [], debugDescription: "JSON has no \(value)"))
        }
        // Swift's shortest round-trip form, as JSONEncoder writes it: "1.0" → "1", "1e+20" stays.
        var text = value.description
        if text.hasSuffix(".0") { text.removeLast(2) }
        text.withUTF8 { bytes.append($0) }
    }

    /// Writes `string` quoted and escaped: runs of bytes that need no escape are appended in one piece.
    ///
    /// Returns the string's first eight UTF-8 bytes as a big-endian number, zero-padded: a key's
    /// order prefix. Of two keys whose prefixes differ, the smaller prefix is the key that comes first
    /// in UTF-8 byte order (a shorter key pads with zeros, and a zero byte is never above another byte);
    /// equal prefixes decide nothing.
    @discardableResult
    mutating func writeString(_ string: String) -> UInt64 {
        bytes.append(UInt8(ascii: "\""))
        let prefix = Self.withUTF8(of: string) { utf8 -> UInt64 in
            let raw = UnsafeRawBufferPointer(utf8)
            // Shorter than eight bytes (most keys and many values): checked as one word, padded with spaces.
            if utf8.count < 8 {
                // Assembled byte by byte, not copied into the word's memory: a local whose address is taken costs the
                // function a stack-protector check, and no call to `memmove` for so few bytes.
                var bytesInOrder: UInt64 = 0
                for offset in 0..<utf8.count { bytesInOrder |= UInt64(utf8[offset]) << (8 * UInt64(offset)) }
                let word = UInt64(littleEndian: bytesInOrder)  // the word as the bytes would lie in memory
                let prefix = UInt64(bigEndian: word)
                // The bytes past the end (the word's high bytes on a little-endian load) become spaces.
                let padding = 0x2020_2020_2020_2020 & (UInt64.max << (8 * UInt64(utf8.count)))
                if !Self.needsEscape(UInt64(littleEndian: word) | padding) {
                    bytes.append(word: word, count: utf8.count)  // the word already loaded, not a copy of the bytes
                    return prefix
                }
                writeEscaped(utf8)
                return prefix
            }
            writeEscaped(utf8)
            return UInt64(bigEndian: raw.loadUnaligned(as: UInt64.self))
        }
        bytes.append(UInt8(ascii: "\""))
        return prefix
    }

    /// Appends `utf8` with the bytes that need it escaped, eight bytes at a time where none does.
    private mutating func writeEscaped(_ utf8: UnsafeBufferPointer<UInt8>) {
        let raw = UnsafeRawBufferPointer(utf8)
        var runStart = 0
        var index = 0
        while index < utf8.count {
            // Sixteen, then eight bytes at a time while none of them needs an escape (most of a sentence).
            if index + 16 <= utf8.count, Self.escapeBits(raw.loadUnaligned(fromByteOffset: index, as: UInt64.self))
                | Self.escapeBits(raw.loadUnaligned(fromByteOffset: index + 8, as: UInt64.self)) == 0 {
                index += 16
                continue
            }
            if index + 8 <= utf8.count, !Self.needsEscape(raw.loadUnaligned(fromByteOffset: index, as: UInt64.self)) {
                index += 8
                continue
            }
            // Fewer than eight bytes left: the string's last eight, read again, may show they need no escape.
            if index + 8 > utf8.count, utf8.count >= 8,
               !Self.needsEscape(raw.loadUnaligned(fromByteOffset: utf8.count - 8, as: UInt64.self)) {
                break
            }
            let byte = utf8[index]
            index += 1
            guard byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") else { continue }
            if index - 1 > runStart { bytes.append(UnsafeBufferPointer(rebasing: utf8[runStart..<(index - 1)])) }
            runStart = index
            writeEscape(byte)
        }
        if runStart < utf8.count { bytes.append(UnsafeBufferPointer(rebasing: utf8[runStart...])) }
    }

    /// `string.withUTF8(body)` without the copy of `string` that a mutating call needs (a retain and a
    /// release per string, ~10% of the encoder): a native string lends its bytes in place.
    @inline(__always) private static func withUTF8<R>(of string: String, _ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
        if let result = string.utf8.withContiguousStorageIfAvailable(body) { return result }
        var string = string
        return string.withUTF8(body)
    }

    /// Whether any of the eight bytes of `word` is below 0x20, a quote or a backslash. `(x - 0x01…01) & ~x
    /// & 0x80…80` is non-zero exactly when some byte of `x` is zero (and `(x - 0x20…20) & ~x & 0x80…80`
    /// when some byte is below 0x20); a quote or a backslash is a zero byte once `word` is XOR-ed with it.
    @inline(__always) private static func needsEscape(_ word: UInt64) -> Bool { escapeBits(word) != 0 }

    /// Non-zero exactly when ``needsEscape(_:)``: the three tests or-ed without a branch, so that two words can be
    /// tested at once.
    @inline(__always) private static func escapeBits(_ word: UInt64) -> UInt64 {
        let ones: UInt64 = 0x0101_0101_0101_0101
        let highBits: UInt64 = 0x8080_8080_8080_8080
        let quote = word ^ (ones &* UInt64(UInt8(ascii: "\"")))
        let backslash = word ^ (ones &* UInt64(UInt8(ascii: "\\")))
        return ((word &- ones &* 0x20) & ~word | (quote &- ones) & ~quote | (backslash &- ones) & ~backslash) & highBits
    }

    /// The escape for a quote, a backslash or a C0 control, as `JSONEncoder` writes it.
    private mutating func writeEscape(_ byte: UInt8) {
        bytes.append(UInt8(ascii: "\\"))
        switch byte {
        case UInt8(ascii: "\""), UInt8(ascii: "\\"): bytes.append(byte)
        case 0x08: bytes.append(UInt8(ascii: "b"))
        case 0x09: bytes.append(UInt8(ascii: "t"))
        case 0x0A: bytes.append(UInt8(ascii: "n"))
        case 0x0C: bytes.append(UInt8(ascii: "f"))
        case 0x0D: bytes.append(UInt8(ascii: "r"))
        default:
            let hex: StaticString = "0123456789abcdef"
            writeLiteral("u00")
            hex.withUTF8Buffer { bytes.append($0[Int(byte >> 4)]); bytes.append($0[Int(byte & 15)]) }
        }
    }

    // MARK: Containers

    /// Opens a frame for a value about to encode itself (or for a nested container) and returns its index.
    mutating func pushFrame() -> Int {
        frames.append(Frame(level: frames.last?.level ?? 0))
        return frames.count - 1
    }

    /// Opens the innermost unopened frame as `kind` (or reuses it when the value asks for the same
    /// container twice) and returns its index.
    mutating func open(_ kind: Kind) -> Int {
        let index = frames.count - 1
        precondition(index >= 0, "a container was requested outside of encode(to:)")
        switch frames[index].kind {
        case .unopened:
            frames[index].kind = kind
            switch kind {
            case .object:
                bytes.append(UInt8(ascii: "{"))
                frames[index].level += 1
            case .array:
                bytes.append(UInt8(ascii: "["))
                frames[index].level += 1
            case .single, .unopened:
                break
            }
            frames[index].entryBase = entries.count
            frames[index].contentStart = bytes.count
        case kind where kind != .single:
            break
        default:
            preconditionFailure("a value asked for two different containers")
        }
        return index
    }

    /// Closes the frames at `index` and above, innermost first.
    mutating func close(downTo index: Int) {
        while frames.count > index {
            let frame = frames.removeLast()
            switch frame.kind {
            case .unopened:
                writeLiteral("{}")  // a value that encoded nothing, as JSONEncoder writes it
            case .single:
                break
            case .object:
                if frame.count > 0 { entries[entries.count - 1].end = bytes.count }
                if !frame.keysInOrder { sortEntries(of: frame) }
                entries.removeLast(entries.count - frame.entryBase)
                closeBracket(UInt8(ascii: "}"), frame)
            case .array:
                closeBracket(UInt8(ascii: "]"), frame)
            }
        }
    }

    private mutating func closeBracket(_ bracket: UInt8, _ frame: Frame) {
        if prettyPrinted {
            if frame.count == 0 { bytes.append(10) }
            newline(indent: frame.level - 1)
        }
        bytes.append(bracket)
    }

    private mutating func newline(indent: Int) {
        bytes.append(10)
        for _ in 0..<(2 * indent) { bytes.append(UInt8(ascii: " ")) }
    }

    /// Starts the next member of the container at `index`: closes what is still open inside it and
    /// writes the separator. (Inlined: one call per key saved, 110,000 per MB of text.)
    @inline(__always) mutating func beginElement(in index: Int) {
        if frames.count > index + 1 { close(downTo: index + 1) }
        if frames[index].count > 0 {
            if frames[index].kind == .object { entries[entries.count - 1].end = bytes.count }
            bytes.append(UInt8(ascii: ","))
        }
        frames[index].count += 1
        if prettyPrinted { newline(indent: frames[index].level) }
    }

    /// Starts the member `key` of the object at `index`.
    mutating func beginKey(_ key: String, in index: Int) {
        beginElement(in: index)
        let start = bytes.count
        let slot = KnownKeys.slot(frame: index, member: frames[index].count)
        let prefix: UInt64
        if let known = knownKeys.entry(for: key, at: slot) {
            bytes.append(words: known.quoted, count: known.length)
            prefix = known.prefix
        } else {
            prefix = writeNewKey(key, at: slot)
        }
        if entries.count > frames[index].entryBase {
            // The order prefixes decide unless they are equal (keys alike in their first eight bytes).
            let previous = entries[entries.count - 1]
            if previous.prefix > prefix || (previous.prefix == prefix && !follows(key, keyAt: previous.start)) {
                frames[index].keysInOrder = false
            }
        }
        entries.append(Entry(prefix: prefix, start: start))
        if prettyPrinted { writeLiteral(" : ") } else { bytes.append(UInt8(ascii: ":")) }
    }

    /// Writes a key not remembered at its place, remembers it there and returns its order prefix. (Out of line, as is
    /// ``follows(_:keyAt:)``: inlined, the rare paths made ``beginKey(_:in:)`` save and restore more registers per key.)
    @inline(never) private mutating func writeNewKey(_ key: String, at slot: Int) -> UInt64 {
        let start = bytes.count
        let prefix = writeString(key)
        knownKeys.remember(key, at: slot, quoted: bytes, from: start, prefix: prefix)
        return prefix
    }

    /// Whether `key` comes after the key written at `offset`, in UTF-8 byte order.
    @inline(never) private func follows(_ key: String, keyAt offset: Int) -> Bool {
        Self.key(in: bytes.elements(from: offset), at: 0).lexicographicallyPrecedes(key.utf8)
    }

    /// Rewrites an object whose keys were not encoded in UTF-8 byte order (JSONEncoder's `.sortedKeys`).
    private mutating func sortEntries(of frame: Frame) {
        let members = entries.elements(from: frame.entryBase)
        let content = bytes.elements(from: frame.contentStart)
        let keys = members.map { Self.key(in: content, at: $0.start - frame.contentStart) }
        bytes.removeLast(content.count)
        let sorted = zip(keys, members).sorted { $0.0.lexicographicallyPrecedes($1.0) }.map(\.1)
        for (position, member) in sorted.enumerated() {
            if position > 0 { bytes.append(UInt8(ascii: ",")) }
            if prettyPrinted { newline(indent: frame.level) }
            content[(member.start - frame.contentStart)..<(member.end - frame.contentStart)].withUnsafeBufferPointer { bytes.append($0) }
        }
    }

    /// The UTF-8 bytes of the key whose quoted form starts at `offset` of `json`, escapes undone (the
    /// escapes `writeEscape` writes). Keys compare in this form: UTF-8 byte order.
    private static func key(in json: [UInt8], at offset: Int) -> [UInt8] {
        func hexValue(_ digit: UInt8) -> UInt8 { digit <= UInt8(ascii: "9") ? digit - UInt8(ascii: "0") : digit - UInt8(ascii: "a") + 10 }
        var key: [UInt8] = []
        var index = offset + 1  // past the opening quote
        while json[index] != UInt8(ascii: "\"") {
            var byte = json[index]
            index += 1
            if byte == UInt8(ascii: "\\") {
                let escape = json[index]
                index += 1
                switch escape {
                case UInt8(ascii: "b"): byte = 0x08
                case UInt8(ascii: "t"): byte = 0x09
                case UInt8(ascii: "n"): byte = 0x0A
                case UInt8(ascii: "f"): byte = 0x0C
                case UInt8(ascii: "r"): byte = 0x0D
                case UInt8(ascii: "u"):  // "\u00XX", another C0 control
                    byte = hexValue(json[index + 2]) << 4 | hexValue(json[index + 3])
                    index += 4
                default: byte = escape  // a quote or a backslash
                }
            }
            key.append(byte)
        }
        return key
    }
}

/// A value whose JSON object is written member by member into a keyed container of its `Keys` (the timeline's JSON
/// types: an event, an expression, an interval). Still `Codable`: the members go through the container protocol's own
/// requirements, and `encode(to:)` writes them into `encoder.container(keyedBy:)`.
///
/// Nested in the writer's own containers, such an object gets the concrete ``ObjectContainer`` (``encode(members:forKey:)``,
/// ``JSONObjects``) instead of a `KeyedEncodingContainer`: each member was a call into the standard library's box and
/// from there through the protocol's witness table (~60–100 instructions a member), and each object's container was asked
/// of the writer (~180), for ~17,000 objects and ~90,000 members per MB of text. The bytes are the same: the same
/// steps on the writer's output, in the same order.
protocol JSONMembers {
    associatedtype Keys: CodingKey
    /// Writes the members into `container`.
    func encode<Container: KeyedEncodingContainerProtocol>(into container: inout Container) throws where Container.Key == Keys
}

extension KeyedEncodingContainerProtocol {
    /// Writes `value`'s members as an object nested at `key`: into the writer's own container when this is one (the cast
    /// is decided when this function is specialised for the container's type), else into `nestedContainer(keyedBy:forKey:)`.
    mutating func encode<Value: JSONMembers>(members value: Value, forKey key: Key) throws {
        if let object = self as? ObjectContainer<Key> {
            var nested = object.nestedObject(keyedBy: Value.Keys.self, forKey: key)
            try value.encode(into: &nested)
        } else {
            var nested = nestedContainer(keyedBy: Value.Keys.self, forKey: key)
            try value.encode(into: &nested)
        }
    }
}

extension KeyedEncodingContainerProtocol {
    /// Writes `count` objects as an array nested at `key`, the members of the `index`-th by `element(index)`: into the
    /// writer's own containers when this is one, as ``encode(members:forKey:)`` does (an event's secondary triggers, an
    /// expression's parts: mostly none, but the array's existential container was ~300 instructions an event).
    mutating func encode<Value: JSONMembers>(objects count: Int, forKey key: Key, _ element: (Int) -> Value) throws {
        if let object = self as? ObjectContainer<Key> {
            var array = object.nestedArray(forKey: key)
            for index in 0..<count {
                var nested = array.nestedObject(keyedBy: Value.Keys.self)
                try element(index).encode(into: &nested)
            }
        } else {
            var array = nestedUnkeyedContainer(forKey: key)
            for index in 0..<count {
                var nested = array.nestedContainer(keyedBy: Value.Keys.self)
                try element(index).encode(into: &nested)
            }
        }
    }
}

/// Arrays of objects (``JSONMembers``).
enum JSONObjects {
    /// Writes `count` objects as an array into `encoder`, the members of the `index`-th by `element(index)`: into the
    /// writer's own containers when `encoder` is the writer (one cast per array), else through the standard containers.
    static func encode<Value: JSONMembers>(count: Int, to encoder: any Encoder, _ element: (Int) -> Value) throws {
        if let writer = encoder as? JSONByteWriter {
            var array = ArrayContainer(writer: writer, frame: writer.output.open(.array))
            for index in 0..<count {
                var object = array.nestedObject(keyedBy: Value.Keys.self)
                try element(index).encode(into: &object)
            }
        } else {
            var array = encoder.unkeyedContainer()
            for index in 0..<count {
                var object = array.nestedContainer(keyedBy: Value.Keys.self)
                try element(index).encode(into: &object)
            }
        }
    }
}

private struct ObjectContainer<Key: CodingKey>: KeyedEncodingContainerProtocol {
    let writer: JSONByteWriter
    let frame: Int
    var codingPath: [any CodingKey] { [] }

    /// ``nestedUnkeyedContainer(forKey:)`` as the concrete ``ArrayContainer``, the same steps.
    func nestedArray(forKey key: Key) -> ArrayContainer {
        writer.output.beginKey(key.stringValue, in: frame)
        _ = writer.output.pushFrame()
        return ArrayContainer(writer: writer, frame: writer.output.open(.array))
    }

    /// ``nestedContainer(keyedBy:forKey:)`` as this concrete type, the same steps (``JSONMembers``).
    func nestedObject<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type, forKey key: Key) -> ObjectContainer<NestedKey> {
        writer.output.beginKey(key.stringValue, in: frame)
        _ = writer.output.pushFrame()
        return ObjectContainer<NestedKey>(writer: writer, frame: writer.output.open(.object))
    }

    mutating func encodeNil(forKey key: Key) throws {
        writer.output.beginKey(key.stringValue, in: frame)
        writer.output.writeLiteral("null")
    }
    mutating func encode(_ value: Bool, forKey key: Key) throws {
        writer.output.beginKey(key.stringValue, in: frame)
        writer.output.writeBool(value)
    }
    mutating func encode(_ value: String, forKey key: Key) throws {
        writer.output.beginKey(key.stringValue, in: frame)
        writer.output.writeString(value)
    }
    mutating func encode(_ value: Double, forKey key: Key) throws {
        writer.output.beginKey(key.stringValue, in: frame)
        try writer.output.writeFloatingPoint(value)
    }
    mutating func encode(_ value: Float, forKey key: Key) throws {
        writer.output.beginKey(key.stringValue, in: frame)
        try writer.output.writeFloatingPoint(value)
    }
    mutating func encode(_ value: Int, forKey key: Key) throws {
        writer.output.beginKey(key.stringValue, in: frame)
        writer.output.writeInteger(value)
    }
    mutating func encode(_ value: Int8, forKey key: Key) throws {
        writer.output.beginKey(key.stringValue, in: frame)
        writer.output.writeInteger(value)
    }
    mutating func encode(_ value: Int16, forKey key: Key) throws {
        writer.output.beginKey(key.stringValue, in: frame)
        writer.output.writeInteger(value)
    }
    mutating func encode(_ value: Int32, forKey key: Key) throws {
        writer.output.beginKey(key.stringValue, in: frame)
        writer.output.writeInteger(value)
    }
    mutating func encode(_ value: Int64, forKey key: Key) throws {
        writer.output.beginKey(key.stringValue, in: frame)
        writer.output.writeInteger(value)
    }
    mutating func encode(_ value: UInt, forKey key: Key) throws {
        writer.output.beginKey(key.stringValue, in: frame)
        writer.output.writeInteger(value)
    }
    mutating func encode(_ value: UInt8, forKey key: Key) throws {
        writer.output.beginKey(key.stringValue, in: frame)
        writer.output.writeInteger(value)
    }
    mutating func encode(_ value: UInt16, forKey key: Key) throws {
        writer.output.beginKey(key.stringValue, in: frame)
        writer.output.writeInteger(value)
    }
    mutating func encode(_ value: UInt32, forKey key: Key) throws {
        writer.output.beginKey(key.stringValue, in: frame)
        writer.output.writeInteger(value)
    }
    mutating func encode(_ value: UInt64, forKey key: Key) throws {
        writer.output.beginKey(key.stringValue, in: frame)
        writer.output.writeInteger(value)
    }
    mutating func encode<T: Encodable>(_ value: T, forKey key: Key) throws {
        writer.output.beginKey(key.stringValue, in: frame)
        try writer.write(value)
    }
    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type, forKey key: Key) -> KeyedEncodingContainer<NestedKey> {
        writer.output.beginKey(key.stringValue, in: frame)
        _ = writer.output.pushFrame()
        return writer.container(keyedBy: keyType)
    }
    mutating func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer {
        writer.output.beginKey(key.stringValue, in: frame)
        _ = writer.output.pushFrame()
        return writer.unkeyedContainer()
    }
    mutating func superEncoder() -> any Encoder {
        writer.output.beginKey("super", in: frame)
        _ = writer.output.pushFrame()
        return writer
    }
    mutating func superEncoder(forKey key: Key) -> any Encoder {
        writer.output.beginKey(key.stringValue, in: frame)
        _ = writer.output.pushFrame()
        return writer
    }
}

private struct ArrayContainer: UnkeyedEncodingContainer {
    let writer: JSONByteWriter
    let frame: Int
    private(set) var count = 0
    var codingPath: [any CodingKey] { [] }

    init(writer: JSONByteWriter, frame: Int) {
        self.writer = writer
        self.frame = frame
    }

    mutating func encodeNil() throws {
        begin()
        writer.output.writeLiteral("null")
    }
    mutating func encode(_ value: Bool) throws {
        begin()
        writer.output.writeBool(value)
    }
    mutating func encode(_ value: String) throws {
        begin()
        writer.output.writeString(value)
    }
    mutating func encode(_ value: Double) throws {
        begin()
        try writer.output.writeFloatingPoint(value)
    }
    mutating func encode(_ value: Float) throws {
        begin()
        try writer.output.writeFloatingPoint(value)
    }
    mutating func encode(_ value: Int) throws {
        begin()
        writer.output.writeInteger(value)
    }
    mutating func encode(_ value: Int8) throws {
        begin()
        writer.output.writeInteger(value)
    }
    mutating func encode(_ value: Int16) throws {
        begin()
        writer.output.writeInteger(value)
    }
    mutating func encode(_ value: Int32) throws {
        begin()
        writer.output.writeInteger(value)
    }
    mutating func encode(_ value: Int64) throws {
        begin()
        writer.output.writeInteger(value)
    }
    mutating func encode(_ value: UInt) throws {
        begin()
        writer.output.writeInteger(value)
    }
    mutating func encode(_ value: UInt8) throws {
        begin()
        writer.output.writeInteger(value)
    }
    mutating func encode(_ value: UInt16) throws {
        begin()
        writer.output.writeInteger(value)
    }
    mutating func encode(_ value: UInt32) throws {
        begin()
        writer.output.writeInteger(value)
    }
    mutating func encode(_ value: UInt64) throws {
        begin()
        writer.output.writeInteger(value)
    }
    mutating func encode<T: Encodable>(_ value: T) throws {
        begin()
        try writer.write(value)
    }
    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type) -> KeyedEncodingContainer<NestedKey> {
        begin()
        _ = writer.output.pushFrame()
        return writer.container(keyedBy: keyType)
    }
    /// ``nestedContainer(keyedBy:)`` as the concrete ``ObjectContainer``, the same steps (``JSONMembers``).
    mutating func nestedObject<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type) -> ObjectContainer<NestedKey> {
        begin()
        _ = writer.output.pushFrame()
        return ObjectContainer<NestedKey>(writer: writer, frame: writer.output.open(.object))
    }
    mutating func nestedUnkeyedContainer() -> any UnkeyedEncodingContainer {
        begin()
        _ = writer.output.pushFrame()
        return writer.unkeyedContainer()
    }
    mutating func superEncoder() -> any Encoder {
        begin()
        _ = writer.output.pushFrame()
        return writer
    }
    private mutating func begin() {
        writer.output.beginElement(in: frame)
        count += 1
    }
}

private struct SingleContainer: SingleValueEncodingContainer {
    let writer: JSONByteWriter
    let frame: Int
    var codingPath: [any CodingKey] { [] }

    mutating func encodeNil() throws { writer.output.writeLiteral("null") }
    mutating func encode(_ value: Bool) throws { writer.output.writeBool(value) }
    mutating func encode(_ value: String) throws { writer.output.writeString(value) }
    mutating func encode(_ value: Double) throws { try writer.output.writeFloatingPoint(value) }
    mutating func encode(_ value: Float) throws { try writer.output.writeFloatingPoint(value) }
    mutating func encode(_ value: Int) throws { writer.output.writeInteger(value) }
    mutating func encode(_ value: Int8) throws { writer.output.writeInteger(value) }
    mutating func encode(_ value: Int16) throws { writer.output.writeInteger(value) }
    mutating func encode(_ value: Int32) throws { writer.output.writeInteger(value) }
    mutating func encode(_ value: Int64) throws { writer.output.writeInteger(value) }
    mutating func encode(_ value: UInt) throws { writer.output.writeInteger(value) }
    mutating func encode(_ value: UInt8) throws { writer.output.writeInteger(value) }
    mutating func encode(_ value: UInt16) throws { writer.output.writeInteger(value) }
    mutating func encode(_ value: UInt32) throws { writer.output.writeInteger(value) }
    mutating func encode(_ value: UInt64) throws { writer.output.writeInteger(value) }
    mutating func encode<T: Encodable>(_ value: T) throws { try writer.write(value) }
}

/// The keys a writer has written, by where it wrote them: the frame's index and the member's position in its object.
///
/// Object after object of one type at one depth (the events of the array), the n-th key is the same string, and
/// writing it again (its bytes lent, checked for escapes, copied) cost ~180 instructions, 110,000 times per MB of
/// text. A key of at most 22 bytes that needed no escape is remembered quoted, as three 64-bit words, with its
/// order prefix; when the key at that place next time is the same string, the words are stored at once.
///
/// Two keys are remembered at each place: objects of two types alternate at one depth (an event's expression and its
/// interval: "mod" and "start" are both the second member), and with one a key written at such a place was a miss
/// every time (~15,000 of the 110,000 keys per MB). The first key seen at a place keeps the first entry; the second
/// entry holds the last other key.
///
/// "The same string" is decided on the string's own bits, as the standard library's `==` first does: two `String`
/// values with the same bits hold the same bytes (a string's bits are its bytes when it is small, else a reference to
/// storage that the copy kept here holds on to, so that it can be neither freed nor changed). A string equal to
/// another but not bit for bit (another normalisation) is written the long way.
struct KnownKeys: ~Copyable {
    /// A key remembered at one place.
    struct Entry: BitwiseCopyable {
        /// The key's `String` bits, compared with the next key's (``bits(of:)``).
        var bits: (UInt64, UInt64) = (0, 0)
        /// The key's bytes with their quotes, as they lie in memory.
        var quoted: (UInt64, UInt64, UInt64) = (0, 0, 0)
        /// The quoted key's length in bytes; 0 for no key remembered.
        var length = 0
        /// The key's order prefix, as `writeString` returned it.
        var prefix: UInt64 = 0
    }

    /// Deep and wide enough for a timeline's objects (a range part's interval is at depth 5, an expression has 12
    /// keys); keys elsewhere are written the long way.
    static let depths = 6
    static let members = 12
    /// Entries per place.
    static let ways = 2
    private let entries: UnsafeMutablePointer<Entry>
    /// The keys remembered, kept so that the storage their bits may refer to lives on.
    private var strings: [String] = []

    init() {
        entries = .allocate(capacity: Self.depths * Self.members * Self.ways)
        entries.initialize(repeating: Entry(), count: Self.depths * Self.members * Self.ways)
        strings.reserveCapacity(Self.depths * Self.members * Self.ways)  // two keys per place at most, mostly: seldom grows
    }

    deinit { entries.deallocate() }

    /// The first of the ``ways`` slots of member `member` (counted from 1) of the object at frame `frame`, or -1 past
    /// the table.
    @inline(__always) static func slot(frame: Int, member: Int) -> Int {
        frame < depths && member >= 1 && member <= Self.members ? (frame &* Self.members &+ member &- 1) &* ways : -1
    }

    /// The two words of a `String` value (`nil` were a `String` ever not two words).
    @inline(__always) private static func bits(of string: String) -> (UInt64, UInt64)? {
        guard MemoryLayout<String>.size == 16 else { return nil }
        // (A bit cast, not the bytes lent through a pointer: a value whose address is taken costs the calling function
        // a stack-protector check, and this one runs for every key.)
        return unsafeBitCast(string, to: (UInt64, UInt64).self)
    }

    /// The entry remembered at the place `slot` if it is `key`'s.
    @inline(__always) func entry(for key: String, at slot: Int) -> Entry? {
        guard slot >= 0, let bits = Self.bits(of: key) else { return nil }
        for way in slot..<(slot + Self.ways) where entries[way].length > 0 && bits.0 == entries[way].bits.0 && bits.1 == entries[way].bits.1 {
            return entries[way]
        }
        return nil
    }

    /// Remembers `key`, just written quoted into `bytes` from offset `start`, at the place `slot`: in its first entry if
    /// that is free, else in its last.
    mutating func remember(_ key: String, at slot: Int, quoted bytes: borrowing ByteBuffer, from start: Int, prefix: UInt64) {
        let length = bytes.count - start
        // At most 22 bytes and no escape (then the quoted key is two bytes longer than the key).
        guard slot >= 0, length <= 24, length == key.utf8.count + 2, let bits = Self.bits(of: key) else { return }
        var quoted: (UInt64, UInt64, UInt64) = (0, 0, 0)
        withUnsafeMutableBytes(of: &quoted) { words in
            for offset in 0..<length { words[offset] = bytes[start + offset] }
        }
        // A writer is kept from one value to the next: should keys keep changing places, start again rather than keep
        // every string seen.
        if strings.count >= 4 * Self.depths * Self.members * Self.ways {
            entries.update(repeating: Entry(), count: Self.depths * Self.members * Self.ways)
            strings.removeAll(keepingCapacity: true)
        }
        let way = entries[slot].length == 0 ? slot : slot + Self.ways - 1
        entries[way] = Entry(bits: bits, quoted: quoted, length: length, prefix: prefix)
        strings.append(key)
    }
}

/// A growable buffer of plain values whose accesses check the bounds or the capacity and nothing else: the writer's
/// output bytes (``ByteBuffer``), its open containers and the keys of its open objects. In an `Array`, every append
/// or change also checked that the storage was not shared (~500,000 times per MB of text for the frames and keys
/// alone), and appending a run of bytes went through the generic `append(contentsOf:)`. A buffer belongs to one
/// writer and is never copied (`~Copyable`).
struct PlainBuffer<Element: BitwiseCopyable>: ~Copyable {
    fileprivate var storage: UnsafeMutablePointer<Element>
    /// The number of elements it has room for.
    fileprivate(set) var capacity: Int
    /// The number of elements.
    private(set) var count = 0

    init(capacity: Int) {
        self.capacity = max(capacity, 16)
        storage = .allocate(capacity: self.capacity)
    }

    deinit { storage.deallocate() }

    var last: Element? { count > 0 ? storage[count - 1] : nil }

    subscript(index: Int) -> Element {
        unsafeAddress {
            precondition(index >= 0 && index < count, "index out of range")
            return UnsafePointer(storage + index)
        }
        unsafeMutableAddress {
            precondition(index >= 0 && index < count, "index out of range")
            return storage + index
        }
    }

    /// Appends one element.
    @inline(__always) mutating func append(_ element: Element) {
        if count == capacity { grow(toHold: count + 1) }
        (storage + count).initialize(to: element)
        count += 1
    }

    /// Appends the elements of a buffer.
    @inline(__always) mutating func append(_ elements: UnsafeBufferPointer<Element>) {
        guard let source = elements.baseAddress else { return }
        if count + elements.count > capacity { grow(toHold: count + elements.count) }
        (storage + count).update(from: source, count: elements.count)  // plain values: as good as initialised
        count += elements.count
    }

    /// Removes the last element and returns it.
    mutating func removeLast() -> Element {
        precondition(count > 0, "removeLast on an empty buffer")
        count -= 1
        return storage[count]
    }

    /// Forgets the last `n` elements.
    mutating func removeLast(_ n: Int) {
        precondition(n >= 0 && n <= count)
        count -= n
    }

    /// The elements from `start` on, as an array.
    func elements(from start: Int = 0) -> [Element] {
        Array(UnsafeBufferPointer(start: storage + start, count: count - start))
    }

    /// Makes room for at least `minimum` elements (and for `count` more: see `ByteBuffer`'s word appends).
    fileprivate mutating func grow(toHold minimum: Int) {
        capacity = max(2 * capacity, minimum)
        let larger = UnsafeMutablePointer<Element>.allocate(capacity: capacity)
        larger.update(from: storage, count: count)
        storage.deallocate()
        storage = larger
    }

    /// Counts `n` more elements as written (after a store past `count` through the storage).
    fileprivate mutating func advance(by n: Int) { count += n }
}

/// The encoder's output.
typealias ByteBuffer = PlainBuffer<UInt8>

extension PlainBuffer where Element == UInt8 {
    /// The bytes written, as a string (validated and, were they not UTF-8, repaired, as by `String(decoding:as:)`).
    ///
    /// A new string's bytes are validated: ~0.3 instructions per byte while all of them are ASCII, but ~9 per byte,
    /// from the first one, as soon as one is not (a curly quote anywhere in the article: 57 % of the 1 MB archive's
    /// output). A text with such bytes is made of its stretches of ASCII, each checked as ASCII, and of the runs of
    /// other bytes between them (whole characters, as an ASCII byte is never part of one), each checked on its own,
    /// appended into one string: appending a string copies its bytes without validating them again.
    var string: String {
        let all = UnsafeBufferPointer(start: storage, count: count)
        let raw = UnsafeRawPointer(storage)
        var result = ""
        var start = 0
        var index = 0
        while index < count {
            // Sixteen bytes at a time to the next byte beyond ASCII.
            if index + 16 <= count, (raw.loadUnaligned(fromByteOffset: index, as: UInt64.self)
                                     | raw.loadUnaligned(fromByteOffset: index + 8, as: UInt64.self)) & 0x8080_8080_8080_8080 == 0 {
                index += 16
                continue
            }
            if storage[index] < 0x80 {
                index += 1
                continue
            }
            if result.isEmpty { result.reserveCapacity(count) }
            result += String(decoding: UnsafeBufferPointer(rebasing: all[start..<index]), as: UTF8.self)
            start = index
            while index < count, storage[index] >= 0x80 { index += 1 }
            result += String(decoding: UnsafeBufferPointer(rebasing: all[start..<index]), as: UTF8.self)
            start = index
        }
        if start == 0 { return String(decoding: all, as: UTF8.self) }  // all ASCII: one string, checked as such
        result += String(decoding: UnsafeBufferPointer(rebasing: all[start...]), as: UTF8.self)
        return result
    }

    /// Appends the first `count` bytes (at most eight) of `word` as it lies in memory: one store of the whole word,
    /// whose bytes past `count` the next append overwrites, instead of a copy of `count` bytes.
    @inline(__always) mutating func append(word: UInt64, count: Int) {
        if self.count + 8 > capacity { grow(toHold: self.count + 8) }
        UnsafeMutableRawPointer(storage + self.count).storeBytes(of: word, as: UInt64.self)
        advance(by: count)
    }

    /// Appends the first `count` bytes (at most 24) of three words as they lie in memory, as ``append(word:count:)``.
    @inline(__always) mutating func append(words: (UInt64, UInt64, UInt64), count: Int) {
        if self.count + 24 > capacity { grow(toHold: self.count + 24) }
        let destination = UnsafeMutableRawPointer(storage + self.count)
        destination.storeBytes(of: words.0, as: UInt64.self)
        destination.storeBytes(of: words.1, toByteOffset: 8, as: UInt64.self)
        destination.storeBytes(of: words.2, toByteOffset: 16, as: UInt64.self)
        advance(by: count)
    }
}
