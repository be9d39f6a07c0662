"""Runs the rendered appliance configuration against real processes (part of scripts/test-charts).

Under scripts/test-postgres (a private PostgreSQL 15 and the pgbouncer binary), it takes the
recorded renders of the talos-single-node profile and
- runs `alga-bootstrap run` twice with exactly the environment of the alga-core hook Job, only the
  address, the password files and the migrate/seed commands swapped for local ones: both runs
  succeed and the seed command ran once;
- runs `alga-bootstrap wait` with the environment of the server's init container: it returns for
  the recorded version and times out for another one;
- starts PgBouncer with the rendered pgbouncer.ini and the auth file built by the rendered init
  container command, and logs in through it as the server and hocuspocus roles.
So the charts, the runner and PgBouncer agree on every variable name, path and role.
"""
import os
import secrets
import socket
import subprocess
import tempfile
import time
from pathlib import Path

import yaml

SECRET_DIR = "/run/secrets/db/"


def documents(path):
    return [d for d in yaml.safe_load_all(path.read_text()) if d]


def one(docs, kind, name):
    return next(d for d in docs if d["kind"] == kind and d["metadata"]["name"] == name)


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class Runtime:
    """The local stand-ins for the cluster: addresses, password files, a scratch directory."""

    def __init__(self, scratch):
        self.host = os.environ["ALGA_TEST_PG_HOST"]
        self.port = os.environ["ALGA_TEST_PG_PORT"]
        self.run_as = os.environ.get("ALGA_TEST_RUN_AS", "")
        self.scratch = Path(scratch)
        self.passwords = {"DB_PASSWORD_SUPERUSER": os.environ["ALGA_TEST_PG_PASSWORD"]}
        for key in ("DB_PASSWORD_SERVER", "DB_PASSWORD_HOCUSPOCUS", "DB_PASSWORD_PGBOUNCER"):
            self.passwords[key] = secrets.token_urlsafe(24)
        self.secret_dir = self.scratch / "db-credentials"
        self.secret_dir.mkdir()
        for key, value in self.passwords.items():
            (self.secret_dir / key).write_text(value)

    def container_env(self, container):
        """The container's environment with secrets resolved and paths and addresses made local."""
        env = {}
        for item in container.get("env", []):
            if "value" in item:
                value = item["value"]
                if value.startswith(SECRET_DIR):
                    value = str(self.secret_dir / value[len(SECRET_DIR):])
                env[item["name"]] = value
            else:
                ref = item["valueFrom"]["secretKeyRef"]
                env[item["name"]] = self.passwords[ref["key"]]
        if "ALGA_DB_HOST" in env:
            env["ALGA_DB_HOST"], env["ALGA_DB_PORT"] = self.host, self.port
        return env

    def psql(self, user, password, database, port, sql):
        return subprocess.run(["psql", "-X", "-A", "-t", "-v", "ON_ERROR_STOP=1", "-h", self.host, "-p", str(port),
                               "-U", user, "-d", database, "-c", sql],
                              env={**os.environ, "PGPASSWORD": password}, capture_output=True, text=True)


def bootstrap_checks(report, runtime, bootstrap_bin, docs):
    job = one(docs, "Job", "alga-core-bootstrap")["spec"]["template"]["spec"]["containers"][0]
    env = runtime.container_env(job)
    # The setup image's knex commands are not here: local commands that leave a trace instead.
    env["ALGA_MIGRATE_COMMAND"] = 'psql -X -v ON_ERROR_STOP=1 -c "CREATE TABLE IF NOT EXISTS e2e_seeded (n int)"'
    env["ALGA_SEED_COMMAND"] = 'psql -X -v ON_ERROR_STOP=1 -c "INSERT INTO e2e_seeded VALUES (1)"'
    env["ALGA_SEED_PROBE"] = "SELECT NOT EXISTS (SELECT 1 FROM e2e_seeded)"
    report.check("runtime: hook extensions are vector", env["ALGA_DB_EXTENSIONS"] == "vector")
    env["ALGA_DB_EXTENSIONS"] = "pgcrypto"  # pgvector is not packaged for the test PostgreSQL
    env["ALGA_WAIT_TIMEOUT_SECONDS"] = "60"
    base = {"PATH": os.environ["PATH"], "HOME": str(runtime.scratch)}
    for attempt in ("first", "second"):
        result = subprocess.run([bootstrap_bin, "run"], env={**base, **env}, capture_output=True, text=True)
        report.check(f"runtime: alga-bootstrap run with the hook's environment ({attempt})", result.returncode == 0,
                     (result.stderr + result.stdout)[-600:])
        if result.returncode != 0:
            return False
    server_password = runtime.passwords["DB_PASSWORD_SERVER"]
    seeded = runtime.psql(env["ALGA_DB_SERVER_USER"], server_password, env["ALGA_DB_NAME"], runtime.port,
                          "SELECT count(*) FROM e2e_seeded")
    report.check("runtime: seeded exactly once", seeded.stdout.strip() == "1", seeded.stdout + seeded.stderr)
    server = one(docs, "Deployment", "alga-core")["spec"]["template"]["spec"]["initContainers"][0]
    wait_env = runtime.container_env(server)
    result = subprocess.run([bootstrap_bin, "wait"], env={**base, **wait_env}, capture_output=True, text=True)
    report.check("runtime: alga-bootstrap wait with the init container's environment", result.returncode == 0,
                 result.stderr[-600:])
    stale = {**base, **wait_env, "ALGA_BOOTSTRAP_VERSION": "not-" + wait_env["ALGA_BOOTSTRAP_VERSION"],
             "ALGA_WAIT_TIMEOUT_SECONDS": "1"}
    result = subprocess.run([bootstrap_bin, "wait"], env=stale, capture_output=True, text=True)
    report.check("runtime: wait holds pods for another version", result.returncode == 3, result.stderr[-300:])
    return True


