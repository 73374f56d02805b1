@_implementationOnly import CICU

/// Days of the calendars whose holidays news dates without their year's Gregorian day: the Hebrew (Passover), Chinese
/// (the Lunar New Year), Islamic (Eid al-Fitr, Umm al-Qura reckoning) and Persian (Nowruz) calendars, backed by one ICU
/// calendar in UTC.
///
/// Not thread-safe: it owns an ICU handle. Open one where it is needed (these holidays are rare).
public final class ICULunarCalendar {
    /// The calendars a holiday may be counted in.
    public enum Kind: String, Sendable, Hashable {
        /// The Hebrew calendar (months from Tishri 0; Nisan is 7 in every year, Adar I 5 only in leap years).
        case hebrew
        /// The Chinese calendar (months from 0; a leap month repeats its number and is skipped here).
        case chinese
        /// The Islamic calendar by the Umm al-Qura tables (months from Muharram 0).
        case islamic = "islamic-umalqura"
        /// The Persian (Solar Hijri) calendar (months from Farvardin 0; its first day is Nowruz).
        case persian
    }

    private let handle: UnsafeMutableRawPointer
    private let kind: Kind
    private static let millisPerDay: Double = 86_400_000

    /// Opens a calendar of that kind in UTC.
    public init(_ kind: Kind) throws(ICUError) {
        let zone: [UChar] = Array("UTC".utf16)
        let locale = "en@calendar=" + kind.rawValue
        let opened = try check("ucal_open") { status in cicu_ucal_open_named(zone, Int32(zone.count), locale, status) }
        guard let opened else { throw ICUError(call: "ucal_open", code: -1) }
        handle = opened
        self.kind = kind
    }

    deinit { cicu_ucal_close(handle) }

    /// The number of days after the UTC midnight `start` (milliseconds since 1970) of the first day, within `days` days,
    /// that is day `day` of month `month` (0-based, not a leap month) in this calendar; `nil` when none is.
    public func firstDay(month: Int, day: Int, fromMillis start: Double, within days: Int) -> Int? {
        // A calendar without leap months (the Islamic one, searched over a whole Gregorian year): set the day in the
        // calendar year the window starts in and the next, rather than reading every day.
        if kind == .islamic {
            guard (try? check("ucal_setMillis") { cicu_ucal_setMillis(handle, start, $0) }) != nil else { return nil }
            let year = get(UCAL_YEAR)
            for candidate in year...year + 1 {
                cicu_ucal_set(handle, UCAL_YEAR, Int32(candidate))
                cicu_ucal_set(handle, UCAL_MONTH, Int32(month))
                cicu_ucal_set(handle, UCAL_DATE, Int32(day))
                guard let millis = try? check("ucal_getMillis", { cicu_ucal_getMillis(handle, $0) }) else { return nil }
                let offset = Int(((millis - start) / Self.millisPerDay).rounded())
                if offset >= 0 && offset < days { return offset }
            }
            return nil
        }
        for offset in 0..<days {
            guard (try? check("ucal_setMillis") { cicu_ucal_setMillis(handle, start + Double(offset) * Self.millisPerDay, $0) }) != nil
            else { return nil }
            if get(UCAL_DATE) == day, get(UCAL_MONTH) == month, get(UCAL_IS_LEAP_MONTH) == 0 { return offset }
        }
        return nil
    }

    private func get(_ field: UCalendarDateFields) -> Int {
        Int((try? check("ucal_get") { cicu_ucal_get(handle, field, $0) }) ?? -1)
    }
}
