@_implementationOnly import CICU

/// Locale identifiers, checked against the locales ICU has data for.
///
/// ICU opens a formatter for any identifier: one it has no data for ("garbage", "xx_YY") silently falls back to
/// the root locale's patterns. An identifier is valid here when its language is the language of one of ICU's
/// available locales, and its script and region, where it gives them, are a script some available locale is
/// written in and an ISO 3166 region (or the region of an available locale, such as `es_419`). A variant or a keyword
/// (`@calendar=buddhist`) is checked by ``extensionProblem(_:)``.
public enum ICULocale {
    /// The canonical form of `identifier` (ICU's `uloc_canonicalize`: "de-DE" is `de_DE`, "EN_us" `en_US`,
    /// "en-US-u-ca-japanese" `en_US@calendar=japanese`), or `nil` when it is not valid (see ``ICULocale``).
    public static func canonicalIdentifier(_ identifier: String) -> String? {
        guard !identifier.isEmpty, identifier.utf8.count < 128, !identifier.utf8.contains(0),
              let canonical = text(of: { cicu_uloc_canonicalize(identifier, $0, $1, $2) }),
              let language = text(of: { cicu_uloc_getLanguage(canonical, $0, $1, $2) }), !language.isEmpty,
              let script = text(of: { cicu_uloc_getScript(canonical, $0, $1, $2) }),
              let region = text(of: { cicu_uloc_getCountry(canonical, $0, $1, $2) }),
              isKnown(language: language, script: script, region: region)
        else { return nil }
        return canonical
    }

    /// Whether some available locale has the language, and the script and region (where not empty) are known: a
    /// walk over ICU's list of available locales (about 800 names such as `zh_Hant_TW`, `es_419`) and, for a
    /// region, its ISO 3166 list. Done once a rendering, so no table is kept.
    private static func isKnown(language: String, script: String, region: String) -> Bool {
        var languageFound = false, scriptFound = script.isEmpty, regionFound = region.isEmpty
        for index in 0..<cicu_uloc_countAvailable() {
            guard let name = cicu_uloc_getAvailable(index) else { continue }
            let parts = String(cString: name).split(separator: "_", omittingEmptySubsequences: false)
            guard let first = parts.first else { continue }
            if first == language { languageFound = true }
            for part in parts.dropFirst() {
                if part.utf8.count == 4 { scriptFound = scriptFound || part == script } else { regionFound = regionFound || part == region }
            }
            if languageFound, scriptFound, regionFound { return true }
        }
        guard languageFound, scriptFound else { return false }
        if var countries = cicu_uloc_getISOCountries() {
            while !regionFound, let country = countries.pointee {
                regionFound = String(cString: country) == region
                countries += 1
            }
        }
        return regionFound
    }

    /// Why the variant or a keyword of a canonical identifier (``canonicalIdentifier(_:)``) is not one ICU has, or `nil`
    /// when they are (or there are none). ICU formats with any of them, silently ignoring what it does not know
    /// ("de_DE_POSIX", "en@x", "@calendar=garbage" give the plain locale's dates): a variant needs an available locale
    /// of its own (`en_US_POSIX`; not `ca_ES_VALENCIA`, which this ICU formats as plain `ca_ES`), a keyword a BCP 47 key (`calendar`, `numbers`, `collation`, …), and
    /// the calendar and the numbering system must be ICU's (`hebrew`, `islamic-civil`; `arab`, `thai`).
    public static func extensionProblem(_ canonical: String) -> String? {
        guard let variant = text(of: { cicu_uloc_getVariant(canonical, $0, $1, $2) }),
              let base = text(of: { cicu_uloc_getBaseName(canonical, $0, $1, $2) })
        else { return "ICU cannot read its variant or keywords" }
        if !variant.isEmpty, !(0..<cicu_uloc_countAvailable()).contains(where: { index in
            cicu_uloc_getAvailable(index).map { String(cString: $0) == base } ?? false
        }) {
            var plain = base.dropLast(variant.count)
            while plain.hasSuffix("_") { plain = plain.dropLast() }
            return "ICU has no data for the variant '\(variant)' of \(plain.isEmpty ? "the language" : plain)"
        }
        guard let at = canonical.firstIndex(of: "@") else { return nil }
        for keyword in canonical[canonical.index(after: at)...].split(separator: ";") {
            let parts = keyword.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            let key = String(parts[0]), value = parts.count > 1 ? String(parts[1]) : ""
            if key.isEmpty || value.isEmpty { return "the keyword '\(keyword)' has no key or no value (expected e.g. @calendar=hebrew)" }
            if !cicu_uloc_isKnownKeyword(key) { return "unknown keyword '\(key)' (expected e.g. calendar or numbers)" }
            if key == "calendar", !cicu_ucal_isCalendarType(value) {
                return "unknown calendar '\(value)' (expected one of ICU's, e.g. gregorian, hebrew, islamic-civil or japanese)"
            }
            if key == "numbers", !cicu_unumsys_isKnown(value) {
                return "unknown numbering system '\(value)' (expected one of ICU's, e.g. latn, arab or thai)"
            }
        }
        return nil
    }

    /// The text an ICU `uloc_` getter writes into a buffer, or `nil` when it fails or does not fit.
    private static func text(of getter: (UnsafeMutablePointer<CChar>, Int32, UnsafeMutablePointer<UErrorCode>) -> Int32) -> String? {
        var buffer = [CChar](repeating: 0, count: 160)
        let length = buffer.withUnsafeMutableBufferPointer { bytes in
            try? check("uloc") { getter(bytes.baseAddress!, Int32(bytes.count - 1), $0) }
        }
        guard let length, length >= 0, length < buffer.count else { return nil }
        return String(decoding: buffer[0..<Int(length)].map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }
}
