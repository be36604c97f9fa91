NAME = "zhelper"