def pgbouncer_checks(report, runtime, pgbouncer_bin, docs, users):
    config = one(docs, "ConfigMap", "pgbouncer-config")["data"]["pgbouncer.ini"]
    pod = one(docs, "Deployment", "pgbouncer")["spec"]["template"]["spec"]
    auth_dir = runtime.scratch / "pgbouncer-auth"
    auth_dir.mkdir()
    init = pod["initContainers"][0]
    command = init["command"][-1].replace("/etc/pgbouncer/auth/", f"{auth_dir}/")
    result = subprocess.run(["sh", "-c", command], env={**os.environ, **runtime.container_env(init)},
                            capture_output=True, text=True)
    report.check("runtime: pgbouncer auth file from the init container", result.returncode == 0, result.stderr)
    port = free_port()
    pidfile = runtime.scratch / "charts-pgbouncer.pid"
    config = (config.replace("host=db.msp.svc.cluster.local port=5432", f"host={runtime.host} port={runtime.port}")
              .replace("listen_port = 6432", f"listen_port = {port}")
              .replace("/etc/pgbouncer/auth/", f"{auth_dir}/")
              .replace("[pgbouncer]\n", f"[pgbouncer]\npidfile = {pidfile}\nlogfile = {runtime.scratch}/charts-pgbouncer.log\n"))
    ini = runtime.scratch / "charts-pgbouncer.ini"
    ini.write_text(config)
    if runtime.run_as:
        subprocess.run(["chown", "-R", runtime.run_as, str(auth_dir), str(ini)], check=True)
    prefix = ["runuser", "-u", runtime.run_as, "--"] if runtime.run_as else []
    started = subprocess.run([*prefix, pgbouncer_bin, "-d", str(ini)], capture_output=True, text=True)
    report.check("runtime: pgbouncer starts with the rendered pgbouncer.ini", started.returncode == 0, started.stderr)
    if started.returncode != 0:
        return
    try:
        for user, password_key, database in users:
            for _ in range(50):  # the daemon needs a moment before it accepts connections
                login = runtime.psql(user, runtime.passwords[password_key], database, port, "SELECT current_user")
                if login.returncode == 0 or "authentication failed" in login.stderr:
                    break
                time.sleep(0.1)
            report.check(f"runtime: {user} logs in to {database} through pgbouncer",
                         login.returncode == 0 and login.stdout.strip() == user, login.stderr[-300:])
    finally:
        if pidfile.exists():
            subprocess.run(["kill", pidfile.read_text().strip()], check=False)


def check_runtime(report, root, fixtures):
    name = "runtime (alga-bootstrap and pgbouncer with the rendered configuration)"
    if "ALGA_TEST_PG_HOST" not in os.environ:
        report.skip(name, "needs a PostgreSQL: run through `scripts/test-postgres run -- scripts/test-charts`")
        return
    bootstrap_bin = os.environ.get("ALGA_BOOTSTRAP_BIN") or str(root / ".build" / "debug" / "alga-bootstrap")
    if not Path(bootstrap_bin).exists():
        report.skip(name, f"{bootstrap_bin} is not built (swift build --product alga-bootstrap)")
        return
    core = documents(fixtures / "alga-core-talos" / "expected" / "stdout")
    with tempfile.TemporaryDirectory(dir=os.environ.get("ALGA_TEST_TMPDIR")) as scratch:
        os.chmod(scratch, 0o777)
        runtime = Runtime(scratch)
        job_env = runtime.container_env(one(core, "Job", "alga-core-bootstrap")["spec"]["template"]["spec"]["containers"][0])
        if bootstrap_checks(report, runtime, bootstrap_bin, core):
            pgbouncer = documents(fixtures / "pgbouncer-talos" / "expected" / "stdout")
            users = [(job_env["ALGA_DB_SERVER_USER"], "DB_PASSWORD_SERVER", job_env["ALGA_DB_NAME"]),
                     (job_env["ALGA_DB_HOCUSPOCUS_USER"], "DB_PASSWORD_HOCUSPOCUS", job_env["ALGA_DB_HOCUSPOCUS_NAME"])]
            pgbouncer_checks(report, runtime, os.environ["ALGA_TEST_PGBOUNCER"], pgbouncer, users)
