extension Timeline {
    /// The article as TimeML: its text unchanged, with an inline `<TIMEX3>` around every resolved
    /// expression (a range as two, one per end) and the dateline as the `<DCT>` creation time (its month, `2023-03`, for a
    /// month-only dateline: ``Dateline/precision``).
    ///
    /// The text is XML-escaped (`&`, `<`, `>`), so a TimeML reader that removes the tags and decodes
    /// the entities gets back exactly the article text. Unresolved expressions are left untagged.
    public func timeML(for article: Article, documentID: String = "chronicle") -> String {
        var out = "<?xml version=\"1.0\" ?>\n<TimeML>\n<DOCID>\(xmlEscape(documentID))</DOCID>\n"
        // A month-only dateline's creation time is its month (round 124: "2023-03").
        let created = dateline.precision == .month ? dateline.monthValue : dateline.date.description
        out += "<DCT><TIMEX3 tid=\"t0\" type=\"DATE\" value=\"\(created)\" temporalFunction=\"false\" "
        out += "functionInDocument=\"CREATION_TIME\">\(created)</TIMEX3></DCT>\n<TEXT>"
        var tags: [(start: Int, end: Int, expression: TemporalExpression)] = []
        for expression in expressions where expression.isResolved {
            for part in expression.parts.isEmpty ? [expression] : expression.parts where part.isResolved {
                tags.append((part.start, part.end, part))
            }
        }
        var scalars = Array(article.text.unicodeScalars)[...]
        var position = 0
        for (number, tag) in tags.enumerated() {
            out += xmlEscape(scalars[position..<tag.start])
            out += "<TIMEX3 tid=\"t\(number + 1)\" type=\"\(tag.expression.type.rawValue)\" value=\"\(xmlEscape(tag.expression.value ?? ""))\""
            if let mod = tag.expression.mod { out += " mod=\"\(mod)\"" }
            if let quant = tag.expression.quant { out += " quant=\"\(quant)\"" }
            if let freq = tag.expression.freq { out += " freq=\"\(freq)\"" }
            out += ">" + xmlEscape(scalars[tag.start..<tag.end]) + "</TIMEX3>"
            position = tag.end
        }
        out += xmlEscape(scalars[position...]) + "</TEXT>\n</TimeML>\n"
        scalars = []
        return out
    }
}

/// Escapes text for an XML attribute value (`&`, `<`, `>`, `"`).
func xmlEscape(_ text: String) -> String { xmlEscape(text.unicodeScalars[...], attribute: true) }

/// Escapes text for XML: `&`, `<` and `>` always, `"` in attribute values.
func xmlEscape<S: Sequence<Unicode.Scalar>>(_ scalars: S, attribute: Bool = false) -> String {
    var bytes: [UInt8] = []
    for scalar in scalars {
        switch scalar {
        case "&": bytes.append(contentsOf: "&amp;".utf8)
        case "<": bytes.append(contentsOf: "&lt;".utf8)
        case ">": bytes.append(contentsOf: "&gt;".utf8)
        case "\"" where attribute: bytes.append(contentsOf: "&quot;".utf8)
        default: bytes.append(contentsOf: scalar.utf8)
        }
    }
    return String(decoding: bytes, as: UTF8.self)
}
