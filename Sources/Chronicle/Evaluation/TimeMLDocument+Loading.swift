// FoundationEssentials, not Foundation: Foundation's ICU headers clash with CICU in one module (notes/icu.md).
import FoundationEssentials

extension TimeMLDocument {
    /// Reads and parses every `*.tml` file of a folder (not its subfolders), sorted by file name.
    ///
    /// Each document is named after its file, without `.tml`.
    /// - Throws: ``TimeMLParseError`` for the first file that cannot be read or parsed
    ///   (or, with an empty name, when the folder itself cannot be listed).
    public static func load(directory: URL) throws(TimeMLParseError) -> [TimeMLDocument] {
        let files: [String]
        var isFolder = false
        guard FileManager.default.fileExists(atPath: directory.path, isDirectory: &isFolder) else {
            throw TimeMLParseError(name: "", reason: "no such folder")
        }
        guard isFolder else { throw TimeMLParseError(name: "", reason: "is a file, not a folder of TimeML documents") }
        do {
            files = try FileManager.default.contentsOfDirectory(atPath: directory.path)
                .filter { $0.hasSuffix(".tml") }
                .sorted()
        } catch {
            throw TimeMLParseError(name: "", reason: "cannot list the folder")
        }
        var documents: [TimeMLDocument] = []
        documents.reserveCapacity(files.count)
        for file in files {
            let name = String(file.dropLast(4))
            let xml: String
            do {
                xml = try String(contentsOf: directory.appendingPathComponent(file), encoding: .utf8)
            } catch {
                throw TimeMLParseError(name: name, reason: "cannot read: \("\(error)")")
            }
            documents.append(try TimeMLDocument(parsing: xml, name: name))
        }
        return documents
    }
}
