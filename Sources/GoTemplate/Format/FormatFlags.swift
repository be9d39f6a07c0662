/// The flags, width and precision of one verb being formatted (Go's `fmt.fmtFlags` plus
/// `wid`/`prec`).
struct FormatFlags {
    var plus = false
    var minus = false
    var sharp = false
    var space = false
    var zero = false
    /// `%+v`: struct fields are printed with their names.
    var plusV = false
    /// `%#v`: Go syntax.
    var sharpV = false
    var width = 0
    var widthPresent = false
    var precision = 0
    var precisionPresent = false

    /// Whether padding is written with zeros: Go only pads with zeros on the left.
    var padsWithZeros: Bool { zero && !minus }
}

extension GoPrinter {
    /// Writes `count` padding bytes (spaces, or zeros when the `0` flag pads on the left).
    mutating func writePadding(_ count: Int) {
        guard count > 0 else { return }
        let byte = flags.padsWithZeros ? UInt8(ascii: "0") : UInt8(ascii: " ")
        buffer.append(contentsOf: repeatElement(byte, count: count))
    }

    /// Writes `bytes` padded to the width, counted in runes as Go does.
    mutating func pad(_ bytes: [UInt8]) {
        guard flags.widthPresent && flags.width != 0 else {
            buffer.append(contentsOf: bytes)
            return
        }
        let runes = bytes.reduce(0) { $0 + (($1 & 0xC0) == 0x80 ? 0 : 1) }
        let padding = flags.width - runes
        if !flags.minus {
            writePadding(padding)
            buffer.append(contentsOf: bytes)
        } else {
            buffer.append(contentsOf: bytes)
            writePadding(padding)
        }
    }

    /// Writes a string padded to the width.
    mutating func pad(_ text: String) {
        pad(Array(text.utf8))
    }

    /// Writes `bytes` padded to the width with spaces, whatever the `0` flag says (Go does
    /// this for infinities, `%U` and a few others).
    mutating func padWithSpaces(_ bytes: [UInt8]) {
        let zero = flags.zero
        flags.zero = false
        pad(bytes)
        flags.zero = zero
    }
}
