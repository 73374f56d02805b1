@_implementationOnly import CICU

/// A day of the proleptic Gregorian calendar as plain numbers: ICU's calendar works on these.
public struct ICUDay: Sendable, Hashable, BitwiseCopyable {
    /// The year (astronomical: 0 is 1 BC).
    public var year: Int
    /// The month, 1 to 12.
    public var month: Int
    /// The day of the month, 1 to 31.
    public var day: Int

    /// Creates a day from its year, month (1–12) and day of month.
    public init(year: Int, month: Int, day: Int) {
        self.year = year
        self.month = month
        self.day = day
    }
}

/// Calendar arithmetic on days, backed by one ICU Gregorian calendar in UTC, proleptic: Gregorian days before
/// 1582-10-15 too (ICU's default counts Julian days there), so 1066-10-14 is a Sunday and 1582-10-04 + 1 day is
/// 1582-10-05.
///
/// Weeks follow ISO 8601 (Monday first, the first week holds 4 days), whatever the machine's locale.
/// The calendar is strict: an impossible day such as February 30 is reported, never rolled over.
/// Not thread-safe: it owns an ICU handle. Give each thread its own.
public final class ICUCalendar {
    /// A field that ``adding(_:_:to:)`` can move.
    public enum Field: Sendable, Hashable {
        /// Days.
        case day
        /// Weeks of seven days.
        case week
        /// Calendar months (a day past the month's end is clamped: Jan 31 + 1 month = Feb 28).
        case month
        /// Calendar years.
        case year
    }

    private let handle: UnsafeMutableRawPointer
    private static let millisPerDay: Double = 86_400_000

    /// Results of ``adding(_:_:to:)`` already computed: the same sums recur (the months, weeks and days
    /// around a dateline), and each costs ICU several field computations. Emptied when it grows large.
    /// Not checked for exclusivity at run time: one calendar serves one thread, and no access calls out.
    @exclusivity(unchecked) private var sums = DayTable<ICUDay>()
    /// The days ``millis(_:)`` has computed (`nil` for an impossible day), as the sums are: the dateline and the
    /// first days of the periods mentioned recur as ``days(from:to:)``'s ends.
    @exclusivity(unchecked) private var dayMillis = DayTable<Double?>()
    /// The days ``isValid(_:)`` has checked and the weekdays ``weekday(of:)`` has read, as the sums are.
    @exclusivity(unchecked) private var validDays = DayTable<Bool>()
    @exclusivity(unchecked) private var weekdays = DayTable<Int>()

    /// Opens a proleptic Gregorian calendar in UTC with ISO week rules.
    public init() throws(ICUError) {
        let zone: [UChar] = Array("UTC".utf16)
        let opened = try check("ucal_open") { status in cicu_ucal_open(zone, Int32(zone.count), "en_US_POSIX", status) }
        guard let opened else { throw ICUError(call: "ucal_open", code: -1) }
        handle = opened
        cicu_ucal_setAttribute(handle, UCAL_FIRST_DAY_OF_WEEK, Int32(UCAL_MONDAY.rawValue))
        cicu_ucal_setAttribute(handle, UCAL_MINIMAL_DAYS_IN_FIRST_WEEK, 4)
        cicu_ucal_setAttribute(handle, UCAL_LENIENT, 0)
    }

    deinit { cicu_ucal_close(handle) }

    /// Whether the day exists (e.g. `false` for 2023-02-29 or year 0 month 13).
    public func isValid(_ day: ICUDay) -> Bool {
        guard (1...12).contains(day.month), (1...31).contains(day.day), abs(day.year) < 1_000_000 else { return false }
        // Days 1–28 of every month exist in the Gregorian calendar, which ICU's is from 1583 on (its Julian days before
        // October 15, 1582 have a gap): no calendar computation (~3,000 instructions; most days asked about are new).
        if day.day <= 28, (1583...9999).contains(day.year) { return true }
        guard let key = DayTable<Bool>.key(.day, 0, day) else { return (try? set(day)) != nil }
        if let known = validDays.value(for: key) { return known }
        let valid = (try? set(day)) != nil
        validDays.insert(valid, for: key)
        return valid
    }

