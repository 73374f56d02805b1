/// A day of the Gregorian calendar, without time or time zone: the unit a timeline is built from.
///
/// ```swift
/// let day = CalendarDate(year: 2023, month: 2, day: 28)
/// day.description   // "2023-02-28"
/// ```
public struct CalendarDate: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// The year (astronomical numbering: 0 is 1 BC).
    public var year: Int
    /// The month, 1 to 12.
    public var month: Int
    /// The day of the month, 1 to 31.
    public var day: Int

    /// Creates a day. The values are not checked; ``isValid`` says whether the day exists.
    public init(year: Int, month: Int, day: Int) {
        self.year = year
        self.month = month
        self.day = day
    }

    /// Parses an ISO 8601 calendar date such as `2023-02-28`; `nil` when malformed or impossible.
    public init?(iso text: some StringProtocol) {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
              let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2])
        else { return nil }
        self.init(year: year, month: month, day: day)
        guard isValid else { return nil }
    }

    /// Whether the day exists in the Gregorian calendar (`false` for February 30).
    public var isValid: Bool {
        guard (1...12).contains(month), day >= 1 else { return false }
        return day <= CalendarDate.daysIn(month: month, year: year)
    }

    /// The ISO 8601 form, e.g. `2023-02-28`.
    public var description: String {
        guard (0...9999).contains(year), (0...99).contains(month), (0...99).contains(day) else {
            return "\(pad(year, 4))-\(pad(month, 2))-\(pad(day, 2))"
        }
        // Ten ASCII bytes: a small string, built without a heap allocation.
        return String(unsafeUninitializedCapacity: 10) { buffer in
            // (Unsigned, the fields checked above: no sign to handle in the divisions, no check in the conversions.)
            func digits(_ value: Int, at offset: Int, width: Int) {
                var rest = UInt(truncatingIfNeeded: value)
                var index = offset + width
                repeat {
                    index -= 1
                    buffer[index] = UInt8(ascii: "0") + UInt8(truncatingIfNeeded: rest % 10)
                    rest /= 10
                } while index > offset
            }
            digits(year, at: 0, width: 4)
            buffer[4] = UInt8(ascii: "-")
            digits(month, at: 5, width: 2)
            buffer[7] = UInt8(ascii: "-")
            digits(day, at: 8, width: 2)
            return 10
        }
    }

    /// Orders days chronologically.
    public static func < (lhs: CalendarDate, rhs: CalendarDate) -> Bool {
        (lhs.year, lhs.month, lhs.day) < (rhs.year, rhs.month, rhs.day)
    }

    static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }
}

extension CalendarDate: Codable {
    /// Decodes the ISO 8601 string form.
    public init(from decoder: any Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        guard let date = CalendarDate(iso: text) else {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: "not an ISO date: \(text)"))
        }
        self = date
    }

    /// Encodes the ISO 8601 string form.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }
}

/// Zero-pads a number (keeping a leading minus sign) to `width` digits.
func pad(_ value: Int, _ width: Int) -> String {
    // The usual case, a small number not below zero (a year, a month, a week): its digits written into a small string
    // behind the zeros, without the integer's description and a concatenation (TIMEX3 values, Period.value).
    if value >= 0, value < 100_000_000, width <= 8 {
        var count = 1
        var power = 10
        while value >= power {
            count += 1
            power &*= 10
        }
        count = max(count, width)
        return String(unsafeUninitializedCapacity: count) { buffer in
            var rest = UInt(bitPattern: value)
            var index = count
            while index > 0 {
                index -= 1
                buffer[index] = UInt8(ascii: "0") &+ UInt8(truncatingIfNeeded: rest % 10)
                rest /= 10
            }
            return count
        }
    }
    let digits = String(abs(value))
    let count = digits.utf8.count  // ASCII digits: as many bytes as characters, counted without grapheme breaking
    let padded = count >= width ? digits : String(repeating: "0", count: width - count) + digits
    return value < 0 ? "-" + padded : padded
}
