/// `time.ParseInLocation`, with Go's `*time.ParseError` texts.
enum GoTimeParse {
    /// A parse failure; `description` is Go's `ParseError.Error()`.
    struct Failure: Error, CustomStringConvertible {
        var layout: String
        var value: String
        var layoutElement = ""
        var valueElement = ""
        var message = ""

        var description: String {
            if message.isEmpty {
                return "parsing time \(Self.quote(value)) as \(Self.quote(layout)): cannot parse \(Self.quote(valueElement)) as \(Self.quote(layoutElement))"
            }
            return "parsing time \(Self.quote(value))" + message
        }

        /// The `time` package's own `quote` (not `strconv.Quote`): every byte of a control
        /// or non-ASCII character as `\xNN`, `"` and `\` escaped, anything else as is.
        static func quote(_ text: String) -> String {
            var out = "\""
            for byte in text.utf8 {
                switch byte {
                case UInt8(ascii: "\""), UInt8(ascii: "\\"): out += "\\" + String(UnicodeScalar(byte))
                case _ where byte < 0x20 || byte >= 0x80:
                    out += "\\x" + (byte < 16 ? "0" : "") + String(byte, radix: 16)
                default: out.unicodeScalars.append(UnicodeScalar(byte))
                }
            }
            return out + "\""
        }
    }

