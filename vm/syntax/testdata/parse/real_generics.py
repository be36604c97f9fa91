from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import Any, Protocol, overload


class Comparable(Protocol):
    def __lt__(self, other: Any, /) -> bool: ...


def first[T](xs: Sequence[T], default: T | None = None) -> T | None:
    return xs[0] if xs else default


def group_by[K, V](items: Iterable[V], key: Callable[[V], K]) -> dict[K, list[V]]:
    out: dict[K, list[V]] = {}
    for item in items:
        out.setdefault(key(item), []).append(item)
    return out


class Registry[K: str, V]:
    def __init__(self) -> None:
        self._data: dict[K, V] = {}

    def __getitem__(self, key: K) -> V:
        return self._data[key]

    def __setitem__(self, key: K, value: V) -> None:
        self._data[key] = value


def apply[*Ts, R](fn: Callable[[*Ts], R], *args: *Ts) -> R:
    return fn(*args)


def decorate[**P, R](fn: Callable[P, R]) -> Callable[P, R]:
    def wrapper(*args: P.args, **kwargs: P.kwargs) -> R:
        return fn(*args, **kwargs)
    return wrapper


@overload
def parse(x: int) -> int: ...
@overload
def parse(x: str) -> str: ...
def parse(x):
    return x


type JSON = dict[str, "JSON"] | list["JSON"] | str | int | float | bool | None
