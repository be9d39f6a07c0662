import ChartValues
import Foundation
import GoTemplate

/// Sprig's date functions: `now`, `date`, `dateInZone`, `htmlDate`, `htmlDateInZone`,
/// `toDate`, `mustToDate`, `dateModify`, `mustDateModify`, `unixEpoch`, `ago`, `duration`,
/// `durationRound` (and the snake-case aliases `date_in_zone`, `date_modify`,
/// `must_date_modify`), reading the clock and `Local` from the render environment.
///
/// Sprig's quirks are kept: `date` of anything but a time or an `int`/`int32`/`int64` (a
/// YAML number is `float64`) silently means now; `duration` only reads `int64` or string
/// seconds; an unknown zone means UTC.
enum DateFunctions {
    /// The functions, by name.
    static func table(_ environment: RenderEnvironment) -> [String: TemplateFunction] {
        let clock = environment.clock
        let local = environment.localZone
        let started = clock()
        let timeType = GoTime.type
        @Sendable func now() -> GoTime {
            let date = clock()
            return GoTime(date, location: local, monotonic: Int64((date.timeIntervalSince(started) * 1e9).rounded()))
        }
        @Sendable func wrap(_ time: GoTime) -> Value { .object(GoTimeObject(time, localZone: local)) }
        /// Sprig's `dateInZone` argument rule.
        @Sendable func instant(_ value: Value, acceptInt32: Bool = true) -> GoTime {
            switch value {
            case .object(let object as GoTimeObject): return object.time
            case .int(let seconds): return GoTime(unix: Int64(seconds), nanosecond: 0, location: local)
            case .int64(let seconds): return GoTime(unix: seconds, nanosecond: 0, location: local)
            case .otherInteger(.int32, let seconds) where acceptInt32:
                return GoTime(unix: seconds, nanosecond: 0, location: local)
            default: return now()
            }
        }
        @Sendable func format(_ layout: String, _ value: Value, zone: String) -> Value {
            let location = GoLocation.load(zone) ?? .utc
            return .string(GoTimeLayout.format(instant(value).inLocation(location), layout: layout))
        }
        @Sendable func parse(_ args: CallArguments) throws -> GoTime {
            do {
                return try GoTimeParse.parse(try args.string(0), try args.string(1), location: local)
            } catch let failure as GoTimeParse.Failure {
                throw GoCallError(failure.description)
            }
        }
        @Sendable func modify(_ args: CallArguments) throws -> Value {
            let time = try args.object(1, as: GoTimeObject.self).time
            return wrap(time.adding(nanoseconds: try GoDuration.parse(try args.string(0))))
        }
        let dateModify = TemplateFunction.plain([.string, timeType], result: timeType) { args in
            (try? modify(args)) ?? args[1]
        }
        let mustDateModify = TemplateFunction.plain([.string, timeType], result: timeType, returnsError: true, modify)
        let dateInZone = TemplateFunction.plain([.string, .interface, .string], result: .string) { args in
            format(try args.string(0), args[1], zone: try args.string(2))
        }
        return [
            "now": .plain([], result: timeType) { _ in wrap(now()) },
            "date": .plain([.string, .interface], result: .string) { args in
                format(try args.string(0), args[1], zone: "Local")
            },
            "dateInZone": dateInZone,
            "date_in_zone": dateInZone,
            "htmlDate": .plain([.interface], result: .string) { args in format("2006-01-02", args[0], zone: "Local") },
            "htmlDateInZone": .plain([.interface, .string], result: .string) { args in
                format("2006-01-02", args[0], zone: try args.string(1))
            },
            "toDate": .plain([.string, .string], result: timeType) { args in wrap((try? parse(args)) ?? .zero) },
            "mustToDate": .plain([.string, .string], result: timeType, returnsError: true) { args in wrap(try parse(args)) },
            "dateModify": dateModify,
            "date_modify": dateModify,
            "mustDateModify": mustDateModify,
            "must_date_modify": mustDateModify,
            "unixEpoch": .plain([timeType], result: .string) { args in
                .string(String(try args.object(0, as: GoTimeObject.self).time.unix))
            },
            "ago": .plain([.interface], result: .string) { args in
                let since = now().nanoseconds(since: instant(args[0], acceptInt32: false))
                return .string(GoDuration.format(roundToSecond(since)))
            },
            "duration": .plain([.interface], result: .string) { args in
                let seconds: Int64
                switch args[0] {
                case .string(let text): seconds = Int64(text) ?? 0
                case .int64(let number): seconds = number
                default: seconds = 0
                }
                return .string(GoDuration.format(seconds &* 1_000_000_000))
            },
            "durationRound": .plain([.interface], result: .string) { args in
                let nanoseconds: Int64
                switch args[0] {
                case .string(let text): nanoseconds = (try? GoDuration.parse(text)) ?? 0
                case .int64(let number): nanoseconds = number
                case .object(let object as GoTimeObject): nanoseconds = now().nanoseconds(since: object.time)
                default: nanoseconds = 0
                }
                return .string(rounded(nanoseconds))
            },
        ]
    }

    /// `Duration.Round(time.Second)`: halves away from zero, saturating on overflow (Go's
    /// own wrapping checks, reproduced with wrapping arithmetic).
    static func roundToSecond(_ duration: Int64) -> Int64 {
        let second: Int64 = 1_000_000_000
        var remainder = duration % second
        if duration < 0 {
            remainder = 0 &- remainder
            if remainder &+ remainder < second { return duration &+ remainder }
            let rounded = duration &- second &+ remainder
            return rounded < duration ? rounded : Int64.min
        }
        if remainder &+ remainder < second { return duration &- remainder }
        let rounded = duration &+ second &- remainder
        return rounded > duration ? rounded : Int64.max
    }

    /// Sprig's `durationRound`: the largest unit strictly exceeded, sign dropped.
    static func rounded(_ nanoseconds: Int64) -> String {
        let magnitude = nanoseconds.magnitude
        let hour: UInt64 = 3_600_000_000_000
        let units: [(UInt64, String)] = [
            (hour * 24 * 365, "y"), (hour * 24 * 30, "mo"), (hour * 24, "d"), (hour, "h"),
            (60_000_000_000, "m"), (1_000_000_000, "s"),
        ]
        for (size, suffix) in units where magnitude > size { return String(magnitude / size) + suffix }
        return "0s"
    }
}
