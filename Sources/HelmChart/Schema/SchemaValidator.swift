import ChartValues
import Foundation

/// Validates values against a `values.schema.json` as Helm v4 does with
/// santhosh-tekuri/jsonschema v6: drafts 4, 6, 7, 2019-09 and 2020-12 (chosen by `$schema`,
/// 2020-12 when absent), local `$ref`s, and v6's error texts (helm-pipeline.md §1.10).
///
/// Limits: remote `$ref`s and unknown `$schema` URLs are not fetched (Helm would go to the
/// network); `unevaluated*` keywords are not enforced; `format` is asserted for drafts 4–7
/// only, with the formats v6 checks most often.
struct SchemaValidator {
    enum Draft: Int, Comparable {
        case draft4 = 4, draft6 = 6, draft7 = 7, draft2019 = 2019, draft2020 = 2020
        static func < (lhs: Draft, rhs: Draft) -> Bool { lhs.rawValue < rhs.rawValue }
    }

    let root: Value
    let draft: Draft

    /// A validator for a decoded schema document.
    init(schema: Value) {
        root = schema
        var draft = Draft.draft2020
        if case .string(let uri)? = schema.mapEntries?["$schema"] {
            if uri.contains("draft-04") { draft = .draft4 }
            else if uri.contains("draft-06") { draft = .draft6 }
            else if uri.contains("draft-07") { draft = .draft7 }
            else if uri.contains("2019-09") { draft = .draft2019 }
        }
        self.draft = draft
    }

    /// The failures of `instance`, as v6 reports them at the top level.
    func validate(_ instance: Value) -> [SchemaError] {
        let errors = check(instance, root, at: [])
        if errors.count == 1, errors[0].message == "validation failed" { return errors[0].causes }
        return errors
    }

    /// The errors of one subschema applied at `location`: one error stays as is, several
    /// become a "validation failed" group.
    private func apply(_ instance: Value, _ schema: Value, at location: [String]) -> [SchemaError] {
        let errors = check(instance, schema, at: location)
        if errors.count > 1 { return [SchemaError(location: location, message: "validation failed", causes: errors)] }
        return errors
    }

