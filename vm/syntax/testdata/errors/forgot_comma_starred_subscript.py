a[*idx 0]
