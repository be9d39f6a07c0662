/// A Go named *slice* type with methods, such as Helm's `.Capabilities.APIVersions`
/// (`common.VersionSet`, a `[]string` with a `Has` method): templates call its methods and
/// also `range`, `index` and `len` it as the slice it is.
public protocol GoSliceObject: GoObject {
    /// The slice's elements, in order.
    var sliceView: [Value] { get }
}

extension Value {
    /// The value as Go's reflection sees it for `range`, `len` and `index`: a named map type
    /// with methods is that map (`reflectedMap`), a named slice type that slice.
    public var reflectedCollection: Value {
        if case .object(let object) = self, let slice = object as? any GoSliceObject {
            return .typedSlice(object.goType, slice.sliceView)
        }
        return reflectedMap
    }
}
