@_implementationOnly import CICU

/// Locale identifiers, checked against the locales ICU has data for.
///
/// ICU opens a formatter for any identifier: one it has no data for ("garbage", "xx_YY") silently falls back to
/// the root locale's patterns. An identifier is valid here when its language is the language of one of ICU's
/// available locales, and its script and region, where it gives them, are a script some available locale is
/// written in and an ISO 3166 region (or the region of an available locale, such as `es_419`). Variants and
/// keywords (`@calendar=buddhist`) are left to ICU.
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
