print('circ_b: start')
import lib.circ_a as a
print('circ_b: circ_a partially initialised, has A_VALUE?', hasattr(a, 'A_VALUE'))
B_VALUE = 'b'
def from_b():
    return 'from_b sees ' + a.A_VALUE
print('circ_b: end')
