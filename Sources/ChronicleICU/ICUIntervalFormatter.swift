@_implementationOnly import CICU

/// Formats a day or a range of days for people, in a locale, with ICU's date interval formats.
///
/// The skeleton `yMMMEd` gives "Tue, Feb 28 – Thu, Mar 2, 2023" in `en_US`; a single day gives
/// "Tue, Feb 28, 2023". Days are shown in the locale's calendar, proleptic where it counts Gregorian days (like
/// ``ICUCalendar``): 1066-10-14 is "Sun, Oct 14, 1066", not the Julian "Oct 8". Not thread-safe: it owns ICU handles.
public final class ICUIntervalFormatter {
    private let format: OpaquePointer
    /// The calendars set to a range's two ends, and the result ICU formats into (reused for every range).
    private let from: UnsafeMutableRawPointer
    private let to: UnsafeMutableRawPointer
    private let result: OpaquePointer

    /// Opens a formatter for a CLDR skeleton (e.g. `yMMMEd`, `yMMMM`, `y`) in `locale`; days are read in UTC.
    public init(skeleton: String, locale: String) throws(ICUError) {
        let zone: [UChar] = Array("UTC".utf16)
        let units: [UChar] = Array(skeleton.utf16)
        let opened = try check("udtitvfmt_open") { status in
            cicu_udtitvfmt_open(locale, units, Int32(units.count), zone, Int32(zone.count), status)
        }
        guard let opened else { throw ICUError(call: "udtitvfmt_open", code: -1) }
        var handles: [UnsafeMutableRawPointer] = []
        var formatted: OpaquePointer?
        var relabel: Relabel?
        do throws(ICUError) {
            for _ in 0..<2 {
                let calendar = try check("ucal_open") { status in
                    cicu_ucal_open_display(zone, Int32(zone.count), locale, status)
                }
                guard let calendar else { throw ICUError(call: "ucal_open", code: -1) }
                handles.append(calendar)
            }
            let type = try check("ucal_getType") { cicu_ucal_getType(handles[0], $0) }.map { String(cString: $0) }
            if let type, Self.relabelled.contains(type) {
                relabel = try Relabel(zone: zone)
            }
            formatted = try check("udtitvfmt_openResult") { cicu_udtitvfmt_openResult($0) }
            guard formatted != nil else { throw ICUError(call: "udtitvfmt_openResult", code: -1) }
        } catch {
            handles.forEach(cicu_ucal_close)
            cicu_udtitvfmt_close(opened)
            throw error
        }
        format = opened
        from = handles[0]
        to = handles[1]
        result = formatted!
        self.relabel = relabel
    }

    /// Calendars ICU builds on the Gregorian one but whose switch from the Julian calendar it cannot move
    /// (`ucal_setGregorianChange` takes only a plain Gregorian calendar).
    private static let relabelled: Set<String> = ["buddhist", "japanese", "roc", "iso8601"]
    /// For a calendar in ``relabelled``: the day before 1582-10-15 is shown by its Gregorian numbers (1000-01-01 is
    /// BE 1543-01-01 in the Buddhist calendar), as from 1582 on, not as the Julian day of the same instant.
    private let relabel: Relabel?

    /// Moves a proleptic Gregorian instant to the instant with the same day numbers in ICU's hybrid calendar.
    private final class Relabel {
        let proleptic: UnsafeMutableRawPointer
        let hybrid: UnsafeMutableRawPointer
        /// 1582-10-15T00:00Z, the first Gregorian day of the hybrid calendar.
        static let change: Double = -12_219_292_800_000

        init(zone: [UChar]) throws(ICUError) {
            let proleptic = try check("ucal_open") { cicu_ucal_open(zone, Int32(zone.count), "en_US_POSIX", $0) }
            guard let proleptic else { throw ICUError(call: "ucal_open", code: -1) }
            let hybrid = try? check("ucal_open") { cicu_ucal_open_hybrid(zone, Int32(zone.count), "en_US_POSIX", $0) }
            guard let hybrid else { cicu_ucal_close(proleptic); throw ICUError(call: "ucal_open", code: -1) }
            self.proleptic = proleptic
            self.hybrid = hybrid
        }

        deinit {
            cicu_ucal_close(proleptic)
            cicu_ucal_close(hybrid)
        }

        func millis(_ millis: Double) throws(ICUError) -> Double {
            guard millis < Self.change else { return millis }
            try check("ucal_setMillis") { cicu_ucal_setMillis(proleptic, millis, $0) }
            cicu_ucal_clear(hybrid)
            for field in [UCAL_EXTENDED_YEAR, UCAL_MONTH, UCAL_DATE, UCAL_MILLISECONDS_IN_DAY] {
                cicu_ucal_set(hybrid, field, try check("ucal_get") { cicu_ucal_get(proleptic, field, $0) })
            }
            return try check("ucal_getMillis") { cicu_ucal_getMillis(hybrid, $0) }
        }
    }

    deinit {
        cicu_udtitvfmt_closeResult(result)
        cicu_ucal_close(from)
        cicu_ucal_close(to)
        cicu_udtitvfmt_close(format)
    }

    /// Formats the range from `start` to `end` (UTC milliseconds); equal ends give a single date.
    public func string(fromMillis start: Double, toMillis end: Double) throws(ICUError) -> String {
        let start = try relabel?.millis(start) ?? start
        let end = try relabel?.millis(end) ?? end
        try check("ucal_setMillis") { cicu_ucal_setMillis(from, start, $0) }
        try check("ucal_setMillis") { cicu_ucal_setMillis(to, end, $0) }
        var length: Int32 = 0
        let text = try check("udtitvfmt_formatCalendarToResult") { status in
            cicu_udtitvfmt_formatCalendars(format, from, to, result, &length, status)
        }
        guard let text, length > 0 else { return "" }
        return String(decoding: UnsafeBufferPointer(start: text, count: Int(length)), as: UTF16.self)
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