    /// The number of days in the month.
    public func daysInMonth(year: Int, month: Int) -> Int {
        guard (try? set(ICUDay(year: year, month: month, day: 1))) != nil else { return 0 }
        return Int((try? check("ucal_getLimit") { cicu_ucal_getActualMaximum(handle, UCAL_DATE, $0) }) ?? 0)
    }

    /// The day of the week: 1 is Sunday, 7 is Saturday (ICU's numbering).
    public func weekday(of day: ICUDay) -> Int {
        guard let key = DayTable<Int>.key(.day, 0, day) else { return computeWeekday(day) }
        if let known = weekdays.value(for: key) { return known }
        let weekday = computeWeekday(day)
        weekdays.insert(weekday, for: key)
        return weekday
    }

    private func computeWeekday(_ day: ICUDay) -> Int {
        guard (try? set(day)) != nil else { return 0 }
        return Int(get(UCAL_DAY_OF_WEEK))
    }

    /// The ISO 8601 week of a day and the year that week belongs to (2023-01-01 is in 2022-W52).
    public func isoWeek(of day: ICUDay) -> (year: Int, week: Int) {
        guard (try? set(day)) != nil else { return (day.year, 0) }
        return (Int(get(UCAL_YEAR_WOY)), Int(get(UCAL_WEEK_OF_YEAR)))
    }

    /// The Monday that starts ISO week `week` of week-year `year`.
    public func monday(ofISOWeek week: Int, year: Int) -> ICUDay {
        // January 4 is always in week 1; walk back to its Monday, then forward.
        let jan4 = ICUDay(year: year, month: 1, day: 4)
        let back = (weekday(of: jan4) + 5) % 7  // days since Monday
        return adding(.day, (week - 1) * 7 - back, to: jan4)
    }

    /// The day `amount` fields after (or, when negative, before) `day`.
    public func adding(_ field: Field, _ amount: Int, to day: ICUDay) -> ICUDay {
        // A sum whose numbers do not fit a key (none a text gives) is computed every time.
        guard let key = DayTable<ICUDay>.key(field, amount, day) else { return computeSum(field, amount, day) }
        if let known = sums.value(for: key) { return known }
        let result = computeSum(field, amount, day)
        sums.insert(result, for: key)
        return result
    }

    private func computeSum(_ field: Field, _ amount: Int, _ day: ICUDay) -> ICUDay {
        guard (try? set(day)) != nil else { return day }
        let ucalField: UCalendarDateFields
        var count = amount
        switch field {
        case .day: ucalField = UCAL_DATE
        case .week: ucalField = UCAL_DATE; count = amount * 7
        case .month: ucalField = UCAL_MONTH
        case .year: ucalField = UCAL_YEAR
        }
        guard (try? check("ucal_add") { cicu_ucal_add(handle, ucalField, Int32(clamping: count), $0) }) != nil else { return day }
        return current()
    }

    /// Days from `start` to `end` (negative when `end` comes first).
    public func days(from start: ICUDay, to end: ICUDay) -> Int {
        Int(((millis(start) ?? 0) - (millis(end) ?? 0)) / -Self.millisPerDay)
    }

    /// Milliseconds since 1970-01-01T00:00Z at the start of the day, or `nil` for an impossible day.
    public func millis(_ day: ICUDay) -> Double? {
        guard let key = DayTable<Double?>.key(.day, 0, day) else { return computeMillis(day) }
        if let known = dayMillis.value(for: key) { return known }
        let result = computeMillis(day)
        dayMillis.insert(result, for: key)
        return result
    }

    private func computeMillis(_ day: ICUDay) -> Double? {
        guard (try? set(day)) != nil else { return nil }
        return try? check("ucal_getMillis") { cicu_ucal_getMillis(handle, $0) }
    }

    /// The day holding a UTC instant given in milliseconds since 1970.
    public func day(atMillis millis: Double) -> ICUDay {
        _ = try? check("ucal_setMillis") { cicu_ucal_setMillis(handle, millis, $0) }
        return current()
    }

