/// One entry of a tar archive, as Go's `archive/tar` reader presents it after applying
/// GNU long-name and PAX headers.
struct TarEntry: Equatable {
    enum Kind: Equatable {
        case regular
        case directory
        /// Symlinks, devices, FIFOs and anything else Helm skips or rejects.
        case other(UInt8)
    }

    var name: String
    var kind: Kind
    var size: Int
    var data: [UInt8]
}

/// Reads ustar, GNU and PAX tar streams (the formats `helm package` and `tar` produce).
enum TarArchive {
    /// The entries in archive order. Extension headers (PAX `x`/`g`, GNU `L`/`K`) are applied to
    /// the entry they precede and never returned themselves.
    static func entries(_ bytes: [UInt8]) throws(TarError) -> [TarEntry] {
        var entries: [TarEntry] = []
        var offset = 0
        var longName: String?
        var paxPath: String?
        while offset + 512 <= bytes.count {
            let header = bytes[offset..<offset + 512]
            if header.allSatisfy({ $0 == 0 }) { break }
            guard checksumMatches(header) else { throw .invalidHeader }
            let size = try octal(header, offset: 124, length: 12)
            let type = header[header.startIndex + 156]
            let dataStart = offset + 512
            guard size >= 0, dataStart + size <= bytes.count else { throw .unexpectedEOF }
            let data = Array(bytes[dataStart..<dataStart + size])
            offset = dataStart + (size + 511) / 512 * 512
            switch type {
            case UInt8(ascii: "L"):
                longName = String(decoding: data.prefix { $0 != 0 }, as: UTF8.self)
                continue
            case UInt8(ascii: "x"):
                paxPath = paxRecords(data)["path"]
                continue
            case UInt8(ascii: "g"), UInt8(ascii: "K"):
                continue
            default:
                break
            }
            var name = string(header, offset: 0, length: 100)
            let magic = string(header, offset: 257, length: 6)
            if magic.hasPrefix("ustar") {
                let prefix = string(header, offset: 345, length: 155)
                if !prefix.isEmpty { name = prefix + "/" + name }
            }
            if let long = longName { name = long }
            if let pax = paxPath { name = pax }
            longName = nil
            paxPath = nil
            let kind: TarEntry.Kind
            switch type {
            case 0, UInt8(ascii: "0"), UInt8(ascii: "7"): kind = name.hasSuffix("/") ? .directory : .regular
            case UInt8(ascii: "5"): kind = .directory
            default: kind = .other(type)
            }
            entries.append(TarEntry(name: name, kind: kind, size: size, data: data))
        }
        return entries
    }

    private static func checksumMatches(_ header: ArraySlice<UInt8>) -> Bool {
        guard let stored = try? octal(header, offset: 148, length: 8) else { return false }
        var sum = 0
        for (index, byte) in header.enumerated() {
            sum += (148..<156).contains(index) ? 32 : Int(byte)
        }
        return sum == stored
    }

    private static func string(_ header: ArraySlice<UInt8>, offset: Int, length: Int) -> String {
        let start = header.startIndex + offset
        let field = header[start..<start + length].prefix { $0 != 0 }
        return String(decoding: field, as: UTF8.self)
    }

    private static func octal(_ header: ArraySlice<UInt8>, offset: Int, length: Int) throws(TarError) -> Int {
        let start = header.startIndex + offset
        let field = header[start..<start + length]
        if let first = field.first, first & 0x80 != 0 {
            // GNU base-256 encoding for sizes beyond the octal field.
            var value = Int(first & 0x7f)
            for byte in field.dropFirst() { value = value << 8 | Int(byte) }
            return value
        }
        var value = 0
        var seenDigit = false
        for byte in field {
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "7"):
                value = value * 8 + Int(byte - UInt8(ascii: "0"))
                seenDigit = true
            case 0, UInt8(ascii: " "):
                if seenDigit { return value }
            default:
                throw .invalidHeader
            }
        }
        return value
    }

    /// PAX records: `LEN key=value\n` repeated.
    private static func paxRecords(_ data: [UInt8]) -> [String: String] {
        var records: [String: String] = [:]
        let text = String(decoding: data, as: UTF8.self)
        for line in text.split(separator: "\n") {
            guard let space = line.firstIndex(of: " ") else { continue }
            let record = line[line.index(after: space)...]
            guard let equals = record.firstIndex(of: "=") else { continue }
            records[String(record[..<equals])] = String(record[record.index(after: equals)...])
        }
        return records
    }
}

/// Why a tar stream could not be read; the texts are Go's `archive/tar` errors.
enum TarError: Error, Equatable, CustomStringConvertible {
    case invalidHeader
    case unexpectedEOF

    var description: String {
        switch self {
        case .invalidHeader: return "archive/tar: invalid tar header"
        case .unexpectedEOF: return "unexpected EOF"
        }
    }
}
