import ChartValues

/// A `complex128` constant of the template source (`2i`, `1+2i`). The value model has no
/// complex case, and complex numbers only come from literals, so they travel as an object that
/// prints as Go prints them (`(1+2i)`) and compares by value.
struct GoComplex: GoObject {
    var real: Double
    var imaginary: Double

    var goType: GoType { .named("complex128", underlying: .structure("complex128")) }
    func field(named name: String) -> Value? { nil }
    var orderedFields: [(name: String, value: Value)] { [] }
    var jsonRepresentation: Value { .null }
    var isTruthy: Bool { real != 0 || imaginary != 0 }

    var stringMethodResult: String? {
        let imaginaryText = GoFormat.sprint([.float64(imaginary)])
        let sign = imaginaryText.hasPrefix("-") || imaginaryText.hasPrefix("+") ? "" : "+"
        return "(" + GoFormat.sprint([.float64(real)]) + sign + imaginaryText + "i)"
    }

    func isEqual(to other: any GoObject) -> Bool {
        guard let other = other as? GoComplex else { return false }
        return real == other.real && imaginary == other.imaginary
    }
}
