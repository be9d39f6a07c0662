/// A Go struct that `encoding/json` writes field by field: in declaration order, not sorted
/// like a map (`toJson .Capabilities` is `{"KubeVersion":...,"APIVersions":...,...}`).
public protocol GoJSONStruct: GoObject {
    /// The JSON members in declaration order, under their JSON names, omitted ones left out;
    /// a value may itself be an `.object` (written by the same rules).
    var jsonFields: [(name: String, value: Value)] { get }
}

/// A Go struct whose `String()` method has a pointer receiver (Helm's `common.KubeVersion`).
/// An action that prints an addressable field or variable holding it calls `String()`
/// (text/template takes the field's address), while the copy a function receives (`quote`,
/// `print`, `printf`, `toString`) has no `String()` and prints as `{field ...}`; so the
/// object's `stringMethodResult` is `nil` and this text is used only by actions.
public protocol GoPointerStringer: GoObject {
    /// What `(&value).String()` returns.
    var pointerStringMethodResult: String { get }
}
