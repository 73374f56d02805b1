// libFuzzer entry point: feeds arbitrary bytes to Chronicle's public API.
//
// Build and run with Scripts/fuzz.sh. Any thrown ChronicleError is fine; a crash, a hang, a leak
// or an ASan report is a bug.
//
// SwiftPM links an executable with `main` aliased to this module's top-level code, so libFuzzer's
// own `main` is never used: the top-level code below hands control to libFuzzer's driver instead.
import Chronicle
import Glibc

private let extractor = TimelineExtractor()
private let fixedDateline = Dateline(date: CalendarDate(year: 2023, month: 2, day: 28), timeZone: "UTC")

/// Runs the whole pipeline and every renderer on one article.
private func extract(_ article: Article) {
    guard let timeline = try? extractor.timeline(for: article) else { return }
    _ = timeline.markdown()
    _ = timeline.json()
    _ = timeline.timeML(for: article)
}

@_cdecl("LLVMFuzzerTestOneInput")
func fuzzOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    let bytes = data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? []
    // 1. Article text whose dateline comes from its own header.
    if let article = try? Article(utf8: bytes) { extract(article) }
    // 2. Article text with an explicit dateline (validated and unvalidated paths).
    if let article = try? Article(utf8: bytes, dateline: fixedDateline) { extract(article) }
    let text = String(decoding: bytes, as: UTF8.self)
    extract(Article(text: text, dateline: fixedDateline))
    // 3. The bytes as a dateline string, and as a time zone identifier.
    if let dateline = try? Dateline(parsing: text) {
        extract(Article(text: "On Friday, officials met. Talks resume next week and in March.", dateline: dateline))
    }
    _ = try? Dateline(parsing: "2023-02-28", timeZone: text)
    return 0
}

/// libFuzzer's driver (compiler-rt, LLVM 12+): parses the usual libFuzzer flags and runs the callback.
@_silgen_name("LLVMFuzzerRunDriver")
func runFuzzerDriver(
    _ argc: UnsafeMutablePointer<Int32>,
    _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>>,
    _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> Int32
) -> Int32

#if CHRONICLE_FUZZING  // set by Scripts/fuzz.sh with -sanitize=fuzzer; plain builds (swift test) have no libFuzzer
var argc = CommandLine.argc
var argv = CommandLine.unsafeArgv
exit(runFuzzerDriver(&argc, &argv, fuzzOneInput))
#else
print("ChronicleFuzz: built without libFuzzer; run Scripts/fuzz.sh SECONDS")
exit(2)
#endif
