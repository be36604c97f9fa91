from lib.circ_bad_y import Y
X = 'x'
