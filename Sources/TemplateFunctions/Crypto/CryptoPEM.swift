/// PEM blocks as Go's `encoding/pem` reads and writes them: the first block in the text
/// (anything before it skipped), 64-column base64 lines.
struct PEMBlock {
    var type: String
    var bytes: [UInt8]

    /// `-----BEGIN TYPE-----`, base64 in 64-character lines, `-----END TYPE-----`, newline.
    var encoded: String {
        let body = CryptoText.base64(bytes)
        var lines: [Substring] = []
        var start = body.startIndex
        while start < body.endIndex {
            let end = body.index(start, offsetBy: 64, limitedBy: body.endIndex) ?? body.endIndex
            lines.append(body[start..<end])
            start = end
        }
        return "-----BEGIN \(type)-----\n" + lines.map { $0 + "\n" }.joined() + "-----END \(type)-----\n"
    }

    /// The first well-formed block of `text`, or nil (Go's `pem.Decode` returning nil).
    static func decode(_ text: String) -> PEMBlock? {
        var rest = Substring(text)
        while let begin = rest.range(of: "-----BEGIN ") {
            let afterBegin = rest[begin.upperBound...]
            guard let typeEnd = afterBegin.range(of: "-----") else { return nil }
            let type = String(afterBegin[..<typeEnd.lowerBound])
            var body = afterBegin[typeEnd.upperBound...]
            guard !type.contains("\n"), body.first == "\n" || body.hasPrefix("\r\n") else {
                rest = afterBegin
                continue
            }
            body = body.drop { $0 == "\n" || $0 == "\r" }
            guard let end = body.range(of: "-----END \(type)-----") else {
                rest = afterBegin
                continue
            }
            let base64 = body[..<end.lowerBound].filter { !$0.isWhitespace }
            if let bytes = try? CryptoText.decodeBase64(String(base64)) {
                return PEMBlock(type: type, bytes: bytes)
            }
            rest = afterBegin
        }
        return nil
    }
}
