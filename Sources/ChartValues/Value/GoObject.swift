/// A Go struct or pointer that templates can reach: Helm's `.Capabilities` and `.Files`,
/// Sprig's `time.Time`, `*semver.Version` and certificate structs.
///
/// Templates read such a value through its exported fields and methods (`.KubeVersion.Major`,
/// `.Files.Get "x"`, `(semver "1.2.3").Major`), print it (`String()` if the type has one, else
/// `{field1 field2}`) and serialise it (what its `MarshalJSON` or exported fields give).
public protocol GoObject: Sendable {
    /// The dynamic Go type, e.g. `*common.Capabilities`, `time.Time`.
    var goType: GoType { get }

    /// The exported field with this name, or `nil` if the type has none.
    func field(named name: String) -> Value?

    /// The method with this name, or `nil` if the type has none.
    func method(named name: String) -> GoMethod?

    /// What `fmt` prints for `%v`: the `String()` (or `Error()`) result when the type has one,
    /// `nil` to print the fields as `{a b}`.
    var stringMethodResult: String? { get }

    /// The exported fields in declaration order, for `{a b}` and `%+v` printing.
    var orderedFields: [(name: String, value: Value)] { get }

    /// The value `encoding/json` marshals for this object (its `MarshalJSON` or its fields).
    var jsonRepresentation: Value { get }

    /// Go truthiness: structs and non-nil pointers are true.
    var isTruthy: Bool { get }

    /// `reflect.DeepEqual` against another object.
    func isEqual(to other: any GoObject) -> Bool

    /// For a named *map* type with methods (Helm's `.Files`, an `engine.files`
    /// `map[string][]byte`): its entries, so that `range`, `index`, `len` and key access
    /// treat the object as that map while its methods stay callable. `nil` (the default) for
    /// structs and pointers.
    var mapView: [String: Value]? { get }
}

extension GoObject {
    public var isTruthy: Bool { true }
    public func method(named name: String) -> GoMethod? { nil }
    public var stringMethodResult: String? { nil }
    public var mapView: [String: Value]? { nil }
}

/// The Go signature of a function or method, which decides how text/template converts the
/// arguments of a call and how it reports a mismatch.
public struct GoSignature: Sendable, Hashable {
    /// Declared parameter types; for a variadic function the last one is the element type
    /// of the `...T` parameter.
    public var parameters: [GoType]
    public var isVariadic: Bool
    /// The type of the first result (`interface {}` for functions returning `any`).
    public var result: GoType
    /// Whether the function has a second, `error` result.
    public var returnsError: Bool

    /// Creates a signature.
    public init(_ parameters: [GoType], variadic: Bool = false, result: GoType, returnsError: Bool = false) {
        self.parameters = parameters
        self.isVariadic = variadic
        self.result = result
        self.returnsError = returnsError
    }
}

/// A method of a `GoObject`, callable from a template with already converted arguments.
public struct GoMethod: Sendable {
    public var signature: GoSignature
    /// Runs the method. A thrown `GoCallError` becomes `error calling NAME: MESSAGE`.
    public var body: @Sendable ([Value]) throws -> Value

    /// Creates a method from its signature and body.
    public init(_ signature: GoSignature, body: @escaping @Sendable ([Value]) throws -> Value) {
        self.signature = signature
        self.body = body
    }
}

/// The error a Go function or method returns (its `error` result, or a recovered panic); the
/// template engine wraps it as `error calling NAME: MESSAGE`.
public struct GoCallError: Error, Sendable, Equatable, CustomStringConvertible {
    /// Go's error text, exactly as `err.Error()` returns it.
    public var message: String

    /// Creates an error with Go's text.
    public init(_ message: String) { self.message = message }

    public var description: String { message }
}

extension Value {
    /// The value as Go's reflection sees it for `range`, `len` and `index`: an object with a
    /// `mapView` (a named map type with methods, such as Helm's `.Files`) is that map.
    public var reflectedMap: Value {
        if case .object(let object) = self, let entries = object.mapView { return .typedMap(object.goType, entries) }
        return self
    }
}
