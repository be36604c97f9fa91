import string
t = string.Template("$who likes ${what}; $$5 costs $$")
print(t.substitute(who="tim", what="kung pao"), t.substitute({"who": "a", "what": "b"}, who="kw"))
print(t.safe_substitute(who="x"), t.get_identifiers(), t.is_valid())
try: t.substitute(who="x")
except KeyError as e: print("KeyError", e)
bad = string.Template("ok\nline $ bad")
try: bad.substitute()
except ValueError as e: print("ValueError", e)
print(bad.safe_substitute(), bad.is_valid())
class Pct(string.Template):
    delimiter = "%"
print(Pct("%a and %{b} %%").substitute(a=1, b=2))
class Dotted(string.Template):
    idpattern = r"[a-z]+(?:\.[a-z]+)*"
print(Dotted("$foo.bar baz").substitute({"foo.bar": "X"}))
class Custom(string.Template):
    pattern = r"""\[(?:(?P<escaped>\[)|(?P<named>[a-z]+)\]|(?P<braced>)(?!)|(?P<invalid>))"""
print(Custom("[x] and [[").substitute(x=5))
print(string.Template.pattern.pattern == Pct.pattern.pattern, type(string.Template.pattern).__name__)
print(string.Template("$a$b").substitute(a=1, b=[2]))
print(string.Template("${a").safe_substitute(a=1))
