# -*- coding: latin-1 -*-
x = "café ½"
y = x  # déjà vu
