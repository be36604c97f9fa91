import lib.mainguard
print(lib.mainguard.describe())
print('this program runs as', __name__)
if __name__ == '__main__':
    print('main guard taken')
import sys
print(sys.modules['__main__'].__name__, type(sys.modules['__main__']).__name__)
print(__spec__ is None or __spec__.name, __package__)
def main(argv):
    print('main called with', argv[0])
    return 0
if __name__ == '__main__':
    raise SystemExit(main(sys.argv))
