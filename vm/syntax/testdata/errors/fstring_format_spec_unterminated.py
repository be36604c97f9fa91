f"{x:%Y"
