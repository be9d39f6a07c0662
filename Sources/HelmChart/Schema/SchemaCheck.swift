import ChartValues

/// Helm's `ValidateAgainstSchema`: the root chart's schema against the coalesced values, then
/// every (enabled) subchart's schema against its section, recursively.
enum SchemaCheck {
    /// The per-chart failure report (`NAME:\n- at ...`), or `nil` when everything validates.
    static func report(_ chart: Chart, values: [String: Value]) -> String? {
        var text = ""
        if let schema = chart.schema {
            let problems: String?
            do {
                let text = String(decoding: schema, as: UTF8.self)
                // v6 reads the schema with a json.Decoder: nothing at all is `EOF`, a truncated
                // document `unexpected EOF` (not Unmarshal's `unexpected end of JSON input`).
                if goTrimSpace(text).isEmpty { throw SchemaDocumentError.empty }
                let document = try JSON.decode(text)
                let errors = SchemaValidator(schema: document).validate(.map(values))
                problems = errors.isEmpty ? nil : schemaReport(errors)
            } catch SchemaDocumentError.empty {
                problems = "EOF"
            } catch {
                let message = "\(error)"
                // Unlike validation failures, a parse error carries no final newline.
                problems = message == "unexpected end of JSON input" ? "unexpected EOF" : message
            }
            if let problems { text += "\(chart.name):\n" + problems }
        }
        for subchart in chart.subcharts {
            guard let section = values[subchart.name]?.mapEntries else {
                text += "\(subchart.name):\ninvalid type for values: expected object (map), got \(values[subchart.name]?.typeName ?? "<nil>")\n"
                continue
            }
            if let nested = report(subchart, values: section) { text += nested }
        }
        return text.isEmpty ? nil : text
    }
}

/// A `values.schema.json` with no JSON document in it.
enum SchemaDocumentError: Error {
    case empty
}
