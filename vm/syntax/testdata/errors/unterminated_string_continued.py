s = 'abc \
