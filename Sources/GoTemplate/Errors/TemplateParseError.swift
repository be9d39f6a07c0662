import Foundation

/// A template that does not parse, with Go's message and where it was found.
///
/// `description` is Go's text (`template: NAME:LINE: MESSAGE`); `helmDescription` is what
/// Helm prints for a chart's template (`parse error at (NAME:LINE): LAST`, keeping only the text
/// after the last `": "`).
public struct TemplateParseError: Error, CustomStringConvertible, Sendable, Equatable {
    /// The name the source was parsed under (the chart file path for Helm, `gotpl` for `tpl`).
    public var templateName: String
    /// 1-based line of the token Go's parser stopped at.
    public var line: Int
    /// Go's message, without the `template: NAME:LINE: ` prefix.
    public var message: String

    /// Creates an error.
    public init(templateName: String, line: Int, message: String) {
        self.templateName = templateName
        self.line = line
        self.message = message
    }

    /// Go's text.
    public var description: String { "template: \(templateName):\(line): \(message)" }

    /// Helm's text for a chart file (`cleanupParseError` in Helm's engine).
    public var helmDescription: String {
        let parts = description.components(separatedBy: ": ")
        return "parse error at (\(parts[1])): \(parts[parts.count - 1])"
    }
}
