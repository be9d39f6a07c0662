/// Go's reference-time layouts (`2006-01-02 15:04:05 MST`): formatting and parsing as
/// `time.Format` and `time.ParseInLocation` do, with Go's error texts.
enum GoTimeLayout {
    /// One element of a layout.
    enum Chunk: Equatable {
        case literal(String)
        case longMonth, month, numMonth, zeroMonth
        case longWeekDay, weekDay
        case day, underDay, zeroDay, underYearDay, zeroYearDay
        case hour, hour12, zeroHour12, minute, zeroMinute, second, zeroSecond
        case longYear, year, upperPM, lowerPM
        case zoneName
        /// Numeric zone: `Z` prefix (ISO 8601), fields (`-07` = 1, `-0700` = 2, `-070000` = 3), colons.
        case numericZone(iso: Bool, fields: Int, colons: Bool)
        /// Fractional seconds: separator, digit count, `9`s (trailing zeros trimmed).
        case fraction(separator: Character, digits: Int, trimmed: Bool)

        var layoutText: String {
            switch self {
            case .literal(let text): return text
            case .longMonth: return "January"
            case .month: return "Jan"
            case .numMonth: return "1"
            case .zeroMonth: return "01"
            case .longWeekDay: return "Monday"
            case .weekDay: return "Mon"
            case .day: return "2"
            case .underDay: return "_2"
            case .zeroDay: return "02"
            case .underYearDay: return "__2"
            case .zeroYearDay: return "002"
            case .hour: return "15"
            case .hour12: return "3"
            case .zeroHour12: return "03"
            case .minute: return "4"
            case .zeroMinute: return "04"
            case .second: return "5"
            case .zeroSecond: return "05"
            case .longYear: return "2006"
            case .year: return "06"
            case .upperPM: return "PM"
            case .lowerPM: return "pm"
            case .zoneName: return "MST"
            case .numericZone(let iso, let fields, let colons):
                let parts = ["07", "00", "00"].prefix(fields)
                return (iso ? "Z" : "-") + parts.joined(separator: colons ? ":" : "")
            case .fraction(let separator, let digits, let trimmed):
                return String(separator) + String(repeating: trimmed ? "9" : "0", count: digits)
            }
        }
    }

    /// Splits a layout into chunks, as Go's `nextStdChunk`.
    static func chunks(_ layout: String) -> [Chunk] {
        let bytes = Array(layout.utf8)
        var result: [Chunk] = []
        var literal: [UInt8] = []
        var index = 0
        func has(_ text: String, at position: Int) -> Bool {
            let pattern = Array(text.utf8)
            return position + pattern.count <= bytes.count && Array(bytes[position..<position + pattern.count]) == pattern
        }
        func isDigit(_ position: Int) -> Bool {
            position < bytes.count && bytes[position] >= UInt8(ascii: "0") && bytes[position] <= UInt8(ascii: "9")
        }
        let candidates: [(String, Chunk)] = [
            ("January", .longMonth), ("Jan", .month), ("Monday", .longWeekDay), ("Mon", .weekDay), ("MST", .zoneName),
            ("002", .zeroYearDay), ("01", .zeroMonth), ("02", .zeroDay), ("03", .zeroHour12), ("04", .zeroMinute),
            ("05", .zeroSecond), ("06", .year), ("15", .hour), ("1", .numMonth), ("2006", .longYear), ("2", .day),
            ("__2", .underYearDay), ("_2", .underDay), ("3", .hour12), ("4", .minute), ("5", .second),
            ("PM", .upperPM), ("pm", .lowerPM),
            ("-070000", .numericZone(iso: false, fields: 3, colons: false)),
            ("-07:00:00", .numericZone(iso: false, fields: 3, colons: true)),
            ("-0700", .numericZone(iso: false, fields: 2, colons: false)),
            ("-07:00", .numericZone(iso: false, fields: 2, colons: true)),
            ("-07", .numericZone(iso: false, fields: 1, colons: false)),
            ("Z070000", .numericZone(iso: true, fields: 3, colons: false)),
            ("Z07:00:00", .numericZone(iso: true, fields: 3, colons: true)),
            ("Z0700", .numericZone(iso: true, fields: 2, colons: false)),
            ("Z07:00", .numericZone(iso: true, fields: 2, colons: true)),
            ("Z07", .numericZone(iso: true, fields: 1, colons: false)),
        ]
        outer: while index < bytes.count {
            let byte = bytes[index]
            // "_2006" is a literal underscore before a year, not `_2` then "006".
            if has("_2006", at: index) {
                literal.append(byte)
                index += 1
                continue
            }
            if byte == UInt8(ascii: ".") || byte == UInt8(ascii: ",") {
                if index + 1 < bytes.count, bytes[index + 1] == UInt8(ascii: "0") || bytes[index + 1] == UInt8(ascii: "9") {
                    let digit = bytes[index + 1]
                    var end = index + 1
                    while end < bytes.count, bytes[end] == digit { end += 1 }
                    if !isDigit(end) {
                        flush(&literal, into: &result)
                        result.append(.fraction(separator: Character(Unicode.Scalar(byte)), digits: end - index - 1,
                                                trimmed: digit == UInt8(ascii: "9")))
                        index = end
                        continue
                    }
                }
            }
            for (text, chunk) in candidates where has(text, at: index) {
                // "Jan" and "Mon" followed by a lower-case letter ("Janet", "Month") are text.
                if chunk == .month || chunk == .weekDay, index + 3 < bytes.count,
                   bytes[index + 3] >= UInt8(ascii: "a"), bytes[index + 3] <= UInt8(ascii: "z") {
                    break
                }
                flush(&literal, into: &result)
                result.append(chunk)
                index += text.utf8.count
                continue outer
            }
            literal.append(byte)
            index += 1
        }
        flush(&literal, into: &result)
        return result
    }

