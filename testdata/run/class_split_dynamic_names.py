# Attribute names made at run time (not the code's interned strs) find and
# shadow split attributes as the code's names do.
class C:
    def __init__(self):
        self.x = 1
        setattr(self, ''.join(['y', 'y']), 2)
    def m(self): return 'method'
c = C()
print(c.x, c.yy, getattr(c, 'x' + ''), hasattr(c, ''.join(['m'])), c.m())
setattr(c, ''.join(['m']), lambda: 'shadow')
print(c.m(), vars(c).keys())
d = C(); e = C()
print(d.yy, e.m(), getattr(d, ''.join(['y','y'])))
