def describe():
    return f'module name is {__name__}'
if __name__ == '__main__':
    print('lib.mainguard run as a script (never in these tests)')
else:
    print('lib.mainguard imported as', __name__)
