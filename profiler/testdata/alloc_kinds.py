# Makes known numbers of lists, strs and dicts, each kind in a function
# of its own: 200000 lists of two items, 300000 strs of str(i), 100000
# empty dicts (kept, so that no optimisation can drop them).
def make_lists(n):
    return [[i, i] for i in range(n)]

def make_strs(n):
    return [str(i) for i in range(n)]

def make_dicts(n):
    return [{} for i in range(n)]

a = make_lists(200000)
b = make_strs(300000)
c = make_dicts(100000)
