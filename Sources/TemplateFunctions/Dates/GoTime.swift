import ChartValues
import Foundation

/// A Go `time.Time`: an instant (Unix seconds and nanoseconds), the location it is shown
/// in, and, for `now`, Go's monotonic clock reading (printed as `m=+0.044077558`).
struct GoTime: Sendable {
    /// `time.Time`'s Go type (kind struct).
    static let type = GoType.structure("time.Time")
    /// The zero `time.Time`: January 1, year 1, 00:00:00 UTC.
    static let zero = GoTime(unix: -62_135_596_800, nanosecond: 0, location: .utc)

    var unix: Int64
    var nanosecond: Int
    var location: GoLocation
    var monotonic: Int64?

    init(unix: Int64, nanosecond: Int, location: GoLocation, monotonic: Int64? = nil) {
        self.unix = unix
        self.nanosecond = nanosecond
        self.location = location
        self.monotonic = monotonic
    }

    /// A Foundation date in `location`.
    init(_ date: Date, location: GoLocation, monotonic: Int64? = nil) {
        let interval = date.timeIntervalSince1970
        let seconds = interval.rounded(.down)
        self.init(unix: Int64(seconds), nanosecond: min(Int(((interval - seconds) * 1e9).rounded()), 999_999_999),
                  location: location, monotonic: monotonic)
    }

    var isZero: Bool { unix == GoTime.zero.unix && nanosecond == 0 }

    /// The same instant in another location (monotonic reading dropped, as Go's `In`).
    func inLocation(_ location: GoLocation) -> GoTime { GoTime(unix: unix, nanosecond: nanosecond, location: location) }

    /// The instant shifted by a duration in nanoseconds.
    func adding(nanoseconds duration: Int64) -> GoTime {
        let total = Int64(nanosecond) + duration % 1_000_000_000
        var seconds = unix &+ duration / 1_000_000_000
        var nanos = total
        if nanos < 0 {
            nanos += 1_000_000_000
            seconds &-= 1
        } else if nanos >= 1_000_000_000 {
            nanos -= 1_000_000_000
            seconds &+= 1
        }
        return GoTime(unix: seconds, nanosecond: Int(nanos), location: location,
                      monotonic: monotonic.map { $0 &+ duration })
    }

    /// Nanoseconds from `other` to `self`, saturating as Go's `Sub`.
    func nanoseconds(since other: GoTime) -> Int64 {
        if let mine = monotonic, let theirs = other.monotonic { return mine &- theirs }
        let (difference, overflow0) = unix.subtractingReportingOverflow(other.unix)
        if overflow0 { return unix > other.unix ? Int64.max : Int64.min }
        let (seconds, overflow) = difference.multipliedReportingOverflow(by: 1_000_000_000)
        if overflow { return unix > other.unix ? Int64.max : Int64.min }
        let (total, overflow2) = seconds.addingReportingOverflow(Int64(nanosecond - other.nanosecond))
        if overflow2 { return seconds > 0 ? Int64.max : Int64.min }
        return total
    }

    /// The wall-clock fields in the time's location.
    struct Fields {
        var year, month, day, hour, minute, second, nanosecond, weekday, dayOfYear, offset: Int
        var abbreviation: String
    }

    var fields: Fields {
        let zone = location.zone(at: unix)
        // Wrapping: an absurd instant (Unix seconds near Int64.max) prints garbage, as Go's does, never traps.
        let local = unix &+ Int64(zone.offset)
        let days = local >= 0 ? local / 86_400 : -1 - (-(local &+ 1)) / 86_400
        let secondOfDay = Int(local &- days &* 86_400)
        let (year, month, day) = CivilDate.date(unixDays: days)
        return Fields(
            year: year, month: month, day: day, hour: secondOfDay / 3600, minute: secondOfDay / 60 % 60,
            second: secondOfDay % 60, nanosecond: nanosecond, weekday: CivilDate.weekday(unixDays: days),
            dayOfYear: CivilDate.daysBefore(month: month, year: year) + day, offset: zone.offset,
            abbreviation: zone.abbreviation)
    }

    /// `Time.String()`.
    var description: String {
        var text = GoTimeLayout.format(self, layout: "2006-01-02 15:04:05.999999999 -0700 MST")
        if let monotonic {
            let sign = monotonic < 0 ? "-" : "+"
            let magnitude = monotonic.magnitude
            let fraction = String(magnitude % 1_000_000_000)
            text += " m=\(sign)\(magnitude / 1_000_000_000).\(String(repeating: "0", count: 9 - fraction.count) + fraction)"
        }
        return text
    }

    static let monthNames = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
                             "October", "November", "December"]
    static let weekdayNames = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"]
}