    private func check(_ instance: Value, _ schema: Value, at location: [String]) -> [SchemaError] {
        if case .bool(let allowed) = schema {
            return allowed ? [] : [SchemaError(location: location, message: "false schema")]
        }
        guard let keywords = schema.mapEntries else { return [] }
        var errors: [SchemaError] = []
        func fail(_ message: String) { errors.append(SchemaError(location: location, message: message)) }

        if case .string(let reference)? = keywords["$ref"], let target = resolve(reference) {
            errors += check(instance, target, at: location)
            if draft < .draft2019 { return errors }
        }
        if let types = keywords["type"] {
            let wanted = types.sliceElements?.compactMap(\.stringValue) ?? (types.stringValue.map { [$0] } ?? [])
            if !wanted.isEmpty && !wanted.contains(where: { matchesType(instance, $0) }) {
                fail("got \(jsonType(instance)), want \(wanted.joined(separator: " or "))")
            }
        }
        if let constant = keywords["const"], !jsonEqual(instance, constant) {
            fail("value must be \(display(constant))")
        }
        if let options = keywords["enum"]?.sliceElements, !options.contains(where: { jsonEqual(instance, $0) }) {
            fail(options.count == 1 ? "value must be \(display(options[0]))" : "value must be one of \(options.map(display).joined(separator: ", "))")
        }
        if draft <= .draft7, case .string(let format)? = keywords["format"], let problem = formatProblem(format, instance) {
            fail(problem)
        }
        if let number = numeric(instance) {
            errors += numberErrors(number, keywords, location)
        }
        if case .string(let text) = instance {
            let length = text.unicodeScalars.count
            if let minimum = numeric(keywords["minLength"]), Double(length) < minimum { fail("minLength: got \(length), want \(format(minimum))") }
            if let maximum = numeric(keywords["maxLength"]), Double(length) > maximum { fail("maxLength: got \(length), want \(format(maximum))") }
            if case .string(let pattern)? = keywords["pattern"], let regex = try? NSRegularExpression(pattern: pattern),
               regex.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)) == nil {
                fail("'\(text)' does not match pattern '\(pattern)'")
            }
        }
        if let items = instance.sliceElements, instance.mapEntries == nil {
            errors += arrayErrors(items, keywords, location)
        }
        if let entries = instance.mapEntries {
            errors += objectErrors(entries, keywords, location)
        }
        if let negated = keywords["not"], check(instance, negated, at: location).isEmpty { fail("'not' failed") }
        if let all = keywords["allOf"]?.sliceElements {
            let causes = all.flatMap { apply(instance, $0, at: location) }
            if !causes.isEmpty { errors.append(SchemaError(location: location, message: "'allOf' failed", causes: causes)) }
        }
        if let any = keywords["anyOf"]?.sliceElements {
            let results = any.map { apply(instance, $0, at: location) }
            if !results.contains(where: \.isEmpty) {
                errors.append(SchemaError(location: location, message: "'anyOf' failed", causes: results.flatMap { $0 }))
            }
        }
        if let one = keywords["oneOf"]?.sliceElements {
            let results = one.map { apply(instance, $0, at: location) }
            let matched = results.indices.filter { results[$0].isEmpty }
            if matched.isEmpty {
                errors.append(SchemaError(location: location, message: "'oneOf' failed, none matched", causes: results.flatMap { $0 }))
            } else if matched.count > 1 {
                fail("'oneOf' failed, subschemas \(matched[0]), \(matched[1]) matched")
            }
        }
        if draft >= .draft7, let condition = keywords["if"] {
            let branch = check(instance, condition, at: location).isEmpty ? keywords["then"] : keywords["else"]
            if let branch { errors += apply(instance, branch, at: location) }
        }
        return errors
    }

    private func numberErrors(_ number: Double, _ keywords: [String: Value], _ location: [String]) -> [SchemaError] {
        var errors: [SchemaError] = []
        func fail(_ message: String) { errors.append(SchemaError(location: location, message: message)) }
        let got = format(number)
        if let minimum = numeric(keywords["minimum"]) {
            if draft == .draft4, case .bool(true)? = keywords["exclusiveMinimum"] {
                if number <= minimum { fail("exclusiveMinimum: got \(got), want \(format(minimum))") }
            } else if number < minimum {
                fail("minimum: got \(got), want \(format(minimum))")
            }
        }
        if let maximum = numeric(keywords["maximum"]) {
            if draft == .draft4, case .bool(true)? = keywords["exclusiveMaximum"] {
                if number >= maximum { fail("exclusiveMaximum: got \(got), want \(format(maximum))") }
            } else if number > maximum {
                fail("maximum: got \(got), want \(format(maximum))")
            }
        }
        if draft > .draft4 {
            if let bound = numeric(keywords["exclusiveMinimum"]), number <= bound { fail("exclusiveMinimum: got \(got), want \(format(bound))") }
            if let bound = numeric(keywords["exclusiveMaximum"]), number >= bound { fail("exclusiveMaximum: got \(got), want \(format(bound))") }
        }
        if let divisor = numeric(keywords["multipleOf"]), divisor > 0 {
            // v6 divides exactly (big.Rat); allow for binary rounding so 0.3 is a multiple of 0.1.
            let quotient = number / divisor
            if abs(quotient - quotient.rounded()) > 1e-9 * max(1, abs(quotient)) {
                fail("multipleOf: got \(got), want \(format(divisor))")
            }
        }
        return errors
    }

    private func arrayErrors(_ items: [Value], _ keywords: [String: Value], _ location: [String]) -> [SchemaError] {
        var errors: [SchemaError] = []
        func fail(_ message: String) { errors.append(SchemaError(location: location, message: message)) }
        if let minimum = numeric(keywords["minItems"]), Double(items.count) < minimum { fail("minItems: got \(items.count), want \(format(minimum))") }
        if let maximum = numeric(keywords["maxItems"]), Double(items.count) > maximum { fail("maxItems: got \(items.count), want \(format(maximum))") }
        if case .bool(true)? = keywords["uniqueItems"] {
            outer: for first in items.indices {
                for second in items.indices where second > first && jsonEqual(items[first], items[second]) {
                    fail("items at \(first) and \(second) are equal")
                    break outer
                }
            }
        }
        if let contains = keywords["contains"] {
            let results = items.enumerated().map { apply($0.element, contains, at: location + [String($0.offset)]) }
            if !results.contains(where: \.isEmpty) {
                errors.append(SchemaError(location: location, message: "no items match contains schema", causes: results.flatMap { $0 }))
            }
        }
        var prefix: [Value] = []
        var rest: Value?
        if draft == .draft2020 {
            prefix = keywords["prefixItems"]?.sliceElements ?? []
            rest = keywords["items"]
        } else if let tuple = keywords["items"]?.sliceElements, keywords["items"]?.mapEntries == nil {
            prefix = tuple
            rest = keywords["additionalItems"]
        } else {
            rest = keywords["items"]
        }
        for (index, item) in items.enumerated() {
            let schema = index < prefix.count ? prefix[index] : rest
            if let schema { errors += apply(item, schema, at: location + [String(index)]) }
        }
        return errors
    }

    private func objectErrors(_ entries: [String: Value], _ keywords: [String: Value], _ location: [String]) -> [SchemaError] {
        var errors: [SchemaError] = []
        func fail(_ message: String) { errors.append(SchemaError(location: location, message: message)) }
        if let minimum = numeric(keywords["minProperties"]), Double(entries.count) < minimum { fail("minProperties: got \(entries.count), want \(format(minimum))") }
        if let maximum = numeric(keywords["maxProperties"]), Double(entries.count) > maximum { fail("maxProperties: got \(entries.count), want \(format(maximum))") }
        if let required = keywords["required"]?.sliceElements?.compactMap(\.stringValue) {
            let missing = required.filter { entries[$0] == nil }
            if missing.count == 1 { fail("missing property '\(missing[0])'") }
            if missing.count > 1 { fail("missing properties " + missing.map { "'\($0)'" }.joined(separator: ", ")) }
        }
        let properties = keywords["properties"]?.mapEntries ?? [:]
        var patterns: [(NSRegularExpression, Value)] = []
        for (pattern, schema) in Value.sorted(keywords["patternProperties"]?.mapEntries ?? [:]) {
            if let regex = try? NSRegularExpression(pattern: pattern) { patterns.append((regex, schema)) }
        }
        var additional: [String] = []
        for (name, value) in Value.sorted(entries) {
            var evaluated = false
            if let schema = properties[name] {
                evaluated = true
                errors += apply(value, schema, at: location + [name])
            }
            for (regex, schema) in patterns where regex.firstMatch(in: name, range: NSRange(name.startIndex..., in: name)) != nil {
                evaluated = true
                errors += apply(value, schema, at: location + [name])
            }
            if !evaluated, let extra = keywords["additionalProperties"] {
                if case .bool(false) = extra {
                    additional.append(name)
                } else {
                    errors += apply(value, extra, at: location + [name])
                }
            }
        }
        if additional.count == 1 { fail("additional properties '\(additional[0])' not allowed") }
        if additional.count > 1 { fail("additional properties " + additional.map { "'\($0)'" }.joined(separator: ", ") + " not allowed") }
        if let names = keywords["propertyNames"] {
            for name in entries.keys.sorted() {
                // v6 validates a property name as an instance of its own, so both the error
                // and its causes are reported at the root pointer ''.
                let causes = check(.string(name), names, at: [])
                if !causes.isEmpty {
                    errors.append(SchemaError(location: [], message: "invalid propertyName '\(name)'", causes: causes))
                }
            }
        }
        let dependentRequired = draft >= .draft2019 ? keywords["dependentRequired"] : keywords["dependencies"]
        for (name, value) in Value.sorted(dependentRequired?.mapEntries ?? [:]) where entries[name] != nil {
            if let names = value.sliceElements?.compactMap(\.stringValue) {
                let missing = names.filter { entries[$0] == nil }
                if !missing.isEmpty { fail("properties \(missing.map { "'\($0)'" }.joined(separator: ", ")) required, if '\(name)' exists") }
            } else if value.mapEntries != nil || value.boolValue != nil {
                errors += apply(.map(entries), value, at: location)
            }
        }
        if draft >= .draft2019 {
            for (name, schema) in Value.sorted(keywords["dependentSchemas"]?.mapEntries ?? [:]) where entries[name] != nil {
                errors += apply(.map(entries), schema, at: location)
            }
        }
        return errors
    }

    /// A local reference (`#`, `#/definitions/x`, `#/$defs/x`); remote ones are not fetched.
    private func resolve(_ reference: String) -> Value? {
        guard reference.hasPrefix("#") else { return nil }
        var current = root
        for token in reference.dropFirst().split(separator: "/", omittingEmptySubsequences: true) {
            let key = String(token).replacingOccurrences(of: "~1", with: "/").replacingOccurrences(of: "~0", with: "~")
                .removingPercentEncoding ?? String(token)
            if let entries = current.mapEntries, let next = entries[key] {
                current = next
            } else if let items = current.sliceElements, let index = Int(key), items.indices.contains(index) {
                current = items[index]
            } else {
                return nil
            }
        }
        return current
    }

    private func matchesType(_ instance: Value, _ type: String) -> Bool {
        switch type {
        case "null": if case .null = instance { return true }
        case "boolean": return instance.boolValue != nil
        case "string": return instance.stringValue != nil
        case "number": return numeric(instance) != nil
        case "integer": if let number = numeric(instance) { return number == number.rounded() }
        case "array": return instance.sliceElements != nil && instance.mapEntries == nil && instance.stringValue == nil
        case "object": return instance.mapEntries != nil
        default: return false
        }
        return false
    }

    private func jsonType(_ instance: Value) -> String {
        switch instance {
        case .null: return "null"
        case .bool: return "boolean"
        case .string: return "string"
        // v6 names every Go number `number` (an integral 5 from a values file included).
        case .int, .int64, .otherInteger, .float64: return "number"
        case .map, .typedMap: return "object"
        default: return "array"
        }
    }

    private func numeric(_ value: Value?) -> Double? {
        switch value {
        case .float64(let number)?: return number
        case .int(let number)?: return Double(number)
        case .int64(let number)?: return Double(number)
        case .otherInteger(_, let number)?: return Double(number)
        default: return nil
        }
    }

    private func format(_ number: Double) -> String {
        if number == number.rounded(), abs(number) < 1e15 { return String(Int64(number)) }
        return GoFloat.format(number, style: .shortestG)
    }

    private func display(_ value: Value) -> String {
        switch value {
        case .string(let text): return "'\(text)'"
        case .null: return "null"
        case .bool(let flag): return flag ? "true" : "false"
        default:
            if let number = numeric(value) { return format(number) }
            return (try? JSON.encode(value)) ?? ""
        }
    }

    private func jsonEqual(_ lhs: Value, _ rhs: Value) -> Bool {
        if let left = numeric(lhs), let right = numeric(rhs) { return left == right }
        if let left = lhs.mapEntries, let right = rhs.mapEntries {
            return left.count == right.count && left.allSatisfy { key, value in right[key].map { jsonEqual(value, $0) } ?? false }
        }
        if let left = lhs.sliceElements, let right = rhs.sliceElements, lhs.stringValue == nil, rhs.stringValue == nil {
            return left.count == right.count && zip(left, right).allSatisfy { jsonEqual($0, $1) }
        }
        return lhs == rhs
    }

    /// v6's format checks for the formats charts use; `nil` when the value passes or is not
    /// a string.
    private func formatProblem(_ format: String, _ instance: Value) -> String? {
        guard case .string(let text) = instance else { return nil }
        switch format {
        case "email":
            guard let at = text.lastIndex(of: "@") else { return "'\(text)' is not valid email: missing @" }
            if text[..<at].isEmpty { return "'\(text)' is not valid email: missing local part" }
            return nil
        case "ipv4":
            let parts = text.split(separator: ".", omittingEmptySubsequences: false)
            let valid = parts.count == 4 && parts.allSatisfy { part in
                !part.isEmpty && part.count <= 3 && part.allSatisfy(\.isNumber) && (Int(part) ?? 256) <= 255 && !(part.count > 1 && part.hasPrefix("0"))
            }
            return valid ? nil : "'\(text)' is not valid ipv4: expected four decimals"
        default:
            return nil
        }
    }
}

extension Value {
    var stringValue: String? {
        if case .string(let text) = self { return text }
        return nil
    }

    var boolValue: Bool? {
        if case .bool(let flag) = self { return flag }
        return nil
    }
}
