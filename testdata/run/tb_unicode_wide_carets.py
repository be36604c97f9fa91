café = {"naïve": 1}
x = café["naïve"] + café["日本語"]
