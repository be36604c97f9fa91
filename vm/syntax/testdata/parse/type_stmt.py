type X = int
type Point = tuple[float, float]
type ListOrSet[T] = list[T] | set[T]
type Ts[*Ts] = tuple[*Ts]
type P[**P] = Callable[P, int]
type Bounded[T: (int, str)] = T
type = 1
type.x = 2
print(type)
type(x)
def f[T, U: int, *V, **W](): pass
class K[T]: pass
