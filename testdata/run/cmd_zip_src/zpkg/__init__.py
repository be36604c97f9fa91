print("zpkg imported")
