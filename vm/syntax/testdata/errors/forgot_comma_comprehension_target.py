[x for x, n pairs]
