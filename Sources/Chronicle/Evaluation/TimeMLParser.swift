/// Builds a ``TimeMLDocument`` from the tokens of ``TimeMLScanner``, checking that elements nest.
struct TimeMLParser {
    private var scanner: TimeMLScanner
    private let name: String

    // The text inside <TEXT>, as UTF-8, and its length in Unicode scalars.
    private var text: [UInt8] = []
    private var scalars = 0

    private var stack: [(name: String, offset: Int)] = []
    private var sawText = false
    private var inText = false
    private var inDCT = false
    private var dctValue: String?
    private var functionalCreationValue: String?
    private var openTimex: (attributes: [String: String], start: Int, byte: Int)?
    private var openEvent: (eid: String, start: Int, byte: Int)?

    private var timexes: [TimexAnnotation] = []
    private var events: [EventAnnotation] = []
    private var instances: [(eid: String, eiid: String)] = []
    private var links: [(relType: String, attributes: [String: String])] = []

    init(xml: String, name: String) {
        scanner = TimeMLScanner(xml)
        self.name = name
    }

    consuming func parse() throws(TimeMLParseError) -> TimeMLDocument {
        do {
            while let token = try scanner.next() {
                try handle(token)
            }
        } catch {
            throw failure(error.reason, at: error.offset)
        }
        if let open = stack.last { throw failure("<\(open.name)> is never closed", at: open.offset) }
        guard sawText else { throw TimeMLParseError(name: name, reason: "no <TEXT> element") }
        return TimeMLDocument(
            name: name,
            text: String(decoding: text, as: UTF8.self),
            creationTime: dctValue ?? functionalCreationValue,
            timexes: timexes,
            events: eventsWithInstances(),
            anchorLinks: anchorLinks()
        )
    }

    private func failure(_ reason: String, at offset: Int) -> TimeMLParseError {
        TimeMLParseError(name: name, reason: "line \(scanner.line(at: offset)): \(reason)")
    }

    // MARK: - Tokens

    private mutating func handle(_ token: TimeMLScanner.Token) throws(TimeMLScanFailure) {
        let offset = scanner.position
        switch token {
        case let .text(range, raw):
            if inText { scalars += TimeMLScanner.decode(scanner.bytes[range], raw: raw, into: &text) }
        case let .open(tag, attributes, selfClosing):
            try open(tag, attributes, at: offset)
            if selfClosing { try close(tag, at: offset) }
        case let .close(tag):
            try close(tag, at: offset)
        }
    }

    private mutating func open(_ tag: String, _ attributes: [String: String], at offset: Int) throws(TimeMLScanFailure) {
        stack.append((tag, offset))
        switch tag {
        case "TEXT":
            guard !sawText else { throw TimeMLScanFailure(offset: offset, reason: "a second <TEXT> element") }
            sawText = true
            inText = true
        case "DCT":
            inDCT = true
        case "TIMEX3":
            let function = attributes["functionInDocument"]
            if functionalCreationValue == nil, function == "CREATION_TIME" || function == "PUBLICATION_TIME" {
                functionalCreationValue = attributes["value"] ?? ""
            }
            if inDCT, dctValue == nil { dctValue = attributes["value"] ?? "" }
            if inText {
                guard openTimex == nil else { throw TimeMLScanFailure(offset: offset, reason: "a TIMEX3 inside a TIMEX3") }
                openTimex = (attributes, scalars, text.count)
            }
        case "EVENT" where inText:
            guard openEvent == nil else { throw TimeMLScanFailure(offset: offset, reason: "an EVENT inside an EVENT") }
            openEvent = (attributes["eid"] ?? "", scalars, text.count)
        case "MAKEINSTANCE":
            if let eid = attributes["eventID"], let eiid = attributes["eiid"] { instances.append((eid, eiid)) }
        case "TLINK":
            if let relType = attributes["relType"] { links.append((relType, attributes)) }
        default:
            break
        }
    }

    private mutating func close(_ tag: String, at offset: Int) throws(TimeMLScanFailure) {
        guard let top = stack.popLast() else { throw TimeMLScanFailure(offset: offset, reason: "</\(tag)> closes nothing") }
        guard top.name == tag else {
            throw TimeMLScanFailure(offset: offset, reason: "</\(tag)> found where </\(top.name)> was expected")
        }
        switch tag {
        case "TEXT":
            inText = false
        case "DCT":
            inDCT = false
        case "TIMEX3" where inText:
            guard let timex = openTimex else { break }
            openTimex = nil
            let tid = timex.attributes["tid"] ?? ""
            guard tid != "t0" else { break }  // the dateline is never scored
            timexes.append(TimexAnnotation(
                tid: tid, start: timex.start, end: scalars,
                type: timex.attributes["type"] ?? "", value: timex.attributes["value"] ?? "",
                mod: timex.attributes["mod"], text: String(decoding: text[timex.byte...], as: UTF8.self)
            ))
        case "EVENT" where inText:
            guard let event = openEvent else { break }
            openEvent = nil
            events.append(EventAnnotation(
                eid: event.eid, text: String(decoding: text[event.byte...], as: UTF8.self), start: event.start, end: scalars
            ))
        default:
            break
        }
    }

    // MARK: - Instances and links

    private func eventsWithInstances() -> [EventAnnotation] {
        var eiids: [String: [String]] = [:]
        for instance in instances { eiids[instance.eid, default: []].append(instance.eiid) }
        return events.map { event in
            var event = event
            event.eiids = eiids[event.eid] ?? []
            return event
        }
    }

    private func anchorLinks() -> [AnchorLink] {
        var eventOfInstance: [String: String] = [:]
        for instance in instances { eventOfInstance[instance.eiid] = instance.eid }
        let timexIDs = Set(timexes.compactMap(\.tid))
        var seen: Set<AnchorLink> = []
        var result: [AnchorLink] = []
        for (relType, attributes) in links where AnchorLink.anchoringRelations.contains(relType) {
            let link: AnchorLink
            if let eiid = attributes["eventInstanceID"], let tid = attributes["relatedToTime"] {
                guard let eid = eventOfInstance[eiid] else { continue }
                link = AnchorLink(eventID: eid, timexID: tid, relType: relType)
            } else if let tid = attributes["timeID"], let eiid = attributes["relatedToEventInstance"] {
                guard let eid = eventOfInstance[eiid] else { continue }
                link = AnchorLink(eventID: eid, timexID: tid, relType: AnchorLink.inverse(of: relType))
            } else {
                continue
            }
            guard timexIDs.contains(link.timexID), seen.insert(link).inserted else { continue }
            result.append(link)
        }
        return result
    }
}
