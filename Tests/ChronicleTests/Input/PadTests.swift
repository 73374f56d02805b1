import Testing
@testable import Chronicle

/// `pad` writes a small number's digits itself (the usual case); the result must be the integer's description with
/// zeros in front, as the general path makes it.
@Suite("pad")
struct PadTests {
    /// The general path: the description of the magnitude, zeros in front up to `width`, the sign kept.
    static func reference(_ value: Int, _ width: Int) -> String {
        let digits = String(value.magnitude)
        let padded = String(repeating: "0", count: max(0, width - digits.count)) + digits
        return value < 0 ? "-" + padded : padded
    }

    @Test func matchesTheIntegersDescription() {
        var values = [0, 1, 9, 10, 11, 99, 100, 999, 1000, 1998, 9999, 10_000, 99_999_999, 100_000_000, 123_456_789, Int.max,
                      -1, -9, -10, -480, -2023, Int.min + 1]
        for power in 1...8 { values += [Int(pow10(power)) - 1, Int(pow10(power)), Int(pow10(power)) + 1] }
        for value in values {
            for width in 0...10 {
                #expect(pad(value, width) == Self.reference(value, width), "pad(\(value), \(width))")
            }
        }
        #expect(pad(7, 2) == "07")
        #expect(pad(2023, 4) == "2023")
        #expect(pad(44, 4) == "0044")
        #expect(pad(12345, 2) == "12345")
    }

    private func pow10(_ exponent: Int) -> Int { (0..<exponent).reduce(1) { result, _ in result * 10 } }
}
