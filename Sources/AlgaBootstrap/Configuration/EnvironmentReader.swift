import Foundation

/// Typed reads of single variables, each failing with an error that names the variable.
struct EnvironmentReader {
    let source: ConfigurationSource

    func required(_ name: String) throws(ConfigurationError) -> String {
        guard let value = source[name] else { throw source.error(name, "required") }
        return value
    }

    func port(_ name: String) throws(ConfigurationError) -> Int? {
        guard let text = source[name] else { return nil }
        guard let port = Int(text.trimmingCharacters(in: .whitespaces)), (1...65535).contains(port) else {
            throw source.error(name, "expected a TCP port (1-65535), got \"\(text)\"")
        }
        return port
    }

    func positiveNumber(_ name: String) throws(ConfigurationError) -> Double? {
        guard let text = source[name] else { return nil }
        guard let number = Double(text.trimmingCharacters(in: .whitespaces)), number > 0, number.isFinite else {
            throw source.error(name, "expected a positive number of seconds, got \"\(text)\"")
        }
        return number
    }

    /// A PostgreSQL name, taken verbatim (quotes, semicolons and unicode are fine: it is
    /// always quoted), rejected only when PostgreSQL would change it.
    func identifier(_ name: String) throws(ConfigurationError) -> String? {
        guard let value = source[name] else { return nil }
        do {
            try SQLText.validateIdentifier(value)
        } catch {
            throw source.error(name, "the name \(error)")
        }
        return value
    }

    /// A comma-separated list of names; blanks around commas are ignored.
    func identifierList(_ name: String) throws(ConfigurationError) -> [String] {
        guard let value = source[name] else { return [] }
        var names: [String] = []
        for item in value.split(separator: ",", omittingEmptySubsequences: false) {
            let trimmed = item.trimmingCharacters(in: .whitespaces)
            guard !trimmed.isEmpty else { throw source.error(name, "empty entry in the comma-separated list") }
            do {
                try SQLText.validateIdentifier(trimmed)
            } catch {
                throw source.error(name, "the entry \(names.count + 1) \(error)")
            }
            if !names.contains(trimmed) { names.append(trimmed) }
        }
        return names
    }

    /// `<PREFIX>_PASSWORD_FILE`, else `<PREFIX>_PASSWORD`, else `defaultFile` under
    /// `ALGA_SECRETS_DIR` (default `/run/secrets`) when that file exists. One trailing newline
    /// is dropped: Secrets written with `echo` carry one.
    func secret(_ prefix: String, defaultFile: String) throws(ConfigurationError) -> String? {
        let fileVariable = prefix + "_PASSWORD_FILE"
        let valueVariable = prefix + "_PASSWORD"
        if source[fileVariable] != nil, source[valueVariable] != nil {
            throw source.error(fileVariable, "set either \(fileVariable) or \(valueVariable), not both")
        }
        if let path = source[fileVariable] {
            return try read(path, variable: fileVariable)
        }
        if let value = source[valueVariable] {
            guard !value.utf8.contains(0) else { throw source.error(valueVariable, "contains a NUL character") }
            return value
        }
        let directory = source["ALGA_SECRETS_DIR"] ?? "/run/secrets"
        let path = (directory as NSString).appendingPathComponent(defaultFile)
        guard FileManager.default.fileExists(atPath: path) else { return nil }
        return try read(path, variable: fileVariable)
    }

    private func read(_ path: String, variable: String) throws(ConfigurationError) -> String {
        let data: Data
        do {
            data = try Data(contentsOf: URL(fileURLWithPath: path))
        } catch {
            throw source.error(variable, "cannot read \(path): \(ConfigurationSource.reason(error))")
        }
        guard var text = String(data: data, encoding: .utf8) else {
            throw source.error(variable, "\(path) is not UTF-8 text")
        }
        if text.hasSuffix("\r\n") {
            text.removeLast(2)
        } else if text.hasSuffix("\n") {
            text.removeLast()
        }
        guard !text.isEmpty else { throw source.error(variable, "\(path) is empty") }
        guard !text.utf8.contains(0) else { throw source.error(variable, "\(path) contains a NUL character") }
        return text
    }

    func source(directory: String, command: String) throws(ConfigurationError) -> BootstrapConfiguration.Source? {
        switch (source[directory], source[command]) {
        case (let path?, nil):
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue else {
                throw source.error(directory, "\(path) is not a directory")
            }
            return .directory(path)
        case (nil, let text?): return .command(text)
        case (nil, nil): return nil
        case (.some, .some): throw source.error(command, "set either \(directory) or \(command), not both")
        }
    }
}
