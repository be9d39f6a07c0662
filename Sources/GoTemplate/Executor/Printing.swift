import ChartValues

/// How actions print values: Go's `printValue` over `fmt`.
enum Printing {
    /// The text an action writes for its pipeline's value: `<no value>` for no value,
    /// `fmt.Sprint` otherwise.
    static func printed(_ operand: Operand) -> String {
        switch operand {
        case .noValue: return "<no value>"
        case .value(.object(let object as any GoPointerStringer), _): return object.pointerStringMethodResult
        case .value(let value, _): return GoFormat.sprint([value])
        }
    }

    /// `fmt.Sprint` of values (for `%v` in messages).
    static func sprint(_ values: [Value]) -> String { GoFormat.sprint(values) }
}
