/// The POSIX `TZ` rule at the end of a TZif file (`EST5EDT,M3.2.0,M11.1.0`), which gives the
/// zone for times after the file's last transition, computed as Go's `tzset` does.
struct PosixZoneRule: Sendable {
    private struct Transition: Sendable {
        enum Kind: Sendable { case julian(Int), zeroBased(Int), monthWeekDay(month: Int, week: Int, day: Int) }
        var kind: Kind
        var time: Int
    }

    private var standard: (name: String, offset: Int)
    private var daylight: (name: String, offset: Int, start: Transition, end: Transition)?

    /// Parses the rule; nil when it is not one Go would accept.
    init?(_ text: String) {
        var scanner = Array(text.utf8)[...]
        guard let standardName = Self.name(&scanner), let standardOffset = Self.offset(&scanner) else { return nil }
        standard = (standardName, -standardOffset)
        if scanner.isEmpty {
            daylight = nil
            return
        }
        guard let daylightName = Self.name(&scanner) else { return nil }
        var daylightOffset = standard.offset + 3600
        if let first = scanner.first, first != UInt8(ascii: ",") {
            guard let parsed = Self.offset(&scanner) else { return nil }
            daylightOffset = -parsed
        }
        if scanner.isEmpty { scanner = Array(",M3.2.0,M11.1.0".utf8)[...] }
        guard scanner.popFirst() == UInt8(ascii: ","), let start = Self.transition(&scanner),
              scanner.popFirst() == UInt8(ascii: ","), let end = Self.transition(&scanner), scanner.isEmpty
        else { return nil }
        daylight = (daylightName, daylightOffset, start, end)
    }

    /// The abbreviation and offset at a Unix time.
    func zone(at unix: Int64) -> (abbreviation: String, offset: Int) {
        guard let daylight else { return (standard.name, standard.offset) }
        let (year, dayOfYear) = CivilDate.yearAndDay(unixDays: Self.floorDivide(unix, 86_400))
        let secondOfYear = Int64(dayOfYear) * 86_400 + Self.floorModulo(unix, 86_400)
        var start = Int64(Self.seconds(daylight.start, year: year, offset: standard.offset))
        var end = Int64(Self.seconds(daylight.end, year: year, offset: daylight.offset))
        var inside = (daylight.name, daylight.offset)
        var outside = (standard.name, standard.offset)
        if end < start {
            swap(&start, &end)
            swap(&inside, &outside)
        }
        if secondOfYear < start || secondOfYear >= end { return outside }
        return inside
    }

    private static func floorDivide(_ a: Int64, _ b: Int64) -> Int64 { a >= 0 ? a / b : -((-a + b - 1) / b) }
    private static func floorModulo(_ a: Int64, _ b: Int64) -> Int64 { a - floorDivide(a, b) * b }

    private static func seconds(_ rule: Transition, year: Int, offset: Int) -> Int {
        let leap = CivilDate.isLeap(year)
        var day: Int
        switch rule.kind {
        case .julian(let number):
            day = number - 1
            if leap && number >= 60 { day += 1 }
        case .zeroBased(let number):
            day = number
        case .monthWeekDay(let month, let week, let weekday):
            let firstWeekday = CivilDate.weekday(year: year, month: month, day: 1)
            var dayOfMonth = weekday - firstWeekday
            if dayOfMonth < 0 { dayOfMonth += 7 }
            for _ in 1..<max(week, 1) {
                if dayOfMonth + 7 >= CivilDate.daysIn(month: month, year: year) { break }
                dayOfMonth += 7
            }
            day = CivilDate.daysBefore(month: month, year: year) + dayOfMonth
        }
        return day * 86_400 + rule.time - offset
    }

    private static func name(_ text: inout ArraySlice<UInt8>) -> String? {
        if text.first == UInt8(ascii: "<") {
            guard let close = text.firstIndex(of: UInt8(ascii: ">")) else { return nil }
            let name = String(decoding: text[text.index(after: text.startIndex)..<close], as: UTF8.self)
            text = text[text.index(after: close)...]
            return name
        }
        let letters = text.prefix { (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains($0 & 0xDF) }
        guard letters.count >= 3 else { return nil }
        text = text.dropFirst(letters.count)
        return String(decoding: letters, as: UTF8.self)
    }

    /// `[+-]hh[:mm[:ss]]` in seconds, with POSIX's sign (positive west of Greenwich).
    private static func offset(_ text: inout ArraySlice<UInt8>) -> Int? {
        var sign = 1
        if text.first == UInt8(ascii: "+") { text = text.dropFirst() } else if text.first == UInt8(ascii: "-") {
            sign = -1
            text = text.dropFirst()
        }
        guard let seconds = clock(&text) else { return nil }
        return sign * seconds
    }

    private static func clock(_ text: inout ArraySlice<UInt8>) -> Int? {
        var total = 0
        for (index, unit) in [3600, 60, 1].enumerated() {
            if index > 0 {
                guard text.first == UInt8(ascii: ":") else { break }
                text = text.dropFirst()
            }
            guard let value = number(&text) else { return nil }
            total += value * unit
        }
        return total
    }

    private static func number(_ text: inout ArraySlice<UInt8>) -> Int? {
        let digits = text.prefix { (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) }
        guard !digits.isEmpty, let value = Int(String(decoding: digits, as: UTF8.self)) else { return nil }
        text = text.dropFirst(digits.count)
        return value
    }

    private static func transition(_ text: inout ArraySlice<UInt8>) -> Transition? {
        let kind: Transition.Kind
        switch text.first {
        case UInt8(ascii: "J"):
            text = text.dropFirst()
            guard let day = number(&text), (1...365).contains(day) else { return nil }
            kind = .julian(day)
        case UInt8(ascii: "M"):
            text = text.dropFirst()
            guard let month = number(&text), (1...12).contains(month), text.popFirst() == UInt8(ascii: "."),
                  let week = number(&text), (1...5).contains(week), text.popFirst() == UInt8(ascii: "."),
                  let day = number(&text), (0...6).contains(day)
            else { return nil }
            kind = .monthWeekDay(month: month, week: week, day: day)
        default:
            guard let day = number(&text), (0...365).contains(day) else { return nil }
            kind = .zeroBased(day)
        }
        var time = 7200
        if text.first == UInt8(ascii: "/") {
            text = text.dropFirst()
            guard let parsed = offset(&text) else { return nil }
            time = parsed
        }
        return Transition(kind: kind, time: time)
    }
}
