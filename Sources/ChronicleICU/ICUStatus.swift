@_implementationOnly import CICU

/// A failed ICU call: the C function's name and ICU's `UErrorCode`.
public struct ICUError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The ICU function that failed, e.g. `udat_open`.
    public let call: String
    /// ICU's error code (a `UErrorCode` value greater than zero).
    public let code: Int32

    /// A one-line description naming the call and the code.
    public var description: String { "\(call) failed with ICU error \(code)" }
}

/// Runs an ICU call with a fresh status and throws when ICU reports a failure.
///
/// Warnings (negative codes such as `U_USING_DEFAULT_WARNING`) are not failures.
@inline(__always)
func check<T>(_ call: String, _ body: (UnsafeMutablePointer<UErrorCode>) -> T) throws(ICUError) -> T {
    var status = U_ZERO_ERROR
    let result = body(&status)
    if status.rawValue > U_ZERO_ERROR.rawValue { throw ICUError(call: call, code: status.rawValue) }
    return result
}
