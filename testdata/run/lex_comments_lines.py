# Comments, explicit and implicit line joining, semicolons.
x = 1 + \
    2
print(x)  # trailing comment
y = (1 +
     2 +  # comment in the middle
     3)
print(y); print(x + y); z = [
    1,
    2,
]
print(z)
if True: print("inline suite"); print("second stmt")
def f(a,
      b=2,
      ):
    return a + b
print(f(1,))
d = {
    'k': 1,  # c
}
print(d)
