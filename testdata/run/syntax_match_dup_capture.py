match p:
    case (a, {'k': a}):
        pass
