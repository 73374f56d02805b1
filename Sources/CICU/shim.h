// Thin wrappers around the ICU C functions Chronicle uses.
//
// ICU renames its exported functions with a version suffix through function-like macros
// (`udat_open` is really `udat_open_72`), which Swift cannot import. Each wrapper below is
// compiled by Clang, where the macro expands normally, and is the only name Swift sees.
#ifndef CHRONICLE_CICU_SHIM_H
#define CHRONICLE_CICU_SHIM_H

#include <unicode/utypes.h>
#include <unicode/ucal.h>
#include <unicode/udat.h>
#include <unicode/ubrk.h>
#include <unicode/udateintervalformat.h>
#include <unicode/uformattedvalue.h>
#include <unicode/uloc.h>
#include <unicode/uenum.h>
#include <unicode/unumsys.h>
#include <stdbool.h>
#include <string.h>

// MARK: Calendar

// A Gregorian calendar is proleptic: the Gregorian rules reach back before 1582-10-15 (ICU's default switches to the
// Julian calendar there), as ISO 8601 and TIMEX3 values count days.
static inline void cicu_ucal_setProlepticGregorian(void *cal, UErrorCode *status) {
    ucal_setGregorianChange(cal, U_DATE_MIN, status);
}
static inline void *cicu_ucal_open(const UChar *zone, int32_t zoneLength, const char *locale, UErrorCode *status) {
    UCalendar *cal = ucal_open(zone, zoneLength, locale, UCAL_GREGORIAN, status);
    if (cal != NULL && U_SUCCESS(*status)) cicu_ucal_setProlepticGregorian(cal, status);
    return cal;
}
// ICU's default Gregorian calendar, which counts Julian days before 1582-10-15.
static inline void *cicu_ucal_open_hybrid(const UChar *zone, int32_t zoneLength, const char *locale, UErrorCode *status) {
    return ucal_open(zone, zoneLength, locale, UCAL_GREGORIAN, status);
}
static inline const char *cicu_ucal_getType(const void *cal, UErrorCode *status) { return ucal_getType(cal, status); }
// The calendar a locale displays dates in (Gregorian, or e.g. Buddhist for th_TH), proleptic where it counts
// Gregorian days; a calendar without a Gregorian change (Chinese, Hebrew, ...) is left as it is.
static inline void *cicu_ucal_open_display(const UChar *zone, int32_t zoneLength, const char *locale, UErrorCode *status) {
    UCalendar *cal = ucal_open(zone, zoneLength, locale, UCAL_DEFAULT, status);
    if (cal != NULL && U_SUCCESS(*status)) {
        UErrorCode ignored = U_ZERO_ERROR;
        cicu_ucal_setProlepticGregorian(cal, &ignored);
    }
    return cal;
}
static inline void *cicu_ucal_open_named(const UChar *zone, int32_t zoneLength, const char *locale, UErrorCode *status) {
    return ucal_open(zone, zoneLength, locale, UCAL_DEFAULT, status);
}
static inline void *cicu_ucal_clone(const void *cal, UErrorCode *status) { return ucal_clone(cal, status); }
static inline void cicu_ucal_close(void *cal) { ucal_close(cal); }
static inline void cicu_ucal_clear(void *cal) { ucal_clear(cal); }
static inline void cicu_ucal_setAttribute(void *cal, UCalendarAttribute attr, int32_t value) { ucal_setAttribute(cal, attr, value); }
static inline void cicu_ucal_setDate(void *cal, int32_t year, int32_t month, int32_t day, UErrorCode *status) {
    ucal_setDate(cal, year, month, day, status);
}
static inline void cicu_ucal_set(void *cal, UCalendarDateFields field, int32_t value) { ucal_set(cal, field, value); }
static inline int32_t cicu_ucal_get(const void *cal, UCalendarDateFields field, UErrorCode *status) { return ucal_get(cal, field, status); }
static inline void cicu_ucal_add(void *cal, UCalendarDateFields field, int32_t amount, UErrorCode *status) { ucal_add(cal, field, amount, status); }
static inline UDate cicu_ucal_getMillis(const void *cal, UErrorCode *status) { return ucal_getMillis(cal, status); }
static inline void cicu_ucal_setMillis(void *cal, UDate date, UErrorCode *status) { ucal_setMillis(cal, date, status); }
static inline int32_t cicu_ucal_getActualMaximum(const void *cal, UCalendarDateFields field, UErrorCode *status) {
    return ucal_getLimit(cal, field, UCAL_ACTUAL_MAXIMUM, status);
}
static inline int32_t cicu_ucal_getCanonicalTimeZoneID(const UChar *id, int32_t len, UChar *result, int32_t capacity, UErrorCode *status) {
    return ucal_getCanonicalTimeZoneID(id, len, result, capacity, NULL, status);
}
static inline int32_t cicu_ucal_getZoneOffset(const void *cal, UErrorCode *status) {
    return ucal_get(cal, UCAL_ZONE_OFFSET, status) + ucal_get(cal, UCAL_DST_OFFSET, status);
}

// MARK: Date formats (parsing and display)

