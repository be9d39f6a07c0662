/// Where and as whom to connect; handed to libpq as keyword/value pairs, never as a conninfo
/// string, so no value can inject another keyword.
public struct ConnectionParameters: Sendable, Equatable {
    /// Host name or address (a leading `/` means a Unix socket directory, as in libpq).
    public var host: String
    /// TCP port.
    public var port: Int
    /// Role to log in as.
    public var user: String
    /// Password, if the server asks for one.
    public var password: String?
    /// Database to connect to.
    public var database: String
    /// Seconds libpq waits for the TCP connection and authentication.
    public var connectTimeoutSeconds: Int

    /// Creates connection parameters.
    public init(
        host: String, port: Int, user: String, password: String?, database: String,
        connectTimeoutSeconds: Int = 5
    ) {
        self.host = host
        self.port = port
        self.user = user
        self.password = password
        self.database = database
        self.connectTimeoutSeconds = connectTimeoutSeconds
    }

    /// The same endpoint and credentials, on another database.
    public func with(database: String) -> ConnectionParameters {
        var copy = self
        copy.database = database
        return copy
    }

    /// libpq keywords and values. Keepalives make a vanished peer visible to both sides.
    var keywordValues: [(String, String)] {
        var pairs: [(String, String)] = [
            ("host", host), ("port", String(port)), ("user", user), ("dbname", database),
            ("connect_timeout", String(connectTimeoutSeconds)),
            ("application_name", "alga-bootstrap"),
            ("keepalives", "1"), ("keepalives_idle", "10"), ("keepalives_interval", "5"),
            ("keepalives_count", "3"),
            // Never read ~/.pgpass or a service file: the Secret is the only source of truth.
            ("passfile", "/dev/null"),
        ]
        if let password { pairs.append(("password", password)) }
        return pairs
    }
}
