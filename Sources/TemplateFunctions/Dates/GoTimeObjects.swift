import ChartValues

/// `time.Time` as templates see it: printed by `String()`, JSON as RFC 3339, with Go's
/// accessor methods (`.Year`, `.Format "Jan"`, `.Unix`, `.UTC`, `.Add`...).
struct GoTimeObject: GoObject {
    let time: GoTime
    /// Go's `time.Local` for the `.Local` method.
    let localZone: GoLocation

    init(_ time: GoTime, localZone: GoLocation) {
        self.time = time
        self.localZone = localZone
    }

    var goType: GoType { GoTime.type }
    func field(named name: String) -> Value? { nil }
    var orderedFields: [(name: String, value: Value)] { [] }
    var stringMethodResult: String? { time.description }
    var jsonRepresentation: Value { .string(GoTimeLayout.format(time, layout: "2006-01-02T15:04:05.999999999Z07:00")) }

    func isEqual(to other: any GoObject) -> Bool {
        guard let other = other as? GoTimeObject else { return false }
        return time.unix == other.time.unix && time.nanosecond == other.time.nanosecond
            && time.location.name == other.time.location.name && time.monotonic == other.time.monotonic
    }

    private func wrap(_ time: GoTime) -> Value { .object(GoTimeObject(time, localZone: localZone)) }

    func method(named name: String) -> GoMethod? {
        let time = self.time
        let fields = time.fields
        func int(_ read: @escaping @Sendable (GoTime.Fields) -> Int) -> GoMethod {
            GoMethod(GoSignature([], result: .int)) { _ in .int(read(time.fields)) }
        }
        switch name {
        case "Year": return int { $0.year }
        case "Day": return int { $0.day }
        case "Hour": return int { $0.hour }
        case "Minute": return int { $0.minute }
        case "Second": return int { $0.second }
        case "Nanosecond": return int { $0.nanosecond }
        case "YearDay": return int { $0.dayOfYear }
        case "Month":
            return GoMethod(GoSignature([], result: GoNamedInteger.monthType)) { _ in
                .object(GoNamedInteger(type: GoNamedInteger.monthType, value: Int64(fields.month),
                                       text: GoTime.monthNames[fields.month - 1]))
            }
        case "Weekday":
            return GoMethod(GoSignature([], result: GoNamedInteger.weekdayType)) { _ in
                .object(GoNamedInteger(type: GoNamedInteger.weekdayType, value: Int64(fields.weekday),
                                       text: GoTime.weekdayNames[fields.weekday]))
            }
        case "Unix": return GoMethod(GoSignature([], result: .int64)) { _ in .int64(time.unix) }
        case "UnixMilli":
            return GoMethod(GoSignature([], result: .int64)) { _ in .int64(time.unix &* 1000 &+ Int64(time.nanosecond / 1_000_000)) }
        case "UnixNano":
            return GoMethod(GoSignature([], result: .int64)) { _ in .int64(time.unix &* 1_000_000_000 &+ Int64(time.nanosecond)) }
        case "IsZero": return GoMethod(GoSignature([], result: .bool)) { _ in .bool(time.isZero) }
        case "String": return GoMethod(GoSignature([], result: .string)) { _ in .string(time.description) }
        case "Format":
            return GoMethod(GoSignature([.string], result: .string)) { args in
                .string(GoTimeLayout.format(time, layout: try CallArguments(args).string(0)))
            }
        case "UTC": return GoMethod(GoSignature([], result: GoTime.type)) { _ in wrap(time.inLocation(.utc)) }
        case "Local": return GoMethod(GoSignature([], result: GoTime.type)) { _ in wrap(time.inLocation(localZone)) }
        case "Add":
            return GoMethod(GoSignature([GoNamedInteger.durationType], result: GoTime.type)) { args in
                wrap(time.adding(nanoseconds: Int64(try CallArguments(args).int(0))))
            }
        case "AddDate":
            return GoMethod(GoSignature([.int, .int, .int], result: GoTime.type)) { args in
                let call = CallArguments(args)
                let shifted = GoTime.wallTime(time.fields, years: try call.int(0), months: try call.int(1), days: try call.int(2))
                return wrap(GoTime(unix: GoTimeParse.localToUnix(shifted, time.location), nanosecond: time.nanosecond,
                                   location: time.location))
            }
        case "Sub":
            return GoMethod(GoSignature([GoTime.type], result: GoNamedInteger.durationType)) { args in
                let other = try CallArguments(args).object(0, as: GoTimeObject.self)
                return GoNamedInteger.duration(time.nanoseconds(since: other.time))
            }
        case "Before", "After", "Equal":
            return GoMethod(GoSignature([GoTime.type], result: .bool)) { args in
                let other = try CallArguments(args).object(0, as: GoTimeObject.self).time
                let order = (time.unix, time.nanosecond) < (other.unix, other.nanosecond)
                let same = time.unix == other.unix && time.nanosecond == other.nanosecond
                return .bool(name == "Before" ? order : name == "After" ? !order && !same : same)
            }
        default: return nil
        }
    }
}

extension GoTime {
    /// The wall time of `fields` moved by years, months and days, normalised as Go's `Date`
    /// (October 31 + 1 month is December 1), in seconds since 1970 read as UTC.
    static func wallTime(_ fields: Fields, years: Int, months: Int, days: Int) -> Int64 {
        // Wrapping, as Go's int arithmetic: absurd arguments give absurd dates, never a trap.
        let monthIndex = fields.month &- 1 &+ months
        let carry = monthIndex >= 0 ? monthIndex / 12 : (monthIndex &- 11) / 12
        let month = monthIndex &- carry &* 12 &+ 1
        let dayCount = CivilDate.days(year: fields.year &+ years &+ carry, month: month, day: 1) &+ Int64(fields.day &- 1 &+ days)
        return dayCount &* 86_400 &+ Int64(fields.hour * 3600 + fields.minute * 60 + fields.second)
    }
}

/// A Go named integer type with a `String()` method: `time.Month`, `time.Weekday`,
/// `time.Duration`.
struct GoNamedInteger: GoObject {
    static let monthType = GoType.named("time.Month", underlying: .int)
    static let weekdayType = GoType.named("time.Weekday", underlying: .int)
    static let durationType = GoType.named("time.Duration", underlying: .int64)

    let type: GoType
    let value: Int64
    let text: String

    /// A `time.Duration` of `nanoseconds`.
    static func duration(_ nanoseconds: Int64) -> Value {
        .object(GoNamedInteger(type: durationType, value: nanoseconds, text: GoDuration.format(nanoseconds)))
    }

    var goType: GoType { type }
    func field(named name: String) -> Value? { nil }
    var orderedFields: [(name: String, value: Value)] { [] }
    var stringMethodResult: String? { text }
    var jsonRepresentation: Value { .int64(value) }
    var isTruthy: Bool { value != 0 }

    func method(named name: String) -> GoMethod? {
        let text = self.text
        switch name {
        case "String": return GoMethod(GoSignature([], result: .string)) { _ in .string(text) }
        default: return nil
        }
    }

    func isEqual(to other: any GoObject) -> Bool {
        guard let other = other as? GoNamedInteger else { return false }
        return type == other.type && value == other.value
    }
}
