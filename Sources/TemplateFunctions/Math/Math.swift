import ChartValues
import Foundation
import GoTemplate

extension FunctionCatalog {
    /// Sprig's integer and float math (reference §8.2): integer functions convert every
    /// operand with `cast.ToInt64` (truncating floats) and wrap on overflow like Go's int64;
    /// float functions use `cast.ToFloat64` and decimal arithmetic.
    public static let math: [String: TemplateFunction] = {
        var table: [String: TemplateFunction] = [
            "add": coreFunction([.interface], variadic: true, result: .int64) { args in
                .int64(args.values.reduce(Int64(0)) { $0 &+ SprigCast.toInt64($1) })
            },
            "add1": coreFunction([.interface], result: .int64) { .int64(SprigCast.toInt64($0[0]) &+ 1) },
            "sub": coreFunction([.interface, .interface], result: .int64) { args in
                .int64(SprigCast.toInt64(args[0]) &- SprigCast.toInt64(args[1]))
            },
            "mul": coreFunction([.interface, .interface], variadic: true, result: .int64) { args in
                .int64(args.rest(from: 1).reduce(SprigCast.toInt64(args[0])) { $0 &* SprigCast.toInt64($1) })
            },
            "div": coreFunction([.interface, .interface], result: .int64) { args in
                let divisor = SprigCast.toInt64(args[1])
                guard divisor != 0 else { throw GoCallError("runtime error: integer divide by zero") }
                return .int64(SprigCast.toInt64(args[0]).dividedReportingOverflow(by: divisor).partialValue)
            },
            "mod": coreFunction([.interface, .interface], result: .int64) { args in
                let divisor = SprigCast.toInt64(args[1])
                guard divisor != 0 else { throw GoCallError("runtime error: integer divide by zero") }
                return .int64(SprigCast.toInt64(args[0]).remainderReportingOverflow(dividingBy: divisor).partialValue)
            },
            "max": coreFunction([.interface, .interface], variadic: true, result: .int64) { args in
                .int64(args.values.map(SprigCast.toInt64).max() ?? 0)
            },
            "min": coreFunction([.interface, .interface], variadic: true, result: .int64) { args in
                .int64(args.values.map(SprigCast.toInt64).min() ?? 0)
            },
            "addf": coreFunction([.interface], variadic: true, result: .float64) { args in
                .float64(try DecimalMath.fold(0, args.values.map(SprigCast.toFloat64), .add))
            },
            "add1f": coreFunction([.interface], result: .float64) { args in
                .float64(try DecimalMath.fold(SprigCast.toFloat64(args[0]), [1], .add))
            },
            "subf": floatFold(.subtract),
            "mulf": floatFold(.multiply),
            "divf": floatFold(.divide),
            "maxf": coreFunction([.interface, .interface], variadic: true, result: .float64) { args in
                .float64(args.rest(from: 1).reduce(SprigCast.toFloat64(args[0])) { DecimalMath.goMax($0, SprigCast.toFloat64($1)) })
            },
            "minf": coreFunction([.interface, .interface], variadic: true, result: .float64) { args in
                .float64(args.rest(from: 1).reduce(SprigCast.toFloat64(args[0])) { DecimalMath.goMin($0, SprigCast.toFloat64($1)) })
            },
            "floor": coreFunction([.interface], result: .float64) { .float64(SprigCast.toFloat64($0[0]).rounded(.down)) },
            "ceil": coreFunction([.interface], result: .float64) { .float64(SprigCast.toFloat64($0[0]).rounded(.up)) },
            "round": coreFunction([.interface, .int, .float64], variadic: true, result: .float64) { args in
                var roundOn = 0.5
                if case .float64(let given) = args[2] { roundOn = given }
                return .float64(DecimalMath.round(SprigCast.toFloat64(args[0]), places: args.int(1), roundOn: roundOn))
            },
            "until": coreFunction([.int], result: .slice(.int)) { args in
                let count = args.int(0)
                return Sequences.ints(try Sequences.untilStep(0, count, count < 0 ? -1 : 1))
            },
            "untilStep": coreFunction([.int, .int, .int], result: .slice(.int)) { args in
                Sequences.ints(try Sequences.untilStep(args.int(0), args.int(1), args.int(2)))
            },
            "seq": coreFunction([.int], variadic: true, result: .string) { args in
                .string(try Sequences.seq(args.values.map { CoreArguments([$0]).int(0) }))
            },
        ]
        table["biggest"] = table["max"]
        return table
    }()

    private static func floatFold(_ operation: DecimalMath.Operation) -> TemplateFunction {
        coreFunction([.interface, .interface], variadic: true, result: .float64) { args in
            .float64(try DecimalMath.fold(SprigCast.toFloat64(args[0]), args.rest(from: 1).map(SprigCast.toFloat64), operation))
        }
    }
}

/// Sprig's float arithmetic: each float64 becomes the decimal of its shortest digits
/// (shopspring/decimal `NewFromFloat`), the operations are exact (division rounded to 16
/// decimal places, half away from zero), and the result is read back as the nearest float64.
enum DecimalMath {
    enum Operation { case add, subtract, multiply, divide }