    static func parse(_ layout: String, _ input: String, location: GoLocation) throws(Failure) -> GoTime {
        var value = Substring(input)
        var year = 0, month = -1, day = -1, yearDay = -1, hour = 0, minute = 0, second = 0, nanosecond = 0
        var pmSet = false, amSet = false
        var zoneOffset: Int?
        var zoneName: String?
        var utc = false
        var rangeError: String?
        let chunks = GoTimeLayout.chunks(layout)
        func bad(_ chunk: GoTimeLayout.Chunk) -> Failure {
            Failure(layout: layout, value: input, layoutElement: chunk.layoutText, valueElement: String(value))
        }
        for (position, chunk) in chunks.enumerated() {
            let before = value
            var ok = true
            switch chunk {
            case .literal(let text):
                guard let rest = skip(value, text) else {
                    throw Failure(layout: layout, value: input, layoutElement: text, valueElement: String(value))
                }
                value = rest
                continue
            case .year:
                guard let number = fixedDigits(&value, 2) else { ok = false; break }
                year = number + (number >= 69 ? 1900 : 2000)
            case .longYear:
                guard let number = fixedDigits(&value, 4) else { ok = false; break }
                year = number
            case .month, .longMonth:
                let names = GoTime.monthNames.map { chunk == .month ? String($0.prefix(3)) : $0 }
                guard let index = lookup(names, &value) else { ok = false; break }
                month = index + 1
            case .weekDay, .longWeekDay:
                let names = GoTime.weekdayNames.map { chunk == .weekDay ? String($0.prefix(3)) : $0 }
                if lookup(names, &value) == nil { ok = false }
            case .numMonth, .zeroMonth:
                guard let number = number(&value, fixed: chunk == .zeroMonth) else { ok = false; break }
                month = number
                if month <= 0 || month > 12 { rangeError = "month" }
            case .day, .underDay, .zeroDay:
                if chunk == .underDay, value.first == " " { value = value.dropFirst() }
                guard let number = number(&value, fixed: chunk == .zeroDay) else { ok = false; break }
                day = number
            case .underYearDay, .zeroYearDay:
                for _ in 0..<2 where chunk == .underYearDay && value.first == " " { value = value.dropFirst() }
                guard let number = number3(&value, fixed: chunk == .zeroYearDay) else { ok = false; break }
                yearDay = number
            case .hour:
                guard let number = number(&value, fixed: false) else { ok = false; break }
                hour = number
                if hour < 0 || hour >= 24 { rangeError = "hour" }
            case .hour12, .zeroHour12:
                guard let number = number(&value, fixed: chunk == .zeroHour12) else { ok = false; break }
                hour = number
                if hour < 0 || hour > 12 { rangeError = "hour" }
            case .minute, .zeroMinute:
                guard let number = number(&value, fixed: chunk == .zeroMinute) else { ok = false; break }
                minute = number
                if minute < 0 || minute >= 60 { rangeError = "minute" }
            case .second, .zeroSecond:
                guard let number = number(&value, fixed: chunk == .zeroSecond) else { ok = false; break }
                second = number
                if second < 0 || second >= 60 { rangeError = "second"; break }
                // A fraction after seconds is accepted even if the layout has none.
                let next = position + 1 < chunks.count ? chunks[position + 1] : nil
                if case .fraction = next {} else if value.count >= 2, value.first == "." || value.first == ",",
                   let digit = value.dropFirst().first, digit.isASCII, digit.isNumber {
                    let digits = value.dropFirst().prefix { $0.isASCII && $0.isNumber }
                    nanosecond = nanoseconds(digits)
                    value = value.dropFirst(1 + digits.count)
                }
            case .upperPM, .lowerPM:
                let marker = String(value.prefix(2))
                let (pm, am) = chunk == .upperPM ? ("PM", "AM") : ("pm", "am")
                if marker == pm { pmSet = true } else if marker == am { amSet = true } else { ok = false; break }
                value = value.dropFirst(2)
            case .numericZone(let iso, let fields, let colons):
                if iso, value.first == "Z" {
                    value = value.dropFirst()
                    utc = true
                    break
                }
                guard let offset = numericZone(&value, fields: fields, colons: colons) else { ok = false; break }
                zoneOffset = offset
            case .zoneName:
                if value.hasPrefix("UTC") {
                    value = value.dropFirst(3)
                    utc = true
                    break
                }
                guard let length = zoneNameLength(value) else { ok = false; break }
                zoneName = String(value.prefix(length))
                value = value.dropFirst(length)
            case .fraction(_, let digits, let trimmed):
                if trimmed {
                    guard value.count >= 2, value.first == "." || value.first == ",",
                          let digit = value.dropFirst().first, digit.isASCII, digit.isNumber
                    else { break }
                    let run = value.dropFirst().prefix { $0.isASCII && $0.isNumber }
                    nanosecond = nanoseconds(run)
                    value = value.dropFirst(1 + run.count)
                } else {
                    let run = value.dropFirst().prefix(digits)
                    guard value.count >= digits + 1, value.first == "." || value.first == ",",
                          run.allSatisfy({ $0.isASCII && $0.isNumber })
                    else { ok = false; break }
                    nanosecond = nanoseconds(run)
                    value = value.dropFirst(1 + digits)
                }
            }
            if let rangeError {
                throw Failure(layout: layout, value: input, layoutElement: chunk.layoutText, valueElement: String(before),
                              message: ": \(rangeError) out of range")
            }
            if !ok {
                value = before
                throw bad(chunk)
            }
        }
        if pmSet && hour < 12 { hour += 12 } else if amSet && hour == 12 { hour = 0 }
        if yearDay >= 0 {
            var dayOfYear = yearDay
            if month < 0 {
                month = 1
                while month < 12, dayOfYear > CivilDate.daysIn(month: month, year: year) {
                    dayOfYear -= CivilDate.daysIn(month: month, year: year)
                    month += 1
                }
                day = dayOfYear
            }
        }
        if month < 0 { month = 1 }
        if day < 0 { day = 1 }
        if !value.isEmpty {
            throw Failure(layout: layout, value: input, valueElement: String(value),
                          message: ": extra text: \(Failure.quote(String(value)))")
        }
        if day < 1 || day > CivilDate.daysIn(month: month, year: year) {
            throw Failure(layout: layout, value: input, message: ": day out of range")
        }
        let wall = CivilDate.days(year: year, month: month, day: day) * 86_400
            + Int64(hour * 3600 + minute * 60 + second)
        if utc { return GoTime(unix: wall, nanosecond: nanosecond, location: .utc) }
        if let zoneOffset {
            let unix = wall - Int64(zoneOffset)
            let local = location.zone(at: unix)
            if local.offset == zoneOffset && (zoneName == nil || local.abbreviation == zoneName) {
                return GoTime(unix: unix, nanosecond: nanosecond, location: location)
            }
            return GoTime(unix: unix, nanosecond: nanosecond, location: .fixed(name: zoneName ?? "", offset: zoneOffset))
        }
        if let zoneName {
            if let offset = location.offset(ofAbbreviation: zoneName, near: wall) {
                return GoTime(unix: wall - Int64(offset), nanosecond: nanosecond, location: location)
            }
            var offset = 0
            if zoneName.count > 3, zoneName.hasPrefix("GMT"), let hours = Int(zoneName.dropFirst(3)) { offset = hours * 3600 }
            return GoTime(unix: wall - Int64(offset), nanosecond: nanosecond, location: .fixed(name: zoneName, offset: offset))
        }
        return GoTime(unix: localToUnix(wall, location), nanosecond: nanosecond, location: location)
    }

    /// Go's `Date` in a location: the wall time's offset, corrected across a transition.
    static func localToUnix(_ wall: Int64, _ location: GoLocation) -> Int64 {
        let first = location.zone(at: wall).offset
        let candidate = wall - Int64(first)
        let second = location.zone(at: candidate).offset
        return second == first ? candidate : wall - Int64(second)
    }

