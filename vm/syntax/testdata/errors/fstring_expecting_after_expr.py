f"{x y!r}"