    static func fold(_ first: Double, _ rest: [Double], _ operation: Operation) throws -> Double {
        guard var accumulator = decimal(first) else { return fallback(first, rest, operation) }
        for operand in rest {
            guard let value = decimal(operand) else { return fallback(first, rest, operation) }
            var result = Decimal()
            var lhs = accumulator
            var rhs = value
            let status: Decimal.CalculationError
            switch operation {
            case .add: status = NSDecimalAdd(&result, &lhs, &rhs, .plain)
            case .subtract: status = NSDecimalSubtract(&result, &lhs, &rhs, .plain)
            case .multiply: status = NSDecimalMultiply(&result, &lhs, &rhs, .plain)
            case .divide:
                guard !value.isZero else { throw GoCallError("decimal division by 0") }
                var quotient = Decimal()
                status = NSDecimalDivide(&quotient, &lhs, &rhs, .plain)
                NSDecimalRound(&result, &quotient, 16, .plain)
            }
            guard status == .noError || status == .lossOfPrecision else { return fallback(first, rest, operation) }
            accumulator = result
        }
        return Double(accumulator.description) ?? fallback(first, rest, operation)
    }

    /// The decimal of a float's shortest digits, or `nil` when Foundation's decimal cannot
    /// hold it (NaN, infinities, exponents beyond ±127).
    private static func decimal(_ value: Double) -> Decimal? {
        guard value == 0 || (Swift.abs(value) > 1e-100 && Swift.abs(value) < 1e100),
              let (significand, exponent) = GoFormat.shortestDecimal(value)
        else { return nil }
        return Decimal(sign: value < 0 ? .minus : .plus, exponent: exponent, significand: Decimal(significand))
    }

    /// Plain float64 arithmetic for operands outside the decimal range.
    private static func fallback(_ first: Double, _ rest: [Double], _ operation: Operation) -> Double {
        rest.reduce(first) { lhs, rhs in
            switch operation {
            case .add: return lhs + rhs
            case .subtract: return lhs - rhs
            case .multiply: return lhs * rhs
            case .divide: return lhs / rhs
            }
        }
    }

    /// Go's `math.Max`: NaN wins, and +0 beats -0.
    static func goMax(_ a: Double, _ b: Double) -> Double {
        if a.isNaN || b.isNaN { return .nan }
        if a == 0 && b == 0 { return a.sign == .minus ? b : a }
        return a > b ? a : b
    }

    /// Go's `math.Min`: NaN wins, and -0 beats +0.
    static func goMin(_ a: Double, _ b: Double) -> Double {
        if a.isNaN || b.isNaN { return .nan }
        if a == 0 && b == 0 { return a.sign == .minus ? a : b }
        return a < b ? a : b
    }

    /// Sprig `round`: scale by 10^places, take the ceiling when the fractional part is at
    /// least `roundOn` (never for negative numbers, whose fraction is negative), else the floor.
    static func round(_ value: Double, places: Int, roundOn: Double) -> Double {
        let power = Foundation.pow(10, Double(places))
        let scaled = power * value
        let fraction = scaled - scaled.rounded(.towardZero)
        let rounded = fraction >= roundOn ? scaled.rounded(.up) : scaled.rounded(.down)
        return rounded / power
    }
}

/// Sprig's integer sequences: `until`, `untilStep`, `seq`.
enum Sequences {
    /// Sequences longer than this fail instead of exhausting memory (Go would die with a fatal
    /// out-of-memory error, which no template can recover from either).
    static let maximumLength = 1 << 26

    /// `untilStep`: from `start` towards `stop` (exclusive) by `step`; a step of the wrong sign
    /// (or zero) gives nothing.
    static func untilStep(_ start: Int, _ stop: Int, _ step: Int) throws -> [Int] {
        let (distance, overflow) = stop.subtractingReportingOverflow(start)
        let progresses = (stop > start && step > 0) || (stop < start && step < 0)
        if progresses && (overflow || distance / step > maximumLength) { throw GoCallError("runtime: out of memory") }
        var values: [Int] = []
        if stop < start {
            guard step < 0 else { return values }
            var i = start
            while i > stop {
                values.append(i)
                let (next, wrapped) = i.addingReportingOverflow(step)
                if wrapped { break }
                i = next
            }
            return values
        }
        guard step > 0 else { return values }
        var i = start
        while i < stop {
            values.append(i)
            let (next, wrapped) = i.addingReportingOverflow(step)
            if wrapped { break }
            i = next
        }
        return values
    }

    /// A `[]int` value.
    static func ints(_ values: [Int]) -> Value {
        .typedSlice(.slice(.int), values.map(Value.int))
    }

    /// Sprig `seq`, like Unix seq: `seq LAST`, `seq FIRST LAST`, `seq FIRST STEP LAST`.
    static func seq(_ params: [Int]) throws -> String {
        let numbers: [Int]
        switch params.count {
        case 1:
            let increment = params[0] < 1 ? -1 : 1
            numbers = try untilStep(1, params[0] &+ increment, increment)
        case 2:
            let step = params[1] < params[0] ? -1 : 1
            numbers = try untilStep(params[0], params[1] &+ step, step)
        case 3:
            var increment = 1
            if params[2] < params[0] {
                increment = -1
                if params[1] > 0 { return "" }
            }
            numbers = try untilStep(params[0], params[2] &+ increment, params[1])
        default:
            return ""
        }
        return numbers.map(String.init).joined(separator: " ")
    }
}
