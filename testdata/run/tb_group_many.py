eg = ExceptionGroup("many", [ValueError(i) for i in range(17)])
raise eg
