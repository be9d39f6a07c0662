import ChartValues
import Testing
@testable import HelmChart

/// santhosh-tekuri/jsonschema v6 messages as Helm prints them (helm-pipeline.md §1.10).
@Test(arguments: [
    (#"{"type": "object", "properties": {"a": {"type": "string"}}}"#, #"{"a": 1}"#, ["- at '/a': got number, want string"]),
    (#"{"properties": {"n": {"type": "integer"}}}"#, #"{"n": 2.5}"#, ["- at '/n': got number, want integer"]),
    (#"{"properties": {"n": {"type": "integer"}}}"#, #"{"n": 2}"#, []),
    (#"{"required": ["a", "b"]}"#, #"{}"#, ["- at '': missing properties 'a', 'b'"]),
    (#"{"properties": {"m": {"enum": ["a", "b"]}}}"#, #"{"m": "c"}"#, ["- at '/m': value must be one of 'a', 'b'"]),
    (#"{"properties": {"r": {"minimum": 1}}}"#, #"{"r": 0}"#, ["- at '/r': minimum: got 0, want 1"]),
    (#"{"$schema": "http://json-schema.org/draft-04/schema#", "properties": {"n": {"minimum": 5, "exclusiveMinimum": true}}}"#,
     #"{"n": 5}"#, ["- at '/n': exclusiveMinimum: got 5, want 5"]),
    (#"{"properties": {"l": {"prefixItems": [{"type": "integer"}]}}}"#, #"{"l": ["x"]}"#, ["- at '/l/0': got string, want integer"]),
    (#"{"$schema": "http://json-schema.org/draft-07/schema#", "properties": {"l": {"prefixItems": [{"type": "integer"}]}}}"#, #"{"l": ["x"]}"#, []),
    (#"{"properties": {"i": {"properties": {"t": {"type": "string"}}, "additionalProperties": false}}}"#, #"{"i": {"t": 1, "x": 2}}"#,
     ["- at '/i/t': got number, want string", "- at '/i': additional properties 'x' not allowed"]),
    (#"{"properties": {"i": {"properties": {"t": {"type": "string"}}, "additionalProperties": false}, "j": {"type": "string"}}}"#,
     #"{"i": {"t": 1, "x": 2}, "j": 1}"#,
     ["- at '/i': validation failed", "  - at '/i/t': got number, want string", "  - at '/i': additional properties 'x' not allowed",
      "- at '/j': got number, want string"]),
    (#"{"properties": {"p": {"type": "array", "items": {"type": "integer"}, "maxItems": 1}}}"#, #"{"p": [1, "x"]}"#,
     ["- at '/p': maxItems: got 2, want 1", "- at '/p/1': got string, want integer"]),
    (#"{"properties": {"s": {"pattern": "^[a-z]+$"}}}"#, #"{"s": "ABC"}"#, ["- at '/s': 'ABC' does not match pattern '^[a-z]+$'"]),
    (##"{"$defs": {"port": {"type": "integer"}}, "properties": {"p": {"$ref": "#/$defs/port"}}}"##, #"{"p": "x"}"#, ["- at '/p': got string, want integer"]),
    (#"{"properties": {"m": {"multipleOf": 0.1}}}"#, #"{"m": 0.3}"#, []),
    (#"{"properties": {"m": {"multipleOf": 2}}}"#, #"{"m": 3}"#, ["- at '/m': multipleOf: got 3, want 2"]),
])
func schemaMessages(_ schema: String, _ values: String, _ expected: [String]) throws {
    let validator = SchemaValidator(schema: try JSON.decode(schema))
    let errors = validator.validate(try JSON.decode(values))
    #expect(errors.flatMap { $0.lines() } == expected)
}
