extension Timeline {
    /// The timeline as Markdown a person can read and paste: a heading with the dateline, then one
    /// line per event in time order, with the date as a person reads it (ICU, in `locale`), what
    /// happened, and the expression as written. Approximate dates carry "≈", vague ones "(vague)".
    /// Expressions that date no event (durations, sets, unresolved ones) are listed after.
    ///
    /// ```
    /// # Timeline: Hong Kong · CNN · Tue, Feb 28, 2023
    ///
    /// - **Fri, Feb 24, 2023**: Beijing released a 12-point position … (“Friday”)
    /// ```
    public func markdown(locale: String = "en_US") -> String {
        guard let display = try? DateDisplay(locale: locale) else { return "" }
        var out = "# Timeline: "
        let heading = [dateline.place, dateline.source].compactMap { $0 }.map(escapeMarkdown) + [display.string(dateline.date)]
        out += heading.joined(separator: " · ") + "\n\n"
        if events.isEmpty {
            out += "_No dated events found._\n"
        }
        for event in events {
            let expression = event.expression
            var when = display.string(expression)
            if expression.isVague {
                switch expression.value {
                case "PAST_REF"?: when = "Before " + display.string(dateline.date)
                case "FUTURE_REF"?: when = "After " + display.string(dateline.date)
                default: when = display.string(dateline.date)
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

/// Escapes the characters Markdown would read as formatting.
func escapeMarkdown(_ text: String) -> String {
    var out = ""
    out.reserveCapacity(text.utf8.count)
    for character in text {
        if "\\`*_[]<>#|".contains(character) { out.append("\\") }
        out.append(character)
    }
    return out
}
