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
        as CPython's, a BufferedReader or BufferedWriter over a SocketIO,
        under a TextIOWrapper unless the mode has "b"."""
        if not set(mode) <= {"r", "w", "b"}:
            raise ValueError("invalid mode %r (only r, w, b allowed)" % (mode,))
        writing = "w" in mode
        reading = "r" in mode or not writing
        binary = "b" in mode
        if reading and writing:
            # Kiln has no io.BufferedRWPair: one object buffers both ways.
            cls = _SocketBinaryFile if binary else _SocketTextFile
            return cls(self, mode, encoding, errors, newline)
        rawmode = "r" if reading else "w"
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
        if reading:
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


class _SocketFile:
    """The file object of socket.makefile(): buffered reads and writes over
    recv and sendall, in binary or text (UTF-8 by default) mode. The
    classes below derive it from io's bases, as CPython's are, so one the
    program drops, or keeps open until exit, is closed (flushing what it
    holds) as CPython's BufferedWriter is."""

    def __init__(self, sock, mode, encoding, errors, newline):
        self._sock = sock
        self._reading = "r" in mode
        self._writing = "w" in mode
        self._binary = "b" in mode
        self._encoding = encoding or "utf-8"
        self._errors = errors or "strict"
        self._newline = newline
        self._rbuf = b""
        self._eof = False
        self._wbuf = []
        self.mode = mode
        self.name = sock.fileno()
        self._closed = False
        sock._io_refs += 1

    def __repr__(self):
        if self._binary:
            kind = "BufferedRWPair" if self._reading and self._writing else (
                "BufferedReader" if self._reading else "BufferedWriter")
            return "<_io.%s name=%d>" % (kind, self.name)
        return "<_io.TextIOWrapper name=%d mode=%r encoding=%r>" % (
            self.name, self.mode, self._encoding)

    def _check(self, reading):
        if self.closed:
            raise ValueError("I/O operation on closed file.")
        if reading and not self._reading:
            raise OSError("File not open for reading") if self._binary else \
                __import__("io").UnsupportedOperation("not readable")
        if not reading and not self._writing:
            raise OSError("File not open for writing") if self._binary else \
                __import__("io").UnsupportedOperation("not writable")

    def _fill(self):
        if self._eof:
            return False
        data = self._sock.recv(8192)
        if not data:
            self._eof = True
            return False
        self._rbuf += data
        return True

    def _decode(self, data, final):
        # Keep an incomplete UTF-8 sequence at the end for the next read.
        keep = 0
        if not final and self._encoding.lower().replace("-", "") == "utf8":
            for k in range(1, min(4, len(data)) + 1):
                b = data[-k]
                if b & 0xC0 == 0x80:
                    continue
                if b >= 0xC0 and k < (2 if b < 0xE0 else 3 if b < 0xF0 else 4):
                    keep = k
                break
        text = data[:len(data) - keep].decode(self._encoding, self._errors)
        if self._newline is None:
            text = text.replace("\r\n", "\n").replace("\r", "\n")
        return text, keep

    def read(self, size=-1):
        self._check(True)
        if size is None or size < 0:
            while self._fill():
                pass
            data, self._rbuf = self._rbuf, b""
            if self._binary:
                return data
            return self._decode(data, True)[0]
        if self._binary:
            while len(self._rbuf) < size and self._fill():
                pass
            data, self._rbuf = self._rbuf[:size], self._rbuf[size:]
            return data
        while True:
            text, keep = self._decode(self._rbuf, self._eof)
            if len(text) >= size or not self._fill():
                break
        text, keep = self._decode(self._rbuf, True if self._eof else False)
        out = text[:size]
        used = len(out.encode(self._encoding, self._errors))
        self._rbuf = self._rbuf[used:]
        return out

    def readline(self, size=-1):
        self._check(True)
        if size is None:
            size = -1
        while b"\n" not in self._rbuf and (size < 0 or len(self._rbuf) < size):
            if not self._fill():
                break
        end = self._rbuf.find(b"\n") + 1 or len(self._rbuf)
        if size >= 0:
            end = min(end, size)
        line, self._rbuf = self._rbuf[:end], self._rbuf[end:]
        if self._binary:
            return line
        return self._decode(line, True)[0]

    def readlines(self, hint=-1):
        lines = []
        total = 0
        for line in self:
            lines.append(line)
            total += len(line)
            if hint is not None and 0 < hint <= total:
                break
        return lines

    def __iter__(self):
        self._check(True)
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def write(self, data):
        self._check(False)
        if self._binary:
            data = bytes(memoryview(data))
            self._wbuf.append(data)
            return len(data)
        if not isinstance(data, str):
            raise TypeError("write() argument must be str, not %s"
                            % type(data).__name__)
        self._wbuf.append(data.encode(self._encoding, self._errors))
        return len(data)

    def writelines(self, lines):
        for line in lines:
            self.write(line)

    def flush(self):
        if self.closed:
            raise ValueError("I/O operation on closed file.")
        if self._wbuf:
            data = b"".join(self._wbuf)
            self._wbuf = []
            self._sock.sendall(data)

    def readable(self):
        return self._reading

    def writable(self):
        return self._writing

    def seekable(self):
        return False

    def fileno(self):
        return self._sock.fileno()

    @property
    def closed(self):
        return self._closed

    def close(self):
        if self._closed:
            return
        try:
            if self._writing:
                self.flush()
        finally:
            self._closed = True
            self._sock._decref_socketios()

    def __enter__(self):
        self._check(self._reading)
        return self

    def __exit__(self, *args):
        self.close()


class _SocketBinaryFile(_SocketFile, _io.BufferedIOBase):
    pass


class _SocketTextFile(_SocketFile, _io.TextIOBase):
    pass


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
