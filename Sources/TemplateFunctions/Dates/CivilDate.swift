/// Proleptic Gregorian calendar arithmetic on day counts since 1970-01-01 (Howard Hinnant's
/// algorithms), valid for every year Go's `time.Time` can show.
enum CivilDate {
    static func isLeap(_ year: Int) -> Bool { year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) }

    static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return isLeap(year) ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    /// Days of the year before the first of `month`.
    static func daysBefore(month: Int, year: Int) -> Int {
        var total = 0
        for earlier in stride(from: 1, to: month, by: 1) { total += daysIn(month: earlier, year: year) }
        return total
    }

    /// Days since 1970-01-01 of a date (month and day may overflow; they are normalised).
    static func days(year: Int, month: Int, day: Int) -> Int64 {
        let y = Int64(month <= 2 ? year &- 1 : year)
        let era = (y >= 0 ? y : y &- 399) / 400
        let yearOfEra = y &- era &* 400
        let m = Int64(month)
        let dayOfYear = (153 * (m > 2 ? m - 3 : m + 9) + 2) / 5 &+ Int64(day) &- 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 &+ dayOfYear
        return era &* 146_097 &+ dayOfEra &- 719_468
    }

    /// The date of a day count.
    static func date(unixDays: Int64) -> (year: Int, month: Int, day: Int) {
        let z = unixDays &+ 719_468
        let era = (z >= 0 ? z : z &- 146_096) / 146_097
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let mp = (5 * dayOfYear + 2) / 153
        let day = Int(dayOfYear - (153 * mp + 2) / 5 + 1)
        let month = Int(mp < 10 ? mp + 3 : mp - 9)
        let year = Int(truncatingIfNeeded: yearOfEra &+ era &* 400) &+ (month <= 2 ? 1 : 0)
        return (year, month, day)
    }

    /// The year and the 0-based day of the year of a day count.
    static func yearAndDay(unixDays: Int64) -> (year: Int, dayOfYear: Int) {
        let (year, month, day) = date(unixDays: unixDays)
        return (year, daysBefore(month: month, year: year) + day - 1)
    }

    /// 0 = Sunday.
    static func weekday(unixDays: Int64) -> Int {
        let value = (unixDays % 7 + 4) % 7
        return Int(value < 0 ? value + 7 : value)
    }

    static func weekday(year: Int, month: Int, day: Int) -> Int {
        weekday(unixDays: days(year: year, month: month, day: day))
    }
}
