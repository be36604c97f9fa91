class E(Exception):
    def __str__(self):
        raise RuntimeError("boom")
raise E()
