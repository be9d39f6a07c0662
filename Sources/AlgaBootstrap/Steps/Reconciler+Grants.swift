import Foundation

/// Privileges other roles need on what the admin created: PgBouncer's verifier lookup and the
/// server role's access to migrated tables.
extension Reconciler {
    /// In `database`, `alga_bootstrap.pgbouncer_auth(name)`: a SECURITY DEFINER lookup of a
    /// login role's verifier, executable only by the PgBouncer role, for PgBouncer's
    /// `auth_query = SELECT username, password FROM alga_bootstrap.pgbouncer_auth($1)`.
    /// Superusers are never returned, so the admin cannot log in through the pooler.
    func ensurePgBouncerLookup(_ connection: PostgresConnection, database: String) throws(BootstrapError) {
        guard let pgbouncer = configuration.roles.first(where: { $0.purpose == .pgbouncer }) else { return }
        let name = "\(database).alga_bootstrap.pgbouncer_auth"
        let context = "reading the PgBouncer lookup function in \"\(database)\""
        let ready = try query(
            connection,
            """
            SELECT CASE WHEN to_regprocedure('alga_bootstrap.pgbouncer_auth(text)') IS NULL THEN false
                ELSE pg_catalog.has_function_privilege($1, 'alga_bootstrap.pgbouncer_auth(text)', 'EXECUTE')
                    AND pg_catalog.has_schema_privilege($1, 'alga_bootstrap', 'USAGE')
                    AND NOT pg_catalog.has_function_privilege('public', 'alga_bootstrap.pgbouncer_auth(text)', 'EXECUTE')
            END
            """, [pgbouncer.name], context)
        if ready.boolean == true {
            record(.grant, name, .unchanged, "executable by \(pgbouncer.name)")
            return
        }
        if mode == .apply {
            let role = try quoted(pgbouncer.name)
            try transaction(connection, "creating the PgBouncer lookup function in \"\(database)\"") {
                () throws(BootstrapError) in
                try script(connection, """
                    CREATE SCHEMA IF NOT EXISTS alga_bootstrap;
                    CREATE OR REPLACE FUNCTION alga_bootstrap.pgbouncer_auth(p_username text)
                        RETURNS TABLE (username text, password text)
                        LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog
                    AS $body$
                        SELECT rolname::text, rolpassword FROM pg_catalog.pg_authid
                        WHERE rolname = p_username AND rolcanlogin AND NOT rolsuper
                    $body$;
                    REVOKE ALL ON FUNCTION alga_bootstrap.pgbouncer_auth(text) FROM PUBLIC;
                    GRANT USAGE ON SCHEMA alga_bootstrap TO \(role);
                    GRANT EXECUTE ON FUNCTION alga_bootstrap.pgbouncer_auth(text) TO \(role);
                    """, "creating the PgBouncer lookup function in \"\(database)\"")
            }
        }
        record(.grant, name, change(.created), "executable by \(pgbouncer.name)")
    }

    /// Grants the server role everything on the tables and sequences migrations created (as
    /// the admin) in `public` and the configured schemas, only when some object lacks it.
    func ensureTableGrants(_ connection: PostgresConnection) throws(BootstrapError) {
        guard let server = configuration.serverRole else { return }
        let schemas = ["public"] + configuration.schemas
        guard let data = try? JSONSerialization.data(withJSONObject: schemas),
            let list = String(data: data, encoding: .utf8)
        else { throw .failed("encoding the schema list") }
        let lacking = try query(
            connection,
            """
            SELECT DISTINCT n.nspname FROM pg_catalog.pg_class c
            JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
            WHERE n.nspname IN (SELECT jsonb_array_elements_text($2::jsonb))
              AND c.relkind IN ('r', 'p', 'v', 'm', 'f', 'S')
              AND NOT CASE WHEN c.relkind = 'S'
                  THEN pg_catalog.has_sequence_privilege($1, c.oid, 'USAGE,SELECT,UPDATE')
                  ELSE pg_catalog.has_table_privilege($1, c.oid, 'SELECT,INSERT,UPDATE,DELETE')
              END
            ORDER BY 1
            """, [server.name, list], "reading table grants for \"\(server.name)\"")
        let names = Set(lacking.rows.compactMap { $0[0] })
        for schema in schemas {
            let action = "\(schema).* → \(server.name)"
            guard names.contains(schema) else {
                record(.grant, action, .unchanged)
                continue
            }
            if mode == .apply {
                let (quotedSchema, role) = (try quoted(schema), try quoted(server.name))
                try query(connection, "GRANT ALL ON ALL TABLES IN SCHEMA \(quotedSchema) TO \(role)", [],
                          "granting tables in \"\(schema)\" to \"\(server.name)\"")
                try query(connection, "GRANT ALL ON ALL SEQUENCES IN SCHEMA \(quotedSchema) TO \(role)", [],
                          "granting sequences in \"\(schema)\" to \"\(server.name)\"")
            }
            record(.grant, action, change(.updated), "tables and sequences")
        }
    }
}
