raise BaseExceptionGroup("bg", [KeyboardInterrupt(), ValueError("v")])
