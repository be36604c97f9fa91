print('circ_a: start')
import lib.circ_b as b
A_VALUE = 'a'
def from_a():
    return 'from_a sees ' + b.B_VALUE
print('circ_a: end')