    private static func flush(_ literal: inout [UInt8], into result: inout [Chunk]) {
        guard !literal.isEmpty else { return }
        result.append(.literal(String(decoding: literal, as: UTF8.self)))
        literal.removeAll()
    }

    /// `time.Format`.
    static func format(_ time: GoTime, layout: String) -> String {
        let f = time.fields
        var out = ""
        func padded(_ value: Int, _ width: Int, _ pad: Character = "0") -> String {
            let digits = String(value.magnitude)
            let body = String(repeating: pad, count: max(0, width - digits.count)) + digits
            return value < 0 ? "-" + body : body
        }
        for chunk in chunks(layout) {
            switch chunk {
            case .literal(let text): out += text
            case .longMonth: out += GoTime.monthNames[f.month - 1]
            case .month: out += String(GoTime.monthNames[f.month - 1].prefix(3))
            case .numMonth: out += String(f.month)
            case .zeroMonth: out += padded(f.month, 2)
            case .longWeekDay: out += GoTime.weekdayNames[f.weekday]
            case .weekDay: out += String(GoTime.weekdayNames[f.weekday].prefix(3))
            case .day: out += String(f.day)
            case .underDay: out += padded(f.day, 2, " ")
            case .zeroDay: out += padded(f.day, 2)
            case .underYearDay: out += padded(f.dayOfYear, 3, " ")
            case .zeroYearDay: out += padded(f.dayOfYear, 3)
            case .hour: out += padded(f.hour, 2)
            case .hour12: out += String(f.hour % 12 == 0 ? 12 : f.hour % 12)
            case .zeroHour12: out += padded(f.hour % 12 == 0 ? 12 : f.hour % 12, 2)
            case .minute: out += String(f.minute)
            case .zeroMinute: out += padded(f.minute, 2)
            case .second: out += String(f.second)
            case .zeroSecond: out += padded(f.second, 2)
            case .longYear: out += padded(f.year, 4)
            case .year: out += padded(((f.year % 100) + 100) % 100, 2)
            case .upperPM: out += f.hour >= 12 ? "PM" : "AM"
            case .lowerPM: out += f.hour >= 12 ? "pm" : "am"
            case .zoneName:
                if !f.abbreviation.isEmpty {
                    out += f.abbreviation
                } else {
                    let minutes = f.offset / 60
                    out += (minutes < 0 ? "-" : "+") + padded(abs(minutes) / 60, 2) + padded(abs(minutes) % 60, 2)
                }
            case .numericZone(let iso, let fields, let colons):
                if iso && f.offset == 0 {
                    out += "Z"
                    break
                }
                let magnitude = abs(f.offset)
                out += f.offset < 0 ? "-" : "+"
                out += padded(magnitude / 3600, 2)
                if fields >= 2 { out += (colons ? ":" : "") + padded(magnitude / 60 % 60, 2) }
                if fields >= 3 { out += (colons ? ":" : "") + padded(magnitude % 60, 2) }
            case .fraction(let separator, let digits, let trimmed):
                var text = padded(f.nanosecond, 9)
                text = String(text.prefix(digits))
                if trimmed {
                    while text.last == "0" { text.removeLast() }
                    if text.isEmpty { break }
                }
                out += String(separator) + text
            }
        }
        return out
    }
}
