import Foundation

/// What a `run` or `check` did or would do, item by item. Holds names only, never a password.
public struct BootstrapSummary: Sendable, Equatable, Codable {
    /// One thing the runner looked at.
    public struct Action: Sendable, Equatable, Codable {
        /// The kind of object.
        public enum Kind: String, Sendable, Codable {
            /// A login role.
            case role
            /// A database and its owner.
            case database
            /// An extension in the server database.
            case `extension`
            /// A schema in the server database.
            case schema
            /// Privileges of one role on other objects.
            case grant
            /// The runner's own bookkeeping (`alga_bootstrap` tables, completed version).
            case state
            /// A migration file or the migrate command.
            case migration
            /// The one-time seed.
            case seed
        }

        /// What happened to it.
        public enum Outcome: String, Sendable, Codable {
            /// Did not exist; now does.
            case created
            /// Existed but differed (owner, password, login); now matches.
            case updated
            /// A migration that ran now.
            case applied
            /// The seed ran now.
            case seeded
            /// An external command ran; it decides for itself what to change.
            case ran
            /// Already as wanted; nothing was changed.
            case unchanged
            /// Deliberately not done (e.g. the seed probe found data).
            case skipped
            /// `check` only: `run` would change this.
            case pending
        }

        /// The kind of object.
        public let kind: Kind
        /// Its name (a role, database, migration file, ...).
        public let name: String
        /// What happened.
        public let outcome: Outcome
        /// A short human explanation, never a secret.
        public let detail: String?

        /// Creates an action.
        public init(_ kind: Kind, _ name: String, _ outcome: Outcome, _ detail: String? = nil) {
            self.kind = kind
            self.name = name
            self.outcome = outcome
            self.detail = detail
        }
    }

    /// Overall result.
    public enum Status: String, Sendable, Codable {
        /// `run` changed something.
        case changed
        /// Nothing needed changing.
        case unchanged
        /// `check` found work for `run`.
        case pending
    }

    /// `run` or `check`.
    public let command: String
    /// The items in the order they were handled.
    public let actions: [Action]
    /// The version recorded as completed, if any.
    public let version: String?

    /// Creates a summary.
    public init(command: String, actions: [Action], version: String?) {
        self.command = command
        self.actions = actions
        self.version = version
    }

    /// Derived from the actions: pending wins, then any change.
    public var status: Status {
        if actions.contains(where: { $0.outcome == .pending }) { return .pending }
        let quiet: Set<Action.Outcome> = [.unchanged, .skipped, .ran]
        return actions.allSatisfy { quiet.contains($0.outcome) } ? .unchanged : .changed
    }

    /// One line per action, then a totals line.
    public var text: String {
        var lines = actions.map { action in
            "\(action.kind.rawValue) \(action.name): \(action.outcome.rawValue)"
                + (action.detail.map { " (\($0))" } ?? "")
        }
        var counts: [Action.Outcome: Int] = [:]
        for action in actions { counts[action.outcome, default: 0] += 1 }
        let totals = [Action.Outcome.created, .updated, .applied, .seeded, .ran, .unchanged, .skipped, .pending]
            .compactMap { outcome in counts[outcome].map { "\($0) \(outcome.rawValue)" } }
            .joined(separator: ", ")
        lines.append("\(command): \(status.rawValue)" + (totals.isEmpty ? "" : " (\(totals))"))
        return lines.joined(separator: "\n") + "\n"
    }

    /// A JSON object: `command`, `status`, `version`, `actions`; keys sorted for stable output.
    public var json: String {
        struct Document: Encodable {
            let command: String
            let status: Status
            let version: String?
            let actions: [Action]
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        let document = Document(command: command, status: status, version: version, actions: actions)
        guard let data = try? encoder.encode(document), let text = String(data: data, encoding: .utf8) else {
            preconditionFailure("a summary of strings always encodes")
        }
        return text + "\n"
    }
}
