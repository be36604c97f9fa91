import os
import os.path
print(os.path.join('a', 'b', 'c.txt'), os.path.join('/abs', 'x'), os.path.join('a', '/reset', 'b'), os.path.join('a', ''))
print(os.path.split('/usr/lib/python.py'), os.path.splitext('archive.tar.gz'), os.path.splitext('.hidden'), os.path.splitext('noext'))
print(os.path.basename('/a/b/c.py'), os.path.dirname('/a/b/c.py'), os.path.basename('/a/b/'), os.path.dirname('file'))
print(os.path.normpath('/a//b/./c/../d'), os.path.normpath('a/../../b'), os.path.normpath(''), os.path.normpath('./x/'))
print(os.path.isabs('/x'), os.path.isabs('x'), os.path.exists('mod_os_path.py'), os.path.isfile('mod_os_path.py'), os.path.isdir('lib'), os.path.exists('no/such'))
print(os.path.isdir('mod_os_path.py'), os.path.isfile('lib'), os.path.getsize('lib/stars.py') > 0)
print(os.path.commonprefix(['/usr/lib', '/usr/local', '/usr/libexec']), os.path.relpath('/a/b/c', '/a'), os.path.relpath('/a', '/a/b'))
print(os.sep, os.path.sep, os.extsep, os.curdir, os.pardir, os.linesep == '\n', os.name)
print(os.path.abspath('x') == os.path.join(os.getcwd(), 'x'), os.path.expanduser('plain'), os.path.splitdrive('/x/y'))
print(sorted(p for p in os.listdir('lib') if p.endswith('.py'))[:4])
print(os.path.join(*['p', 'q', 'r']), os.fspath('str path'))
