/// Answers about tokens already computed, one byte per token, for questions that depend on a token and its
/// neighbours only and are asked again and again (the event kind of a word, the tense it marks).
///
/// A class, so that the structs holding it stay immutable while it fills in; one per document and thread, and no
/// access overlaps another, so its bytes are not checked for exclusivity at run time. (Not generic over the answer:
/// a generic class compiled ~0.6 M instructions per MB worse in the event linker's searches.)
final class TokenMemo {
    /// Per token: 0 not computed yet, 1 no answer, 2 + the answer's raw value.
    @exclusivity(unchecked) private var codes: [UInt8]

    init(count: Int) { codes = Array(repeating: 0, count: count) }

    /// The answer remembered for the token at `index`: `nil` when it has not been computed yet, `.some(nil)` when the
    /// token has none.
    @inline(__always)
    func answer<Answer: RawRepresentable>(at index: Int) -> Answer?? where Answer.RawValue == UInt8 {
        let code = codes[index]
        if code == 0 { return nil }
        return .some(code == 1 ? nil : Answer(rawValue: code - 2))
    }

    /// Remembers `answer` for the token at `index` and returns it.
    @inline(__always)
    func remember<Answer: RawRepresentable>(_ answer: Answer?, at index: Int) -> Answer? where Answer.RawValue == UInt8 {
        codes[index] = answer.map { $0.rawValue + 2 } ?? 1
        return answer
    }
}
