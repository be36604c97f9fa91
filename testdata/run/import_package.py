import pkg_demo
print(pkg_demo.VERSION, pkg_demo.greet('you'), pkg_demo.Square(3), pkg_demo.area_of(pkg_demo.Square(4)))
print(pkg_demo.__name__, pkg_demo.__package__, pkg_demo.__doc__)
print(pkg_demo.shapes.__name__, pkg_demo.shapes.__package__, pkg_demo.util.biggest([1, 7, 3]))
import pkg_demo.sub.deep
print(pkg_demo.sub.deep.depth_info())
from pkg_demo.sub import depth_info
print(depth_info() == pkg_demo.sub.deep.depth_info())
import pkg_demo.shapes as sh
print(sh is pkg_demo.shapes, sh.Square(1).area())
import sys
print(sorted(m for m in sys.modules if m.startswith('pkg_demo')))
print(pkg_demo.util.calls)
