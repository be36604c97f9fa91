class Animal:
    sound = '...'
    def __init__(self, name):
        self.name = name
    def speak(self):
        return f'{self.name} says {self.sound}'
    def __repr__(self):
        return f'{type(self).__name__}({self.name!r})'
class Dog(Animal):
    sound = 'woof'
class Puppy(Dog):
    def speak(self):
        return Dog.speak(self) + ' (squeaky)'
class Cat(Animal):
    sound = 'meow'
    def __init__(self, name, lives=9):
        super().__init__(name)
        self.lives = lives
pets = [Dog('rex'), Puppy('bit'), Cat('tom'), Animal('thing')]
for p in pets:
    print(p, p.speak())
print(issubclass(Puppy, Animal), issubclass(Cat, Dog), isinstance(pets[1], Dog), isinstance(pets[2], (Dog, Cat)))
print(Puppy.__mro__, Puppy.__bases__, Animal.__subclasses__())
print(Cat('x').lives, Cat('y', 3).lives)
print(issubclass(bool, (str, int)), issubclass(Dog, object))
try:
    issubclass(pets[0], Dog)
except TypeError as e:
    print(e)
