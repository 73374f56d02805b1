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
              let language = text(of: { cicu_uloc_getLanguage(canonical, $0, $1, $2) }),
              known.languages.contains(language),
              let script = text(of: { cicu_uloc_getScript(canonical, $0, $1, $2) }),
              script.isEmpty || known.scripts.contains(script),
              let region = text(of: { cicu_uloc_getCountry(canonical, $0, $1, $2) }),
              region.isEmpty || known.regions.contains(region)
        else { return nil }
        return canonical
    }

    /// The languages, scripts and regions of ICU's available locales, and the ISO 3166 regions (read once).
    private static let known: (languages: Set<String>, scripts: Set<String>, regions: Set<String>) = {
        var languages = Set<String>(), scripts = Set<String>(), regions = Set<String>()
        for index in 0..<cicu_uloc_countAvailable() {
            guard let name = cicu_uloc_getAvailable(index) else { continue }
            if let language = text(of: { cicu_uloc_getLanguage(name, $0, $1, $2) }), !language.isEmpty { languages.insert(language) }
            if let script = text(of: { cicu_uloc_getScript(name, $0, $1, $2) }), !script.isEmpty { scripts.insert(script) }
            if let region = text(of: { cicu_uloc_getCountry(name, $0, $1, $2) }), !region.isEmpty { regions.insert(region) }
        }
        if var countries = cicu_uloc_getISOCountries() {
            while let country = countries.pointee {
                regions.insert(String(cString: country))
                countries += 1
            }
        }
        return (languages, scripts, regions)
    }()

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
