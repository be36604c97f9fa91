import os
name = '_kiln_test_mod_os_env_fs'
os.makedirs(os.path.join(name, 'sub', 'deeper'), exist_ok=True)
os.makedirs(os.path.join(name, 'sub'), exist_ok=True)
try:
    os.makedirs(name)
except FileExistsError as e:
    print(type(e).__name__, e.errno, e.filename)
for fn in ['b.txt', 'a.txt', os.path.join('sub', 'c.txt')]:
    with open(os.path.join(name, fn), 'w') as f:
        f.write(fn * 3)
print(sorted(os.listdir(name)), sorted(os.listdir(os.path.join(name, 'sub'))))
st = os.stat(os.path.join(name, 'a.txt'))
print(st.st_size, type(st.st_mtime).__name__)
os.rename(os.path.join(name, 'a.txt'), os.path.join(name, 'renamed.txt'))
print(sorted(e.name for e in os.scandir(name)), sorted(e.is_dir() for e in os.scandir(name)))
walked = []
for root, dirs, files in os.walk(name):
    dirs.sort()
    walked.append((root, sorted(files)))
print(walked)
for root, dirs, files in os.walk(name, topdown=False):
    for fn in files:
        os.remove(os.path.join(root, fn))
    os.rmdir(root)
print(os.path.exists(name))
try:
    os.remove(name)
except FileNotFoundError as e:
    print(e)
try:
    os.listdir('_kiln_test_nonexistent_dir')
except OSError as e:
    print(type(e).__name__, e.strerror)
os.environ['KILN_TEST_VAR'] = 'value 1'
print(os.environ.get('KILN_TEST_VAR'), os.getenv('KILN_TEST_VAR'), os.getenv('KILN_NO_SUCH_VAR', 'dflt'), 'KILN_TEST_VAR' in os.environ)
del os.environ['KILN_TEST_VAR']
print(os.environ.get('KILN_TEST_VAR'), os.environ.get('LC_ALL'))
print(isinstance(os.getpid(), int), os.path.isdir(os.getcwd()), os.path.basename(os.getcwd()))
