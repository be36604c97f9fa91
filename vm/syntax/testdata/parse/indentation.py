if a:
	if b:
		tab_indented = 1
	else:
		pass

if c:
  two_spaces = 1
  if d:
      six = 2
  back = 3

def f():
    x = 1

    # comment at odd indentation
        # another

    y = 2
def g(): return 1
if x:
    pass
  # dedented comment
    # re-indented comment
else:
    pass
