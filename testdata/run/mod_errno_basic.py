import errno, os
print(errno.ENOENT, errno.EEXIST, errno.EACCES, errno.EISDIR, errno.ENOTDIR, errno.EINVAL)
print(errno.errorcode[errno.ENOENT], errno.errorcode[2], errno.EPERM, errno.EAGAIN == errno.EWOULDBLOCK)
try:
    open('_kiln_test_definitely_missing.txt')
except OSError as e:
    print(e.errno == errno.ENOENT, type(e).__name__, e)
try:
    os.mkdir('lib')
except OSError as e:
    print(e.errno == errno.EEXIST, type(e).__name__, e.strerror, e.filename)
try:
    open('lib')
except OSError as e:
    print(e.errno == errno.EISDIR, type(e).__name__, e)
print(os.strerror(errno.ENOENT), os.strerror(errno.EACCES))
for code in [errno.ENOENT, errno.EEXIST, errno.EACCES, errno.EISDIR, errno.ENOTDIR, errno.EAGAIN, errno.ECHILD, errno.ESRCH, errno.EPIPE, errno.EINTR, errno.ETIMEDOUT]:
    print(code, type(OSError(code, 'msg')).__name__)
