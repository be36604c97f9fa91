type X[*T: int] = T
