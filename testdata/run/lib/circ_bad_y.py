from lib.circ_bad_x import X
Y = 'y'
