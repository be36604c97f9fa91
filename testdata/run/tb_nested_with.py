class Connection:
    def __init__(self, host):
        self.host = host

    def __enter__(self):
        print("connect", self.host)
        return self

    def __exit__(self, exc_type, exc, tb):
        print("disconnect", self.host, exc_type.__name__ if exc_type else None)
        return False

    def query(self, sql):
        if "DROP" in sql:
            raise PermissionError(f"refusing to run: {sql}")
        return [sql.lower()]


with Connection("db1") as conn:
    print(conn.query("SELECT 1"))
    conn.query("DROP TABLE users")
