import os
try:
    open('_kiln_test_missing_file.txt')
except FileNotFoundError as e:
    print(type(e).__name__, e.errno, e.strerror, e.filename)
try:
    open('lib', 'w')
except IsADirectoryError as e:
    print(type(e).__name__, e)
try:
    open('x', 'q')
except ValueError as e:
    print(e)
try:
    open('x', 'rw')
except ValueError as e:
    print(e)
path = '_kiln_test_file_errors.tmp'
with open(path, 'w') as f:
    try:
        f.read()
    except OSError as e:
        print(type(e).__name__, e)
with open(path) as f:
    try:
        f.write('x')
    except OSError as e:
        print(type(e).__name__, e)
with open(path, 'wb') as f:
    try:
        f.write('text')
    except TypeError as e:
        print(e)
with open(path, 'w') as f:
    try:
        f.write(b'bytes')
    except TypeError as e:
        print(e)
with open(path, 'wb') as f:
    f.write(b'\xff\xfe bad utf8')
with open(path, encoding='utf-8') as f:
    try:
        f.read()
    except UnicodeDecodeError as e:
        print(type(e).__name__, e.reason)
with open(path, encoding='utf-8', errors='replace') as f:
    print(repr(f.read()))
os.remove(path)
try:
    with open(path, 'x') as f:
        f.write('exclusive')
    with open(path, 'x') as f:
        pass
except FileExistsError as e:
    print(type(e).__name__, e)
finally:
    os.remove(path)
