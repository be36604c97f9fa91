def save(data):
    try:
        if not data:
            raise ValueError("nothing to save")
    finally:
        raise OSError("disk full while cleaning up")

save([])
