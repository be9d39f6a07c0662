/// go-yaml's "natural" mapping-key order (`keyList.Less`): runs of digits compare as numbers,
/// letters by code point, and at a letter/non-letter difference v2 puts the non-letter first,
/// while v3 puts the letter first when the previous equal rune was a digit.
enum YAMLKeyOrder {
    case v2, v3

    func less(_ a: String, _ b: String) -> Bool {
        let ar = Array(a.unicodeScalars), br = Array(b.unicodeScalars)
        var previousWasDigit = false
        var i = 0
        while i < ar.count && i < br.count {
            if ar[i] == br[i] {
                previousWasDigit = Self.isDigit(ar[i])
                i += 1
                continue
            }
            let al = Self.isLetter(ar[i]), bl = Self.isLetter(br[i])
            if al && bl { return ar[i].value < br[i].value }
            if al || bl {
                if self == .v3 && previousWasDigit { return al }
                return bl
            }
            var an: Int64 = 0, bn: Int64 = 0
            if ar[i] == "0" || br[i] == "0" {
                var j = i - 1
                while j >= 0 && Self.isDigit(ar[j]) {
                    if ar[j] != "0" { an = 1; bn = 1; break }
                    j -= 1
                }
            }
            var ai = i
            while ai < ar.count && Self.isDigit(ar[ai]) {
                an = an &* 10 &+ Int64(ar[ai].value) &- 48
                ai += 1
            }
            var bi = i
            while bi < br.count && Self.isDigit(br[bi]) {
                bn = bn &* 10 &+ Int64(br[bi].value) &- 48
                bi += 1
            }
            if an != bn { return an < bn }
            if ai != bi { return ai < bi }
            return ar[i].value < br[i].value
        }
        return ar.count < br.count
    }

    /// Go's `unicode.IsLetter`: categories Lu, Ll, Lt, Lm, Lo.
    private static func isLetter(_ c: Unicode.Scalar) -> Bool {
        switch c.properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter: return true
        default: return false
        }
    }

    /// Go's `unicode.IsDigit`: category Nd.
    private static func isDigit(_ c: Unicode.Scalar) -> Bool {
        c.properties.generalCategory == .decimalNumber
    }
}
