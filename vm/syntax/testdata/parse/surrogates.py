lone = "\ud800"
pair = "\ud83d\ude00"
low = "\udfff" + "\U0001F600"
mixed = f"a\udc80{x}"
