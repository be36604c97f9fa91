# Mixed indentation depths and blank lines.
def outer():
        def inner():
          if True:
                    return "deep"
        return inner()

print(outer())
class C:

    x = 1


    def m(self):

        return self.x
print(C().m())
for i in range(2):
 print(i)
 if i:
   print("odd")
