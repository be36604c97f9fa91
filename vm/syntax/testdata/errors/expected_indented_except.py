try:
    x
except E:
pass