    /// Go's `skip`: literal text, where a space in the layout matches any run of spaces.
    private static func skip(_ value: Substring, _ prefix: String) -> Substring? {
        var value = value
        var prefix = Substring(prefix)
        while let first = prefix.first {
            if first == " " {
                if let head = value.first, head != " " { return nil }
                prefix = prefix.drop { $0 == " " }
                value = value.drop { $0 == " " }
                continue
            }
            guard value.first == first else { return nil }
            value = value.dropFirst()
            prefix = prefix.dropFirst()
        }
        return value
    }

    private static func fixedDigits(_ value: inout Substring, _ count: Int) -> Int? {
        let digits = value.prefix(count)
        guard digits.count == count, digits.allSatisfy({ $0.isASCII && $0.isNumber }), let number = Int(digits) else { return nil }
        value = value.dropFirst(count)
        return number
    }

    /// Go's `getnum`: one or two digits (exactly two when `fixed`).
    private static func number(_ value: inout Substring, fixed: Bool) -> Int? {
        let digits = value.prefix(2).prefix { $0.isASCII && $0.isNumber }
        guard !digits.isEmpty, !(fixed && digits.count < 2), let number = Int(digits) else { return nil }
        value = value.dropFirst(digits.count)
        return number
    }

    private static func number3(_ value: inout Substring, fixed: Bool) -> Int? {
        let digits = value.prefix(3).prefix { $0.isASCII && $0.isNumber }
        guard !digits.isEmpty, !(fixed && digits.count < 3), let number = Int(digits) else { return nil }
        value = value.dropFirst(digits.count)
        return number
    }

    private static func lookup(_ names: [String], _ value: inout Substring) -> Int? {
        for (index, name) in names.enumerated() where value.count >= name.count {
            if value.prefix(name.count).lowercased() == name.lowercased() {
                value = value.dropFirst(name.count)
                return index
            }
        }
        return nil
    }

    private static func nanoseconds(_ digits: Substring) -> Int {
        let kept = String(digits.prefix(9))
        return (Int(kept) ?? 0) * Int(pow10(9 - kept.count))
    }

    private static func pow10(_ exponent: Int) -> Int { (0..<exponent).reduce(1) { result, _ in result * 10 } }

    private static func numericZone(_ value: inout Substring, fields: Int, colons: Bool) -> Int? {
        var text = value
        guard let sign = text.first, sign == "+" || sign == "-" else { return nil }
        text = text.dropFirst()
        var parts: [Int] = []
        for index in 0..<fields {
            if index > 0 && colons {
                guard text.first == ":" else { return nil }
                text = text.dropFirst()
            }
            guard let part = fixedDigits(&text, 2) else { return nil }
            parts.append(part)
        }
        while parts.count < 3 { parts.append(0) }
        value = text
        let seconds = parts[0] * 3600 + parts[1] * 60 + parts[2]
        return sign == "-" ? -seconds : seconds
    }

    /// Go's `parseTimeZone`: how many bytes of `value` form a zone abbreviation.
    private static func zoneNameLength(_ value: Substring) -> Int? {
        let bytes = Array(value.utf8)
        guard bytes.count >= 3 else { return nil }
        if bytes.count >= 4, value.hasPrefix("ChST") || value.hasPrefix("MeST") { return 4 }
        if value.hasPrefix("GMT") {
            var length = 3
            if length < bytes.count, bytes[length] == UInt8(ascii: "+") || bytes[length] == UInt8(ascii: "-") {
                let digits = bytes[(length + 1)...].prefix { $0 >= 48 && $0 <= 57 }
                if !digits.isEmpty, let hours = Int(String(decoding: digits, as: UTF8.self)), hours <= 23 {
                    length += 1 + digits.count
                }
            }
            return length
        }
        if bytes[0] == UInt8(ascii: "+") || bytes[0] == UInt8(ascii: "-") {
            let digits = bytes.dropFirst().prefix { $0 >= 48 && $0 <= 57 }
            return digits.count == 2 || digits.count == 4 ? 1 + digits.count : nil
        }
        let upper = bytes.prefix { $0 >= 65 && $0 <= 90 }.count
        switch upper {
        case 3: return 3
        case 4: return bytes[3] == UInt8(ascii: "T") || value.hasPrefix("WITA") ? 4 : nil
        case 5: return bytes[4] == UInt8(ascii: "T") ? 5 : nil
        default: return nil
        }
    }
}
