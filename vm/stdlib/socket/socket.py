"""Python part of Kiln's socket module.

The kernel sockets, name resolution and the constants come from the native
_socket module (vm/stdlib/socket); this file adds what CPython's socket.py
adds on top: the socket.socket class (makefile, context management,
enum-valued family and type; accept and socketpair are native and make
socket.socket objects), create_connection, create_server and the AddressFamily and SocketKind
enums.
"""

import _socket
import io as _io
from _socket import *

__all__ = ["socket", "socketpair", "fromfd", "create_connection",
           "create_server", "getaddrinfo", "AddressFamily", "SocketKind"]


class _IntConstant(int):
    """An int with a name, printed as an IntEnum member is."""

    _members = None

    def __new__(cls, value, name=None):
        if name is None:
            member = cls._members.get(value)
            if member is None:
                raise ValueError("%r is not a valid %s" % (value, cls.__name__))
            return member
        self = int.__new__(cls, value)
        self._name_ = name
        return self

    @property
    def name(self):
        return self._name_

    @property
    def value(self):
        return int(self)

    def __repr__(self):
        return "<%s.%s: %d>" % (type(self).__name__, self._name_, int(self))

    def __str__(self):
        return int.__repr__(self)

    def __format__(self, spec):
        return format(int(self), spec)

    def __reduce__(self):
        return (type(self), (int(self),))


class AddressFamily(_IntConstant):
    _members = {}


class SocketKind(_IntConstant):
    _members = {}


def _make_constants(cls, prefix):
    for name in sorted(_socket.__dict__):
        if name.startswith(prefix) and name.isupper():
            value = getattr(_socket, name)
            if value not in cls._members:
                cls._members[value] = cls(value, name)
            globals()[name] = cls._members[value]


_make_constants(AddressFamily, "AF_")
_make_constants(SocketKind, "SOCK_")


def _intenum_converter(value, enum_klass):
    try:
        return enum_klass(value)
    except ValueError:
        return value


class socket(_socket.socket):
    """A socket object: _socket.socket with CPython's Python-level API."""

    # _socket.socket.__init__ does all the work: without a Python
    # __init__, the allocation traceback of an unclosed socket ends in the
    # program's own frame. These are the initial values.
    _io_refs = 0
    _closed = False

    def __enter__(self):
        return self

    def __exit__(self, *args):
        if not self._closed:
            self.close()

    @property
    def family(self):
        return _intenum_converter(super().family, AddressFamily)

    @property
    def type(self):
        return _intenum_converter(super().type, SocketKind)

    def makefile(self, mode="r", buffering=None, *, encoding=None,
                 errors=None, newline=None):
        """Return a file object reading from and writing to the socket:
        as CPython's, a BufferedReader, BufferedWriter or BufferedRWPair
        over a SocketIO, under a TextIOWrapper unless the mode has "b"."""
        if not set(mode) <= {"r", "w", "b"}:
            raise ValueError("invalid mode %r (only r, w, b allowed)" % (mode,))
        writing = "w" in mode
        reading = "r" in mode or not writing
        binary = "b" in mode
        rawmode = ""
        if reading:
            rawmode += "r"
        if writing:
            rawmode += "w"
        raw = SocketIO(self, rawmode)
        self._io_refs += 1
        if buffering is None:
            buffering = -1
        if buffering < 0:
            buffering = _io.DEFAULT_BUFFER_SIZE
        if buffering == 0:
            if not binary:
                raise ValueError("unbuffered streams must be binary")
            return raw
        if reading and writing:
            buffer = _io.BufferedRWPair(raw, raw, buffering)
        elif reading:
            buffer = _io.BufferedReader(raw, buffering)
        else:
            buffer = _io.BufferedWriter(raw, buffering)
        if binary:
            return buffer
        text = _io.TextIOWrapper(buffer, encoding, errors, newline)
        text.mode = mode
        return text

    def _decref_socketios(self):
        if self._io_refs > 0:
            self._io_refs -= 1
        if self._closed:
            self.close()

    def _real_close(self, _ss=_socket.socket):
        _ss.close(self)

    def close(self):
        self._closed = True
        if self._io_refs <= 0:
            self._real_close()

    def detach(self):
        self._closed = True
        return super().detach()


