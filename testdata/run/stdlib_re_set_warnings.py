# re: the FutureWarnings CPython's parser gives for nested sets and doubled
# set-operation characters, once per compiled pattern.
import re
def t(f):
    try: print(f())
    except Exception as e: print(type(e).__name__, e)
for pat in ["[[:alpha:]]", "[a--b]", "[a&&b]", "[a~~b]", "[a||b]", "[--a]", "[&&]", "[^[a]", "[a[]", "[\\[a]", "x[[", "[ab]--", "[a-z--]", "[a|b|]"]:
    t(lambda: re.compile(pat).pattern)
t(lambda: re.findall("[[a]", "[a"))
re.compile("[[:alpha:]]")
re.sub("[a||b]", "", "x")
