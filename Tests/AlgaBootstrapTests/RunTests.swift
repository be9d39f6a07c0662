import AlgaBootstrap
import Foundation
import Testing

/// `run`, `check` and `wait` against the real PostgreSQL of `scripts/test-postgres`.
@Suite(.enabled(if: TestCluster.shared != nil, Comment(rawValue: TestCluster.skipReason)))
struct RunTests {
    let cluster = TestCluster.shared!

    @Test func freshDatabaseThenSecondRunChangesNothing() throws {
        let scenario = try Scenario(cluster)
        let first = try scenario.run()
        #expect(first.status == 0, "\(first)")
        #expect(first.stderr.isEmpty, "\(first)")
        let summary = try first.summary()
        #expect(summary.status == "changed")
        #expect(summary.outcomes(.role) == [scenario.serverUser: .created])
        #expect(summary.outcomes(.database) == [scenario.database: .created])
        #expect(summary.outcomes(.extension) == ["pgcrypto": .created, "citext": .created])
        #expect(summary.outcomes(.schema) == ["pgboss": .created])
        #expect(summary.outcomes(.migration) == [
            "0001_users.sql": .applied, "0002_tickets.sql": .applied, "0003_index.sql": .applied,
        ])
        #expect(summary.outcomes(.seed) == ["seed": .seeded])
        #expect(try scenario.column("SELECT email FROM users") == ["admin@example.com"])
        #expect(try scenario.column("SELECT pg_get_userbyid(datdba) FROM pg_database WHERE datname = current_database()")
            == [scenario.serverUser])

        // Catalog rows rewritten by any DDL get a new xmin; the second run must leave them all.
        let fingerprint = """
            SELECT string_agg(x, ',' ORDER BY x) FROM (
              SELECT 'r' || xmin::text || rolname AS x FROM pg_authid WHERE rolname = $1
              UNION ALL SELECT 'd' || xmin::text FROM pg_database WHERE datname = current_database()
              UNION ALL SELECT 'c' || xmin::text || relname FROM pg_class WHERE relnamespace IN
                (SELECT oid FROM pg_namespace WHERE nspname IN ('public', 'pgboss', 'alga_bootstrap'))
              UNION ALL SELECT 'n' || xmin::text || nspname FROM pg_namespace
              UNION ALL SELECT 's' || xmin::text || key || value FROM alga_bootstrap.state) t
            """
        let before = try scenario.connectServerDatabase().execute(fingerprint, [scenario.serverUser], context: "t").scalar
        let second = try scenario.run()
        #expect(second.status == 0, "\(second)")
        let again = try second.summary()
        #expect(again.status == "unchanged", "\(second)")
        #expect(again.actions.map(\.name) == summary.actions.map(\.name))
        #expect(again.actions.allSatisfy { $0.outcome == .unchanged }, "\(second)")
        let after = try scenario.connectServerDatabase().execute(fingerprint, [scenario.serverUser], context: "t").scalar
        #expect(before == after)
        #expect(try scenario.column("SELECT count(*) FROM users") == ["1"])
    }

    @Test func fourConcurrentRunnersSeedExactlyOnce() throws {
        let scenario = try Scenario(cluster)
        let runners = try (0..<4).map { _ in try scenario.start(["run", "--format", "json"]) }
        let outputs = try runners.map { try $0.finish() }
        for output in outputs { #expect(output.status == 0, "\(output)") }
        let seeded = try outputs.filter { try $0.summary().outcomes(.seed)["seed"] == .seeded }
        #expect(seeded.count == 1)
        #expect(try scenario.column("SELECT count(*) FROM users") == ["1"])
        #expect(try scenario.column("SELECT count(*) FROM alga_bootstrap.migrations WHERE state = 'applied'") == ["3"])
    }

    @Test func textSummaryNamesEveryActionAndNoPassword() throws {
        let scenario = try Scenario(cluster, password: "s3cr3t-visible-if-leaked")
        let output = try scenario.run(["run"])
        #expect(output.status == 0, "\(output)")
        #expect(output.stdout.contains("role \(scenario.serverUser): created"))
        #expect(output.stdout.contains("seed seed: seeded"))
        #expect(output.stdout.hasSuffix("\n"))
        #expect(output.stdout.split(separator: "\n").last?.hasPrefix("run: changed (") == true)
        let second = try scenario.run(["run", "--format", "json"])
        for text in [output.stdout, output.stderr, second.stdout, second.stderr] {
            #expect(!text.contains("s3cr3t-visible-if-leaked"))
            #expect(!text.contains(cluster.password))
        }
    }

    @Test func checkReportsPendingWithoutChangingAnything() throws {
        let scenario = try Scenario(cluster)
        let before = try scenario.run(["check", "--format", "json"])
        #expect(before.status == 4, "\(before)")
        #expect(try before.summary().status == "pending")
        #expect(try cluster.connect().execute(
            "SELECT count(*) FROM pg_roles WHERE rolname = $1", [scenario.serverUser], context: "t").scalar == "0")
        #expect(try scenario.run().status == 0)
        try scenario.write(migration: "0004_more.sql", "CREATE TABLE more (id int);\n")
        let pending = try scenario.run(["check", "--format", "json"])
        #expect(pending.status == 4, "\(pending)")
        #expect(try pending.summary().outcomes(.migration)["0004_more.sql"] == .pending)
        #expect(try scenario.column("SELECT to_regclass('more')::text") == [nil])
        #expect(try scenario.run().status == 0)
        let clean = try scenario.run(["check"])
        #expect(clean.status == 0, "\(clean)")
        #expect(clean.stdout.contains("check: unchanged"))
    }

    @Test func waitTimesOutBeforeTheRunAndSucceedsAfter() throws {
        let scenario = try Scenario(cluster)
        scenario.extra["ALGA_WAIT_TIMEOUT_SECONDS"] = "1"
        let early = try scenario.run(["wait"])
        #expect(early.status == 3, "\(early)")
        #expect(early.stderr.contains("not ready: bootstrap version \"1.0.0-\(scenario.suffix)\" not completed after 1s"))
        #expect(early.stderr.split(separator: "\n").count == 1)
        #expect(try scenario.run().status == 0)
        let ready = try scenario.run(["wait"])
        #expect(ready.status == 0, "\(ready)")
        #expect(ready.stdout == "bootstrap completed: 1.0.0-\(scenario.suffix)\n")
        scenario.extra["ALGA_BOOTSTRAP_VERSION"] = "2.0.0"
        let newer = try scenario.run(["wait"])
        #expect(newer.status == 3)
        #expect(newer.stderr.contains("the completed bootstrap is version \"1.0.0-\(scenario.suffix)\", expected \"2.0.0\""))
        #expect(try scenario.run().status == 0)
        #expect(try scenario.run(["wait", "--format", "json"]).stdout == "{\"status\":\"ready\",\"version\":\"2.0.0\"}\n")
    }

    @Test func changedSecretPasswordReplacesTheOldOne() throws {
        let scenario = try Scenario(cluster)
        #expect(try scenario.run().status == 0)
        let oldPassword = scenario.serverPassword
        scenario.serverPassword = "rotated-\(scenario.suffix)"
        let output = try scenario.run()
        #expect(output.status == 0, "\(output)")
        let summary = try output.summary()
        #expect(summary.outcomes(.role) == [scenario.serverUser: .updated])
        #expect(summary.status == "changed")
        let login = ConnectionParameters(
            host: cluster.host, port: cluster.port, user: scenario.serverUser, password: scenario.serverPassword,
            database: scenario.database)
        #expect(try PostgresConnection(login).execute("SELECT count(*) FROM users", context: "t").scalar == "1")
        var old = login
        old.password = oldPassword
        #expect(throws: PostgresError.self) { try PostgresConnection(old) }
        #expect(try scenario.run().summary().status == "unchanged")
    }

    @Test func hostileNamesAndPasswordsRoundTrip() throws {
        let scenario = try Scenario(
            cluster, server: "srv\"; DROP ROLE x; --'ü",
            password: "p'a\"s;s\\wörd 🔑 \u{00A0}end", database: "db'; SELECT 1; --\"Ω")
        scenario.extra["ALGA_DB_SCHEMAS"] = "pg\"boss;'s"
        let output = try scenario.run()
        #expect(output.status == 0, "\(output)")
        let login = ConnectionParameters(
            host: cluster.host, port: cluster.port, user: scenario.serverUser, password: scenario.serverPassword,
            database: scenario.database)
        let connection = try PostgresConnection(login)
        #expect(try connection.execute("SELECT current_user, current_database()", context: "t").rows
            == [[scenario.serverUser, scenario.database]])
        #expect(try connection.execute("SELECT count(*) FROM users", context: "t").scalar == "1")
        #expect(try scenario.column("SELECT nspname FROM pg_namespace WHERE nspname LIKE 'pg\"%'") == ["pg\"boss;'s"])
        #expect(try scenario.run().summary().status == "unchanged")
    }

    @Test func externalSeedCommandMarksStateOnlyAfterSuccess() throws {
        let scenario = try Scenario(cluster)
        scenario.extra["ALGA_SEEDS_DIR"] = ""
        scenario.extra["ALGA_SEED_COMMAND"] =
            "psql -X -q -v ON_ERROR_STOP=1 -c \"INSERT INTO users (email) VALUES ('cmd@example.com')\" && exit 7"
        let failed = try scenario.run()
        #expect(failed.status == 1, "\(failed)")
        #expect(failed.stderr.contains("failed: the seed command exited with status 7"))
        #expect(try scenario.column("SELECT count(*) FROM alga_bootstrap.state WHERE key = 'seed'") == ["0"])
        // The failed command left a row behind: the probe now refuses to seed on top of it.
        scenario.extra["ALGA_SEED_COMMAND"] = "psql -X -q -c \"INSERT INTO users (email) VALUES ('again@example.com')\""
        let skipped = try scenario.run()
        #expect(try skipped.summary().outcomes(.seed)["seed"] == .skipped, "\(skipped)")
        try scenario.connectServerDatabase().execute("DELETE FROM users", context: "t")
        let seeded = try scenario.run()
        #expect(try seeded.summary().outcomes(.seed)["seed"] == .seeded, "\(seeded)")
        #expect(try scenario.column("SELECT email FROM users") == ["again@example.com"])
        #expect(try scenario.run().summary().outcomes(.seed)["seed"] == .unchanged)
    }

    @Test func externalMigrateCommandGetsTheConnectionAndRunsEveryTime() throws {
        let scenario = try Scenario(cluster)
        scenario.extra["ALGA_MIGRATIONS_DIR"] = ""
        scenario.extra["ALGA_MIGRATE_COMMAND"] = """
            test "$DB_NAME_SERVER" = "$PGDATABASE" && test "$DB_USER_SERVER" = "\(scenario.serverUser)" && \
            echo "migrating" && psql -X -q -v ON_ERROR_STOP=1 \
              -c "CREATE TABLE IF NOT EXISTS users (id serial PRIMARY KEY, email text NOT NULL)" \
              -c "CREATE TABLE IF NOT EXISTS runs (at timestamptz DEFAULT now())" -c "INSERT INTO runs DEFAULT VALUES"
            """
        let first = try scenario.run()
        #expect(first.status == 0, "\(first)")
        #expect(try first.summary().outcomes(.migration) == ["command": .ran])
        #expect(first.stderr.contains("migrating"))
        #expect(try scenario.column("SELECT count(*) FROM users") == ["1"])
        let second = try scenario.run()
        #expect(try second.summary().status == "unchanged", "\(second)")
        #expect(try scenario.column("SELECT count(*) FROM runs") == ["2"])
        scenario.extra["ALGA_MIGRATE_COMMAND"] = "exit 3"
        let failed = try scenario.run()
        #expect(failed.status == 1)
        #expect(failed.stderr == "alga-bootstrap: failed: the migrate command exited with status 3\n")
    }
}
