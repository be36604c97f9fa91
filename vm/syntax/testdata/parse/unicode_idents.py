café = 1
naïve = café + 1
π = 3.14159
日本語 = "Japanese"
Ωmega = π * 2
def 函数(参数):
    return 参数
class Ünïcode:
    ñ = 1
x = "emoji 🐍 in string"  # 🐍 in comment
ab_c1 = _private = __dunder__ = 1
