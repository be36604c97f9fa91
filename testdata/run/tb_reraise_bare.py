def parse_port(text):
    try:
        port = int(text)
    except ValueError:
        print("logging the failure, then re-raising")
        raise
    return port

print(parse_port("8080"))
parse_port("eighty")
