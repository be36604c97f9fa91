import gc
import socket

def make():
    s = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    return s.fileno() > 2

print("made:", make())
gc.collect()
print("after gc.collect()")

with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as closed:
    closed.bind(("127.0.0.1", 0))
print("closed socket: no warning")

kept = socket.socket(socket.AF_INET6, socket.SOCK_STREAM)
print("end, one socket still open")
