/// `alga-bootstrap --help`.
let helpText = """
    Usage: alga-bootstrap [--config FILE] [--format text|json] run|check|wait

    The idempotent database bootstrap of Alga PSA, run by the alga-core hook Job on every
    install and upgrade, and by init containers (wait).

    Commands:
      run     wait for PostgreSQL, take an advisory lock, ensure roles (password from the
              Secret), databases, extensions, schemas, run migrations, seed once, print a summary
      check   report what run would change, changing nothing (read-only sessions)
      wait    wait until the database records a completed bootstrap at ALGA_BOOTSTRAP_VERSION

    Options:
      --config FILE   NAME=value lines with the variables below; the environment wins
      --format F      summary as text (default) or json; never contains a password

    Environment (empty counts as unset):
      ALGA_DB_HOST, ALGA_DB_PORT          server address (default port 5432); wait connects here
      ALGA_DB_ADMIN_HOST, _ADMIN_PORT     direct PostgreSQL for admin work when ALGA_DB_HOST is
                                          PgBouncer (default: ALGA_DB_HOST/ALGA_DB_PORT)
      ALGA_DB_ADMIN_USER                  superuser doing the work (default postgres)
      ALGA_DB_ADMIN_PASSWORD_FILE         its password file (or ALGA_DB_ADMIN_PASSWORD)
      ALGA_DB_ADMIN_DATABASE              maintenance database (default postgres)
      ALGA_DB_SERVER_USER                 server role (required for run/check)
      ALGA_DB_SERVER_PASSWORD_FILE        its password file (or ALGA_DB_SERVER_PASSWORD)
      ALGA_DB_HOCUSPOCUS_USER             hocuspocus role (optional)
      ALGA_DB_HOCUSPOCUS_PASSWORD_FILE    its password file (or ALGA_DB_HOCUSPOCUS_PASSWORD)
      ALGA_DB_PGBOUNCER_USER              PgBouncer auth_user (optional); may execute
                                          alga_bootstrap.pgbouncer_auth(name) in each database
      ALGA_DB_PGBOUNCER_PASSWORD_FILE     its password file (or ALGA_DB_PGBOUNCER_PASSWORD)
      ALGA_DB_NAME                        server database, owned by the server role (required)
      ALGA_DB_HOCUSPOCUS_NAME             hocuspocus database (owner: hocuspocus role)
      ALGA_DB_EXTENSIONS                  comma list created in the server database (e.g. vector)
      ALGA_DB_SCHEMAS                     comma list created there, owned by the server role
      ALGA_MIGRATIONS_DIR                 *.sql migrations applied once each, in name order; a
                                          first line "-- alga-bootstrap: no-transaction" runs
                                          that file (one statement) outside a transaction
      ALGA_MIGRATE_COMMAND                or: a shell command run every time (e.g. knex)
      ALGA_SEEDS_DIR                      *.sql seeds, run once in one transaction
      ALGA_SEED_COMMAND                   or: a shell command; marked seeded after it exits 0
      ALGA_SEED_PROBE                     SQL returning one boolean: true when the database is empty
      ALGA_BOOTSTRAP_VERSION              version run records and wait expects
      ALGA_WAIT_TIMEOUT_SECONDS           bound on waiting for the server, the lock, or
                                          (wait) the bootstrap (default 300)
      ALGA_SECRETS_DIR                    where default password files live (default /run/secrets:
                                          postgres_password, db_password_server,
                                          db_password_hocuspocus, db_password_pgbouncer)

    Commands get PGHOST, PGPORT, PGUSER, PGPASSWORD, PGDATABASE (admin, server database) and
    DB_HOST, DB_PORT, DB_NAME_SERVER, DB_USER_ADMIN, DB_PASSWORD_ADMIN, DB_USER_SERVER,
    DB_PASSWORD_SERVER; their standard output goes to standard error.

    Exit codes: 0 done (check: nothing pending), 1 failed, 2 configuration or usage error,
    3 not ready (timeout), 4 check found pending changes.

    """