static inline void *cicu_udat_openPattern(const char *locale, const UChar *zone, int32_t zoneLength,
                                                 const UChar *pattern, int32_t patternLength, UErrorCode *status) {
    return udat_open(UDAT_PATTERN, UDAT_PATTERN, locale, zone, zoneLength, pattern, patternLength, status);
}
static inline void cicu_udat_close(void *fmt) { udat_close(fmt); }
static inline void cicu_udat_parseCalendar(const void *fmt, void *cal, const UChar *text, int32_t length,
                                           int32_t *position, UErrorCode *status) {
    udat_parseCalendar(fmt, cal, text, length, position, status);
}
static inline void cicu_udat_set2DigitYearStart(void *fmt, UDate start, UErrorCode *status) { udat_set2DigitYearStart(fmt, start, status); }
static inline void cicu_udat_setLenient(void *fmt, UBool lenient) { udat_setLenient(fmt, lenient); }
static inline void cicu_udat_setBooleanAttribute(void *fmt, UDateFormatBooleanAttribute attr, UBool value, UErrorCode *status) {
    udat_setBooleanAttribute(fmt, attr, value, status);
}

// MARK: Break iteration (sentences)

static inline UBreakIterator *cicu_ubrk_openSentence(const char *locale, const UChar *text, int32_t length, UErrorCode *status) {
    return ubrk_open(UBRK_SENTENCE, locale, text, length, status);
}
static inline void cicu_ubrk_close(UBreakIterator *bi) { ubrk_close(bi); }
static inline int32_t cicu_ubrk_first(UBreakIterator *bi) { return ubrk_first(bi); }
static inline int32_t cicu_ubrk_next(UBreakIterator *bi) { return ubrk_next(bi); }
static inline void cicu_ubrk_setText(UBreakIterator *bi, const UChar *text, int32_t length, UErrorCode *status) { ubrk_setText(bi, text, length, status); }

// MARK: Date interval display ("Tue, Feb 28 – Thu, Mar 2, 2023")

static inline UDateIntervalFormat *cicu_udtitvfmt_open(const char *locale, const UChar *skeleton, int32_t skeletonLength,
                                                       const UChar *zone, int32_t zoneLength, UErrorCode *status) {
    return udtitvfmt_open(locale, skeleton, skeletonLength, zone, zoneLength, status);
}
static inline void cicu_udtitvfmt_close(UDateIntervalFormat *fmt) { udtitvfmt_close(fmt); }
static inline UFormattedDateInterval *cicu_udtitvfmt_openResult(UErrorCode *status) { return udtitvfmt_openResult(status); }
static inline void cicu_udtitvfmt_closeResult(UFormattedDateInterval *result) { udtitvfmt_closeResult(result); }
// Formats the range between two calendars' days (in the calendars' own rules, e.g. proleptic Gregorian), into
// `result`; the text stays valid until `result` is used again.
static inline const UChar *cicu_udtitvfmt_formatCalendars(const UDateIntervalFormat *fmt, void *from, void *to,
                                                         UFormattedDateInterval *result, int32_t *length, UErrorCode *status) {
    udtitvfmt_formatCalendarToResult(fmt, from, to, result, status);
    if (U_FAILURE(*status)) return NULL;
    return ufmtval_getString(udtitvfmt_resultAsValue(result, status), length, status);
}

// MARK: Locales

static inline int32_t cicu_uloc_canonicalize(const char *identifier, char *name, int32_t capacity, UErrorCode *status) {
    return uloc_canonicalize(identifier, name, capacity, status);
}
static inline int32_t cicu_uloc_getLanguage(const char *locale, char *language, int32_t capacity, UErrorCode *status) {
    return uloc_getLanguage(locale, language, capacity, status);
}
static inline int32_t cicu_uloc_getScript(const char *locale, char *script, int32_t capacity, UErrorCode *status) {
    return uloc_getScript(locale, script, capacity, status);
}
static inline int32_t cicu_uloc_getCountry(const char *locale, char *country, int32_t capacity, UErrorCode *status) {
    return uloc_getCountry(locale, country, capacity, status);
}
static inline int32_t cicu_uloc_countAvailable(void) { return uloc_countAvailable(); }
static inline const char *cicu_uloc_getAvailable(int32_t index) { return uloc_getAvailable(index); }
static inline const char *const *cicu_uloc_getISOCountries(void) { return uloc_getISOCountries(); }
static inline int32_t cicu_uloc_getVariant(const char *locale, char *variant, int32_t capacity, UErrorCode *status) {
    return uloc_getVariant(locale, variant, capacity, status);
}
static inline int32_t cicu_uloc_getBaseName(const char *locale, char *name, int32_t capacity, UErrorCode *status) {
    return uloc_getBaseName(locale, name, capacity, status);
}
// Whether ICU knows the locale keyword (`calendar`, `numbers`, `collation`, …): it has a BCP 47 key for it.
static inline bool cicu_uloc_isKnownKeyword(const char *keyword) { return uloc_toUnicodeLocaleKey(keyword) != NULL; }
// Whether `type` is one of ICU's calendar types (`gregorian`, `hebrew`, `islamic-civil`, …).
static inline bool cicu_ucal_isCalendarType(const char *type) {
    UErrorCode status = U_ZERO_ERROR;
    UEnumeration *types = ucal_getKeywordValuesForLocale("calendar", "", 0, &status);
    if (U_FAILURE(status) || types == NULL) return 0;
    bool found = false;
    const char *each;
    while (!found && (each = uenum_next(types, NULL, &status)) != NULL && U_SUCCESS(status)) found = strcmp(each, type) == 0;
    uenum_close(types);
    return found;
}
// Whether `name` is one of ICU's numbering systems (`latn`, `arab`, `thai`, …).
static inline bool cicu_unumsys_isKnown(const char *name) {
    UErrorCode status = U_ZERO_ERROR;
    UNumberingSystem *system = unumsys_openByName(name, &status);
    if (system != NULL) unumsys_close(system);
    return U_SUCCESS(status) && system != NULL;
}

#endif
