x = f"\{6}"
y = f"\\{6}"
z = rf"\{6}"
w = f"\N{BULLET}{6}"
v = f"tab\t{x}\x41\u00e9{y!r}\n"
u = rf"\d+{x}\w"
t = f'{"nested \"quoted\""}'
s = f"{'\n'.join(lines)}"
r = f"""multi
{x
 + y}
line"""
q = f"{x:{'>'}{10}}"
p = f"{ {'a': 1}['a'] }"
o = f"{x!r:{'^'}20}"
