# Unicode identifiers and soft keywords used as names.
café = 1
π = 3.14159
naïve_ß = "ok"
print(café, π, naïve_ß)
match = 5
case = 6
_ = 7
type = "shadow"
print(match, case, _, type)
del type
print(type(1).__name__)
__private = 1
print(__private)
Ω = {"ω": 2}
print(Ω["ω"])
ﬁ = 10  # NFKC-normalized to 'fi'
print(fi)
