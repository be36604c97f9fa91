match p:
    case [x] | 1:
        pass
