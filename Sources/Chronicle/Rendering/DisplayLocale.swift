internal import ChronicleICU

/// A locale the Markdown timeline shows dates in, checked against ICU's locale data.
///
/// ICU formats in any identifier it is given, falling back to its root patterns ("2023 Feb 28 Tue") for one it has
/// no data for; this type rejects such identifiers instead. An identifier is valid when its language is one ICU has
/// locale data for, and its script and region, where given, are known: "en", "fr_FR", "de-DE", "zh_Hant_TW",
/// "es_419", "EN_us" and "en-US-u-ca-japanese" are valid; "garbage", "xx_YY", "en_XX", "C" and "" are not.
/// A variant must be one ICU has data for ("en_US_POSIX", not "de_DE_POSIX"), a keyword one ICU knows, and a calendar
/// or numbering system one of ICU's ("@calendar=hebrew", not "@calendar=garbage").
///
/// ```swift
/// let locale = try DisplayLocale("de-DE")   // identifier "de_DE"
/// print(timeline.markdown(locale: locale))
/// ```
public struct DisplayLocale: Sendable, Hashable, CustomStringConvertible {
    /// The canonical ICU identifier, e.g. `de_DE` for "de-DE" and `en_US` for "EN_us".
    public let identifier: String

    /// Checks a locale identifier (ICU `en_US` or BCP 47 `en-US` form).
    ///
    /// - Throws: ``ChronicleError`` with code ``ChronicleError/Code/invalidLocale`` when ICU has no data for the
    ///   identifier's language, or it names a script, region, variant, keyword, calendar or numbering system ICU does not
    ///   know (the message says which).
    public init(_ identifier: String) throws(ChronicleError) {
        let shown = identifier.count > 40 ? String(identifier.prefix(40)) + "…" : identifier
        guard let canonical = ICULocale.canonicalIdentifier(identifier) else {
            throw ChronicleError(.invalidLocale, "unknown locale '\(shown)'; expected a language ICU has data for, "
                + "optionally with a region, e.g. en_US, fr_FR or de-DE")
        }
        if let problem = ICULocale.extensionProblem(canonical) {
            throw ChronicleError(.invalidLocale, "unknown locale '\(shown)': \(problem)")
        }
        self.identifier = canonical
    }

    /// The identifier.
    public var description: String { identifier }
}
