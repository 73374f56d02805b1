extension Timeline {
    /// The timeline as Markdown a person can read and paste: a heading with the dateline, then one
    /// line per event in time order, with the date as a person reads it (ICU, in `locale`), what
    /// happened, and the expression as written. Approximate dates carry "≈", vague ones "(vague)". A dateline with
    /// ``Dateline/warnings`` has a "> Note:" line for each under the heading.
    /// Expressions that date no event (durations, sets, unresolved ones) are listed after.
    ///
    /// ```
    /// # Timeline: Hong Kong · CNN · Tue, Feb 28, 2023
    ///
    /// - **Fri, Feb 24, 2023**: Beijing released a 12-point position … (“Friday”)
    /// ```
    ///
    /// ICU takes any identifier and shows dates in its root patterns for one it has no data for; check an identifier
    /// that comes from people with ``DisplayLocale`` (or pass one: ``markdown(in:)``).
    public func markdown(locale: String = "en_US") -> String {
        guard let display = try? DateDisplay(locale: locale) else { return "" }
        var out = "# Timeline: "
        let heading = [dateline.place, dateline.source].compactMap { $0 }.map(escapeMarkdown) + [display.string(dateline)]
        out += heading.joined(separator: " · ") + "\n\n"
        // A doubtful dateline (round 119: "March 2023", a weekday not the date's): a note under the heading, whose day
        // the header did not give as shown.
        for warning in dateline.warnings { out += "> Note: \(escapeMarkdown(warning.message))\n\n" }
        if events.isEmpty {
            out += "_No dated events found._\n"
        }
        for event in events {
            let expression = event.expression
            var when = display.string(expression)
            if expression.isVague {
                switch expression.value {
                case "PAST_REF"?: when = "Before " + display.string(dateline)
                case "FUTURE_REF"?: when = "After " + display.string(dateline)
                default: when = display.string(dateline)
                }
                when += " (vague)"
            } else if expression.isApproximate {
                when = "≈ " + when
            }
            out += "- **\(when)**: \(escapeMarkdown(event.description)) (“\(escapeMarkdown(expression.text))”)\n"
        }
        let others = expressions.filter { !$0.isResolved || ($0.interval == nil && !$0.isVague) }
        if !others.isEmpty {
            out += "\n## Other time expressions\n\n"
            for expression in others {
                let detail = expression.value.map { "\(expression.type.rawValue) \($0)" }
                    ?? "unresolved: \(expression.unresolvedReason ?? "no value")"
                out += "- “\(escapeMarkdown(expression.text))”: \(detail)\n"
            }
        }
        return out
    }
}

extension Timeline {
    /// The timeline as Markdown (``markdown(locale:)``), with dates shown in a locale checked against ICU's data.
    public func markdown(in locale: DisplayLocale) -> String { markdown(locale: locale.identifier) }
}

/// Escapes the characters Markdown would read as formatting: a backslash before each of \\ ` * _ [ ] < > # |
/// that stands as a character of its own.
///
/// One pass over the UTF-8 bytes: text with none of them (most descriptions) is returned as it is, and otherwise
/// the bytes are copied once with the backslashes. Where a mark touches a non-ASCII scalar (it may share a
/// character with it: "#️⃣", a combining accent), or the text holds U+1FEF (canonically the grave accent), the
/// characters are compared one by one, as ``Character`` equality reads them.
func escapeMarkdown(_ text: String) -> String {
    var text = text
    let plan = text.withUTF8 { MarkdownEscapes.count(in: $0) }
    switch plan {
    case 0: return text
    case ..<0: return escapeMarkdownByCharacter(text)
    default:
        return text.withUTF8 { bytes in
            String(unsafeUninitializedCapacity: bytes.count + plan) { out in
                var written = 0
                for byte in bytes {
                    if MarkdownEscapes.isMark(byte) { out[written] = UInt8(ascii: "\\"); written += 1 }
                    out[written] = byte
                    written += 1
                }
                return written
            }
        }
    }
}

/// The characters ``escapeMarkdown(_:)`` escapes, as ASCII bytes.
private enum MarkdownEscapes {
    /// Bits for the marks among bytes 0–63 (# * < >) and 64–127 (\\ ` _ [ ] |).
    private static let low: UInt64 = 1 << 35 | 1 << 42 | 1 << 60 | 1 << 62
    private static let high: UInt64 = 1 << (92 - 64) | 1 << (96 - 64) | 1 << (95 - 64) | 1 << (91 - 64) | 1 << (93 - 64)
        | 1 << (124 - 64)

    @inline(__always) static func isMark(_ byte: UInt8) -> Bool {
        byte < 64 ? low >> byte & 1 != 0 : byte < 128 && high >> (byte - 64) & 1 != 0
    }

    /// The number of marks to escape, or -1 when the bytes alone cannot tell (a mark next to a non-ASCII byte, or
    /// U+1FEF, whose canonical decomposition is the grave accent).
    static func count(in bytes: UnsafeBufferPointer<UInt8>) -> Int {
        var marks = 0
        for index in bytes.indices {
            let byte = bytes[index]
            if byte == 0xE1, index + 2 < bytes.count, bytes[index + 1] == 0xBF, bytes[index + 2] == 0xAF { return -1 }
            guard isMark(byte) else { continue }
            if index > 0, bytes[index - 1] >= 0x80 { return -1 }
            if index + 1 < bytes.count, bytes[index + 1] >= 0x80 { return -1 }
            marks += 1
        }
        return marks
    }
}

/// ``escapeMarkdown(_:)`` character by character.
private func escapeMarkdownByCharacter(_ text: String) -> String {
    var out = ""
    out.reserveCapacity(text.utf8.count)
    for character in text {
        if "\\`*_[]<>#|".contains(character) { out.append("\\") }
        out.append(character)
    }
    return out
}