_blocking_errnos = {11}  # EAGAIN, EWOULDBLOCK


class SocketIO(_io.RawIOBase):
    """Raw I/O implementation for stream sockets: the layer under the
    buffered files of makefile(), as CPython's."""

    def __init__(self, sock, mode):
        if mode not in ("r", "w", "rw", "rb", "wb", "rwb"):
            raise ValueError("invalid mode: %r" % mode)
        _io.RawIOBase.__init__(self)
        self._sock = sock
        if "b" not in mode:
            mode += "b"
        self._mode = mode
        self._reading = "r" in mode
        self._writing = "w" in mode
        self._timeout_occurred = False

    def readinto(self, b):
        self._checkClosed()
        self._checkReadable()
        if self._timeout_occurred:
            raise OSError("cannot read from timed out object")
        try:
            return self._sock.recv_into(b)
        except timeout:
            self._timeout_occurred = True
            raise
        except error as e:
            if e.errno in _blocking_errnos:
                return None
            raise

    def write(self, b):
        self._checkClosed()
        self._checkWritable()
        try:
            return self._sock.send(b)
        except error as e:
            if e.errno in _blocking_errnos:
                return None
            raise

    def readable(self):
        if self.closed:
            raise ValueError("I/O operation on closed socket.")
        return self._reading

    def writable(self):
        if self.closed:
            raise ValueError("I/O operation on closed socket.")
        return self._writing

    def seekable(self):
        if self.closed:
            raise ValueError("I/O operation on closed socket.")
        return super().seekable()

    def fileno(self):
        self._checkClosed()
        return self._sock.fileno()

    @property
    def name(self):
        if not self.closed:
            return self.fileno()
        else:
            return -1

    @property
    def mode(self):
        return self._mode

    def close(self):
        if self.closed:
            return
        _io.RawIOBase.close(self)
        self._sock._decref_socketios()
        self._sock = None


def fromfd(fd, family, type, proto=0):
    """Return a socket over a duplicate of the descriptor fd."""
    nfd = dup(fd)
    return socket(family, type, proto, nfd)


def getaddrinfo(host, port, family=0, type=0, proto=0, flags=0):
    """Resolve host and port into a list of (family, type, proto,
    canonname, sockaddr) tuples."""
    return [(_intenum_converter(af, AddressFamily),
             _intenum_converter(kind, SocketKind), proto, canonname, sa)
            for af, kind, proto, canonname, sa in
            _socket.getaddrinfo(host, port, family, type, proto, flags)]


_GLOBAL_DEFAULT_TIMEOUT = object()


def create_connection(address, timeout=_GLOBAL_DEFAULT_TIMEOUT,
                      source_address=None, *, all_errors=False):
    """Connect to (host, port), trying each address getaddrinfo gives."""
    host, port = address
    errors = []
    for af, kind, proto, _, sa in getaddrinfo(host, port, 0, SOCK_STREAM):
        sock = None
        try:
            sock = socket(af, kind, proto)
            if timeout is not _GLOBAL_DEFAULT_TIMEOUT:
                sock.settimeout(timeout)
            if source_address:
                sock.bind(source_address)
            sock.connect(sa)
            errors.clear()
            return sock
        except OSError as exc:
            errors.append(exc)
            if sock is not None:
                sock.close()
    if errors:
        if all_errors:
            raise ExceptionGroup("create_connection failed", errors)
        raise errors[0]
    raise error("getaddrinfo returns an empty list")


def has_dualstack_ipv6():
    return False


def create_server(address, *, family=AF_INET, backlog=None, reuse_port=False,
                  dualstack_ipv6=False):
    """Return a listening TCP socket bound to address."""
    if dualstack_ipv6:
        raise ValueError("dualstack_ipv6 not supported on this platform")
    sock = socket(family, SOCK_STREAM)
    try:
        sock.setsockopt(SOL_SOCKET, SO_REUSEADDR, 1)
        if reuse_port:
            sock.setsockopt(SOL_SOCKET, SO_REUSEPORT, 1)
        sock.bind(address)
        if backlog is None:
            sock.listen()
        else:
            sock.listen(backlog)
        return sock
    except BaseException:
        sock.close()
        raise
