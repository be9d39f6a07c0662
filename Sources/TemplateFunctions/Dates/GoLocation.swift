import Foundation

/// A Go `*time.Location`: a named zone whose offset and abbreviation at an instant come from
/// the system's tzdata (TZif files, including the POSIX rule for times after the table),
/// read directly because Foundation reports abbreviations as `GMT-5` where Go says `EST`.
public struct GoLocation: Sendable {
    /// The name `Location.String()` prints: `UTC`, `Local`, `America/New_York`, or `""` for a
    /// fixed zone made by parsing an offset.
    public let name: String
    private let zone: Zone

    private enum Zone: Sendable {
        case fixed(abbreviation: String, offset: Int)
        case table(TZif)
    }

    /// Go's `time.UTC`.
    public static let utc = GoLocation(name: "UTC", zone: .fixed(abbreviation: "UTC", offset: 0))

    /// Go's `time.Local`: `$TZ` if set, else `/etc/localtime`, else UTC (named "Local").
    public static let local: GoLocation = {
        let environment = ProcessInfo.processInfo.environment["TZ"]
        if let tz = environment {
            if tz.isEmpty || tz == "UTC" { return GoLocation(name: "Local", zone: .fixed(abbreviation: "UTC", offset: 0)) }
            if let loaded = load(tz.hasPrefix(":") ? String(tz.dropFirst()) : tz) {
                return GoLocation(name: "Local", zone: loaded.zone)
            }
        }
        if let data = FileManager.default.contents(atPath: "/etc/localtime"), let table = TZif(data: [UInt8](data)) {
            return GoLocation(name: "Local", zone: .table(table))
        }
        return GoLocation(name: "Local", zone: .fixed(abbreviation: "UTC", offset: 0))
    }()

    /// Go's `time.FixedZone(name, offset)`.
    public static func fixed(name: String, offset: Int) -> GoLocation {
        GoLocation(name: name, zone: .fixed(abbreviation: name, offset: offset))
    }

    /// Go's `time.LoadLocation`: `""`/`UTC` is UTC, `Local` is Local, else a tzdata name;
    /// nil when there is no such zone.
    public static func load(_ name: String) -> GoLocation? {
        switch name {
        case "", "UTC": return .utc
        case "Local": return .local
        default: break
        }
        // Go refuses names that could escape the zoneinfo directory.
        guard !name.hasPrefix("/"), !name.contains(".."), !name.contains("\\") else { return nil }
        for root in ["/usr/share/zoneinfo/", "/usr/share/lib/zoneinfo/", "/usr/lib/locale/TZ/"] {
            if let data = FileManager.default.contents(atPath: root + name), let table = TZif(data: [UInt8](data)) {
                return GoLocation(name: name, zone: .table(table))
            }
        }
        return nil
    }

    /// The abbreviation and UTC offset (seconds east) in effect at a Unix time.
    public func zone(at unix: Int64) -> (abbreviation: String, offset: Int) {
        switch zone {
        case .fixed(let abbreviation, let offset): return (abbreviation, offset)
        case .table(let table): return table.zone(at: unix)
        }
    }

    /// The offset a zone abbreviation has in this location around `unix` (Go's
    /// `lookupName`), used when parsing `MST`.
    func offset(ofAbbreviation abbreviation: String, near unix: Int64) -> Int? {
        switch zone {
        case .fixed(let name, let offset): return name == abbreviation ? offset : nil
        case .table(let table): return table.offset(ofAbbreviation: abbreviation, near: unix)
        }
    }
}

/// A parsed TZif file (RFC 8536), version 2+ data preferred.
private struct TZif: Sendable {
    struct ZoneType: Sendable {
        var offset: Int
        var isDST: Bool
        var abbreviation: String
    }

    var transitions: [Int64] = []
    var transitionTypes: [Int] = []
    var types: [ZoneType] = []
    var rule: PosixZoneRule?

    init?(data: [UInt8]) {
        guard data.count >= 44, data.starts(with: Array("TZif".utf8)) else { return nil }
        var reader = ByteReader(bytes: data)
        guard let first = reader.header() else { return nil }
        if data[4] >= UInt8(ascii: "2") {
            reader.skip(first.v1Length)
            guard let second = reader.header(), let parsed = reader.body(second, timeSize: 8) else { return nil }
            self = parsed
            if let footer = reader.footer() { rule = PosixZoneRule(footer) }
        } else {
            guard let parsed = reader.body(first, timeSize: 4) else { return nil }
            self = parsed
        }
        if types.isEmpty { return nil }
    }

