def cleanup():
    raise RuntimeError("cleanup failed")

def work():
    try:
        {}["key"]
    except KeyError:
        cleanup()

work()
