@_implementationOnly import CICU

/// Parses dates written in one fixed pattern (ICU `udat_parseCalendar`), strictly.
///
/// Fields the text does not give (a year, say) come from the reference day passed to
/// ``parse(_:reference:)``, never from 1970 or the wall clock; two-digit years fall in the
/// 100 years that start 80 years before the reference day. An impossible day ("Feb 30") is rejected.
/// Not thread-safe: it owns ICU handles.
public final class ICUDateParser {
    private let format: UnsafeMutableRawPointer
    private let calendar: UnsafeMutableRawPointer

    /// The ICU pattern, e.g. `MMM d, y`.
    public let pattern: String

    /// The reference day the two-digit-year pivot was last set for (setting it costs ICU a calendar
    /// computation, and callers pass the same reference again and again).
    private var pivotReference: ICUDay?

    /// Opens a parser for `pattern` in `locale` (for month and weekday names), in UTC.
    public init(pattern: String, locale: String = "en_US_POSIX") throws(ICUError) {
        self.pattern = pattern
        let zone: [UChar] = Array("UTC".utf16)
        let patternUnits: [UChar] = Array(pattern.utf16)
        let opened = try check("udat_open") { status in
            cicu_udat_openPattern(locale, zone, Int32(zone.count), patternUnits, Int32(patternUnits.count), status)
        }
        guard let opened else { throw ICUError(call: "udat_open", code: -1) }
        let cal: UnsafeMutableRawPointer?
        do {
            cal = try check("ucal_open") { status in cicu_ucal_open(zone, Int32(zone.count), "en_US_POSIX", status) }
        } catch {
            cicu_udat_close(opened)
            throw error
        }
        guard let cal else { cicu_udat_close(opened); throw ICUError(call: "ucal_open", code: -1) }
        format = opened
        calendar = cal
        cicu_udat_setLenient(format, 0)
        cicu_ucal_setAttribute(calendar, UCAL_LENIENT, 0)
    }

    deinit {
        cicu_udat_close(format)
        cicu_ucal_close(calendar)
    }

    /// Parses the whole of `text`; `nil` when it does not match the pattern or names an impossible day.
    ///
    /// - Parameters:
    ///   - text: the date as written.
    ///   - reference: the day that supplies missing fields and pivots two-digit years.
    public func parse(_ text: String, reference: ICUDay) -> ICUDay? {
        let units: [UChar] = Array(text.utf16)
        guard !units.isEmpty, units.count < 256 else { return nil }
        if pivotReference != reference {
            seed(ICUDay(year: reference.year - 80, month: reference.month, day: 1))
            if let pivot = try? check("ucal_getMillis", { cicu_ucal_getMillis(calendar, $0) }) {
                _ = try? check("udat_set2DigitYearStart") { cicu_udat_set2DigitYearStart(format, pivot, $0) }
            }
            pivotReference = reference
        }
        seed(reference)
        var position: Int32 = 0
        let parsed: Void? = try? check("udat_parseCalendar") {
            cicu_udat_parseCalendar(format, calendar, units, Int32(units.count), &position, $0)
        }
        guard parsed != nil, Int(position) == units.count else { return nil }
        // A strict calendar reports an impossible day only when its fields are computed.
        guard let year = try? check("ucal_get", { cicu_ucal_get(calendar, UCAL_EXTENDED_YEAR, $0) }),
              let month = try? check("ucal_get", { cicu_ucal_get(calendar, UCAL_MONTH, $0) }),
              let day = try? check("ucal_get", { cicu_ucal_get(calendar, UCAL_DATE, $0) })
        else { return nil }
        return ICUDay(year: Int(year), month: Int(month) + 1, day: Int(day))
    }

    private func seed(_ day: ICUDay) {
        cicu_ucal_clear(calendar)
        cicu_ucal_set(calendar, UCAL_EXTENDED_YEAR, Int32(clamping: day.year))
        cicu_ucal_set(calendar, UCAL_MONTH, Int32(day.month - 1))
        cicu_ucal_set(calendar, UCAL_DATE, Int32(day.day))
    }
}