    init(transitions: [Int64], transitionTypes: [Int], types: [ZoneType]) {
        self.transitions = transitions
        self.transitionTypes = transitionTypes
        self.types = types
    }

    func zone(at unix: Int64) -> (abbreviation: String, offset: Int) {
        if transitions.isEmpty || unix < transitions[0] {
            if transitions.isEmpty, let rule { return rule.zone(at: unix) }
            let type = firstStandardType()
            return (type.abbreviation, type.offset)
        }
        if unix >= transitions[transitions.count - 1], let rule { return rule.zone(at: unix) }
        var low = 0
        var high = transitions.count
        while high - low > 1 {
            let middle = (low + high) / 2
            if unix < transitions[middle] { high = middle } else { low = middle }
        }
        let type = types[transitionTypes[low]]
        return (type.abbreviation, type.offset)
    }

    /// Go's `lookupFirstZone`: the first standard-time type.
    private func firstStandardType() -> ZoneType {
        if let first = transitionTypes.first, types[first].isDST {
            for index in stride(from: first - 1, through: 0, by: -1) where !types[index].isDST { return types[index] }
        }
        return types.first { !$0.isDST } ?? types[0]
    }

    func offset(ofAbbreviation abbreviation: String, near unix: Int64) -> Int? {
        for type in types where type.abbreviation == abbreviation {
            let current = zone(at: unix - Int64(type.offset))
            if current.abbreviation == abbreviation { return current.offset }
        }
        return types.first { $0.abbreviation == abbreviation }?.offset
    }
}

/// Big-endian reading of a TZif file.
private struct ByteReader {
    let bytes: [UInt8]
    var position = 0

    struct Header {
        var isUTCCount, isStandardCount, leapCount, timeCount, typeCount, charCount: Int
        var v1Length: Int { timeCount * 5 + typeCount * 6 + charCount + leapCount * 8 + isStandardCount + isUTCCount }
    }

    mutating func skip(_ count: Int) { position += count }

    mutating func integer(_ size: Int) -> Int64? {
        guard position + size <= bytes.count else { return nil }
        var value: UInt64 = 0
        for byte in bytes[position..<position + size] { value = value << 8 | UInt64(byte) }
        position += size
        return size == 4 ? Int64(Int32(truncatingIfNeeded: value)) : Int64(bitPattern: value)
    }

    mutating func header() -> Header? {
        guard position + 44 <= bytes.count, bytes[position..<position + 4].elementsEqual("TZif".utf8) else { return nil }
        position += 20
        var counts: [Int] = []
        for _ in 0..<6 {
            guard let count = integer(4), count >= 0 else { return nil }
            counts.append(Int(count))
        }
        return Header(isUTCCount: counts[0], isStandardCount: counts[1], leapCount: counts[2],
                      timeCount: counts[3], typeCount: counts[4], charCount: counts[5])
    }

    mutating func body(_ header: Header, timeSize: Int) -> TZif? {
        var transitions: [Int64] = []
        for _ in 0..<header.timeCount {
            guard let time = integer(timeSize) else { return nil }
            transitions.append(time)
        }
        guard position + header.timeCount <= bytes.count else { return nil }
        let indexes = bytes[position..<position + header.timeCount].map(Int.init)
        position += header.timeCount
        var raw: [(offset: Int, isDST: Bool, abbreviationIndex: Int)] = []
        for _ in 0..<header.typeCount {
            guard let offset = integer(4), position + 2 <= bytes.count else { return nil }
            raw.append((Int(offset), bytes[position] != 0, Int(bytes[position + 1])))
            position += 2
        }
        guard position + header.charCount <= bytes.count else { return nil }
        let characters = Array(bytes[position..<position + header.charCount])
        position += header.charCount
        position += header.leapCount * (timeSize + 4) + header.isStandardCount + header.isUTCCount
        let types = raw.map { entry -> TZif.ZoneType in
            let tail = entry.abbreviationIndex < characters.count ? characters[entry.abbreviationIndex...] : []
            return TZif.ZoneType(offset: entry.offset, isDST: entry.isDST,
                                 abbreviation: String(decoding: tail.prefix { $0 != 0 }, as: UTF8.self))
        }
        guard indexes.allSatisfy({ $0 < types.count }) else { return nil }
        return TZif(transitions: transitions, transitionTypes: indexes, types: types)
    }

    mutating func footer() -> String? {
        guard position < bytes.count, bytes[position] == 0x0A else { return nil }
        let rest = bytes[(position + 1)...]
        guard let end = rest.firstIndex(of: 0x0A) else { return nil }
        return String(decoding: rest[..<end], as: UTF8.self)
    }
}
