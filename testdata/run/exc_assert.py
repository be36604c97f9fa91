def check(v):
    assert v > 0, f'{v} is not positive'
    assert isinstance(v, int)
    return v
print(check(3))
for bad in [-1, 2.5]:
    try:
        check(bad)
    except AssertionError as e:
        print('AssertionError:', repr(e), e.args)
try:
    assert False
except AssertionError as e:
    print(repr(e), e.args)
try:
    assert [], ['list', 'message']
except AssertionError as e:
    print(e.args)
assert True, 'the message is never evaluated: ' + undefined_name_here
print('done')
