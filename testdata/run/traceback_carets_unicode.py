import sys
d = {"é": 1}
L = [1]
def show(f):
    try:
        f()
    except Exception:
        sys.__excepthook__(*sys.exc_info())
def c1():
    x = d["é"] + d["日本"]
show(c1)
def c2():
    x = "日本" + 1 + 2
show(c2)
def c3():
    x = "é" // 2
show(c3)
def c4():
    x = ("日本") + 1
show(c4)
def c5():
    x = L[0] + d["é"] + d["日本語日本語"]
show(c5)
def c6():
    x = d["日本"]
show(c6)
def c7():
    x = d["é"]["日"]
show(c7)
def c8():
    x = d[  "ü"  ]
show(c8)
def c9():
    x = d["é"] * ("ü" + 1)
show(c9)
def c10():
    x = 1 + "ü"
show(c10)
def c11():
    x = "ü"  *  "ü"
show(c11)
def c12():
    x = (L[0]) + (None)
show(c12)
def c13():
    x = ((1)) + ((("a")))
show(c13)
def c14():
    return d["é"] @ L
show(c14)
def c15():
    x = L [ 0 ] [ 1 ]
show(c15)
def c16():
    x = L[0] - {"Ｆ": 1}["Ｆ"] + ("ｆｕｌｌ" - 1)
show(c16)
def c17():
    x = d["é"]	+	None
show(c17)
def c18():
    x = 1 if L[3] else 2     
show(c18)
def c19():
    x = L[1:2][5]
show(c19)
def c20():
    f = lambda: L[9]; f()
show(c20)
def c21():
    x = (1, 2)[L[0] + 7]
show(c21)
def c22():
    x = L [ "日本" ]
show(c22)
def c23():
    x = 2 ** "x" ** 2
show(c23)
def c24():
    x = -"é" + 1
show(c24)
def mline():
    return (L[0] +
            d["x"] +
            3)
show(mline)
def mline2():
    return sum(
        "日本"
    )
show(mline2)
