class StorageError(Exception):
    pass


class ServiceError(Exception):
    pass


def read_block(n):
    raise OSError(f"bad sector {n}")


def load_record(n):
    try:
        read_block(n)
    except OSError as e:
        raise StorageError(f"record {n} unreadable") from e


def handle_request(n):
    try:
        load_record(n)
    except StorageError:
        raise ServiceError("request failed")


handle_request(7)
