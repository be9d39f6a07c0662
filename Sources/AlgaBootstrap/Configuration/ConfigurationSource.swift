import Foundation

/// The variables the runner reads, merged from a `--config` file and the environment (the
/// environment wins, so a Job can override one value of a mounted file).
///
/// The file holds the same names as the environment, `NAME=value` a line; `#` starts a
/// comment line; a value may be wrapped in matching single or double quotes, which are
/// removed (no escapes are interpreted).
public struct ConfigurationSource: Sendable {
    private var values: [String: String]
    private var locations: [String: String]

    /// Reads variables from `environment` only.
    public init(environment: [String: String]) {
        values = environment
        locations = [:]
    }

    /// Reads `configFile` (if any), then lays `environment` over it.
    public init(environment: [String: String], configFile: String?) throws(ConfigurationError) {
        self.init(environment: [:])
        if let configFile {
            try load(file: configFile)
        }
        for (name, value) in environment {
            values[name] = value
            locations[name] = nil
        }
    }

    /// The value of `name`, with empty strings treated as unset (Helm renders absent values
    /// as empty env entries).
    public subscript(name: String) -> String? {
        guard let value = values[name], !value.isEmpty else { return nil }
        return value
    }

    /// Where `name` was set, for error messages: `FILE:LINE` or nil for the environment.
    public func location(of name: String) -> String? {
        locations[name]
    }

    /// An error about `name`, located where it was set.
    func error(_ name: String, _ problem: String) -> ConfigurationError {
        ConfigurationError(variable: name, problem: problem, location: locations[name])
    }

    private mutating func load(file path: String) throws(ConfigurationError) {
        let text: String
        do {
            text = try String(contentsOfFile: path, encoding: .utf8)
        } catch {
            throw ConfigurationError(variable: "--config", problem: "cannot read \(path): \(Self.reason(error))")
        }
        for (index, rawLine) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = rawLine.trimmingCharacters(in: .whitespaces)
            if line.isEmpty || line.hasPrefix("#") { continue }
            let location = "\(path):\(index + 1)"
            guard let equals = line.firstIndex(of: "=") else {
                throw ConfigurationError(
                    variable: String(line.prefix(40)), problem: "expected NAME=value", location: location)
            }
            let name = line[..<equals].trimmingCharacters(in: .whitespaces)
            guard name.hasPrefix("ALGA_"), name.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "_" }) else {
                throw ConfigurationError(
                    variable: name, problem: "not an alga-bootstrap variable (names start with ALGA_)",
                    location: location)
            }
            values[name] = Self.unquote(line[line.index(after: equals)...].trimmingCharacters(in: .whitespaces))
            locations[name] = location
        }
    }

    private static func unquote(_ value: String) -> String {
        for quote in ["\"", "'"] where value.count >= 2 && value.hasPrefix(quote) && value.hasSuffix(quote) {
            return String(value.dropFirst().dropLast())
        }
        return value
    }

    /// The one-line reason of a file error, without Foundation's wrapping.
    static func reason(_ error: any Error) -> String {
        let nsError = error as NSError
        if let underlying = nsError.userInfo[NSUnderlyingErrorKey] as? NSError,
            underlying.domain == NSPOSIXErrorDomain, let code = POSIXErrorCode(rawValue: Int32(underlying.code))
        {
            return String(cString: strerror(code.rawValue))
        }
        if nsError.domain == NSCocoaErrorDomain, nsError.code == NSFileReadNoSuchFileError {
            return "no such file"
        }
        if nsError.domain == NSCocoaErrorDomain, nsError.code == NSFileReadNoPermissionError {
            return "permission denied"
        }
        return nsError.localizedDescription
    }
}
