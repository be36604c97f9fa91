class Temperature:
    def __init__(self, kelvin):
        self.kelvin = kelvin

    def __repr__(self):
        return f"Temperature({self.celsius:.1f}C)"


readings = [Temperature(300)]
print(len(readings))
print(readings)