    // MARK: Internals

    private func set(_ day: ICUDay) throws(ICUError) {
        cicu_ucal_clear(handle)
        cicu_ucal_set(handle, UCAL_EXTENDED_YEAR, Int32(clamping: day.year))
        cicu_ucal_set(handle, UCAL_MONTH, Int32(day.month - 1))
        cicu_ucal_set(handle, UCAL_DATE, Int32(day.day))
        // A strict calendar reports an impossible day only when a field is computed.
        _ = try check("ucal_get") { cicu_ucal_get(handle, UCAL_DAY_OF_YEAR, $0) }
    }

    private func get(_ field: UCalendarDateFields) -> Int32 {
        (try? check("ucal_get") { cicu_ucal_get(handle, field, $0) }) ?? 0
    }

    private func current() -> ICUDay {
        ICUDay(year: Int(get(UCAL_EXTENDED_YEAR)), month: Int(get(UCAL_MONTH)) + 1, day: Int(get(UCAL_DATE)))
    }
}

/// Answers ``ICUCalendar`` has computed, by the question packed into one 64-bit key (a sum of
/// ``ICUCalendar/adding(_:_:to:)``; a day as the sum of no days): open addressing with linear probing in a table at
/// most half full, emptied when half full. (A `Dictionary` keyed by a sum's five fields hashed them with SipHash at
/// every look-up: ~1,300 instructions a call, a third of a sum's cost.)
struct DayTable<Value: BitwiseCopyable>: ~Copyable {
    private static var slotCount: Int { 8192 }
    private static var maximumCount: Int { slotCount / 2 }
    /// 0 marks an empty slot (a packed key has its top bit set).
    private let keys = UnsafeMutablePointer<UInt64>.allocate(capacity: slotCount)
    private let values = UnsafeMutablePointer<Value>.allocate(capacity: slotCount)
    private var count = 0

    init() { keys.initialize(repeating: 0, count: Self.slotCount) }

    deinit {
        keys.deallocate()
        values.deallocate()  // plain bits: nothing to deinitialise
    }

    /// The sum as a key: the top bit set, then the field (2 bits), the amount (24 bits), the year (22 bits), the
    /// month (4 bits) and the day (5 bits), each offset to be non-negative; `nil` when one of them does not fit.
    static func key(_ field: ICUCalendar.Field, _ amount: Int, _ day: ICUDay) -> UInt64? {
        let amountBias = 1 << 23, yearBias = 1 << 21
        guard (-amountBias..<amountBias).contains(amount), (-yearBias..<yearBias).contains(day.year),
              (0..<16).contains(day.month), (0..<32).contains(day.day) else { return nil }
        let fieldCode: UInt64
        switch field {
        case .day: fieldCode = 0
        case .week: fieldCode = 1
        case .month: fieldCode = 2
        case .year: fieldCode = 3
        }
        return 1 << 63 | fieldCode << 55 | UInt64(amount + amountBias) << 31 | UInt64(day.year + yearBias) << 9
            | UInt64(day.month) << 5 | UInt64(day.day)
    }

    /// The slot a key's probe starts at (Fibonacci hashing: the multiplication's top 13 bits).
    private static func firstSlot(_ key: UInt64) -> Int { Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> 51) }

    /// The value remembered for `key`, if any.
    func value(for key: UInt64) -> Value? {
        var slot = Self.firstSlot(key)
        while keys[slot] != 0 {
            if keys[slot] == key { return values[slot] }
            slot = (slot + 1) & (Self.slotCount - 1)
        }
        return nil
    }

    /// Remembers `value` for `key` (not in the table yet); empties the table first when it is half full.
    mutating func insert(_ value: Value, for key: UInt64) {
        if count >= Self.maximumCount {
            keys.update(repeating: 0, count: Self.slotCount)
            count = 0
        }
        var slot = Self.firstSlot(key)
        while keys[slot] != 0 { slot = (slot + 1) & (Self.slotCount - 1) }
        keys[slot] = key
        (values + slot).initialize(to: value)
        count += 1
    }
}
