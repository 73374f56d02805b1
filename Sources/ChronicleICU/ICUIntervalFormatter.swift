@_implementationOnly import CICU

/// Formats a day or a range of days for people, in a locale, with ICU's date interval formats.
///
/// The skeleton `yMMMEd` gives "Tue, Feb 28 – Thu, Mar 2, 2023" in `en_US`; a single day gives
/// "Tue, Feb 28, 2023". Not thread-safe: it owns an ICU handle.
public final class ICUIntervalFormatter {
    private let format: OpaquePointer

    /// Opens a formatter for a CLDR skeleton (e.g. `yMMMEd`, `yMMMM`, `y`) in `locale`; days are read in UTC.
    public init(skeleton: String, locale: String) throws(ICUError) {
        let zone: [UChar] = Array("UTC".utf16)
        let units: [UChar] = Array(skeleton.utf16)
        let opened = try check("udtitvfmt_open") { status in
            cicu_udtitvfmt_open(locale, units, Int32(units.count), zone, Int32(zone.count), status)
        }
        guard let opened else { throw ICUError(call: "udtitvfmt_open", code: -1) }
        format = opened
    }

    deinit { cicu_udtitvfmt_close(format) }

    /// Formats the range from `start` to `end` (UTC milliseconds); equal ends give a single date.
    public func string(fromMillis start: Double, toMillis end: Double) throws(ICUError) -> String {
        var buffer = [UChar](repeating: 0, count: 128)
        let length = try check("udtitvfmt_format") { status in
            cicu_udtitvfmt_format(format, start, end, &buffer, Int32(buffer.count), status)
        }
        return String(decoding: buffer[0..<min(Int(length), buffer.count)], as: UTF16.self)
    }
}

/// Time zone identifiers, checked against ICU's time zone database.
public enum ICUTimeZone {
    /// The canonical identifier of `identifier` (e.g. `Asia/Hong_Kong`), or `nil` when ICU does not know it.
    public static func canonicalIdentifier(_ identifier: String) -> String? {
        let units: [UChar] = Array(identifier.utf16)
        guard !units.isEmpty, units.count < 128 else { return nil }
        var buffer = [UChar](repeating: 0, count: 128)
        guard let length = try? check("ucal_getCanonicalTimeZoneID", { status in
            cicu_ucal_getCanonicalTimeZoneID(units, Int32(units.count), &buffer, Int32(buffer.count), status)
        }), length > 0 else { return nil }
        let canonical = String(decoding: buffer[0..<Int(length)], as: UTF16.self)
        // ICU answers "Etc/Unknown" for identifiers it does not know.
        return canonical == "Etc/Unknown" ? nil : canonical
    }
}
