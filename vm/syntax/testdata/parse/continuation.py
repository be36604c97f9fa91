x = 1 + \
    2
if a and \
   b:
    pass
y = (1 +
     2)
z = [1,
  2,
      3]
w = {
    'a': 1,
}
def f(a,
      b):
    return a + \
        b
s = """multi
line""" + \
    "more"
assert x, \
    "msg"
with open(a) as f, \
     open(b) as g:
    pass
